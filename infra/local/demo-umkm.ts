import type { ProfileInput } from "../../shared/api/schemas/profiles.js";
import { createProfile } from "../../shared/app/profiles.js";
import type { NibRisk, Permit, Permits } from "../../shared/domain/curation.js";
import { DomainError } from "../../shared/domain/errors.js";
import { clusterOfKbli } from "../../shared/domain/kbli.js";
import { sizeClassOf, type SizeClass } from "../../shared/domain/profile.js";
import type { RegencyCode } from "../../shared/domain/reference.js";
import { findProfile } from "../../shared/data/profiles.js";

/**
 * The UMKM database of the demo: 150 business profiles across NTT's 22 regencies and cities, for the
 * cluster map (issue 13). Profiles only — no sign-in, no class — made through the app layer, so their
 * cluster, size class and curation readiness are derived as in production.
 *
 * Deterministic: the businesses come from hand-written tables per regency, and everything a table leaves
 * open (owner, amounts, permits, market reach) from a pseudo-random generator with a fixed seed, so every
 * fresh start builds the same database. Only dates follow `now`, so an expired permit stays expired.
 */

/** Fixed, UUID-shaped applicant ids: `7d13c0de-…-000000000001` for the first business. */
export const umkmApplicantId = (index: number) => `7d13c0de-5e3d-4a11-9a7e-${String(index + 1).padStart(12, "0")}`;

// ---- what the tables are made of ----------------------------------------------------------------

interface Business {
  kbli: string;
  /** `{n}` is the owner's given name. */
  name: string;
  products: string[];
  /** Can have grown beyond micro: processors, wholesalers, tour operators. */
  grows?: true;
  /** Countries it sells to once it exports (ISO 3166-1 alpha-2). */
  exportTo?: string[];
  /** Pork cannot be halal-certified. */
  pork?: true;
  /** The SNI the product can be certified against. */
  sni?: string;
  language?: "en";
}

const b = (kbli: string, name: string, products: string[], more: Omit<Business, "kbli" | "name" | "products"> = {}): Business => ({ kbli, name, products, ...more });

// food and drink (kuliner)
const seiSapi = b("10130", "Se'i Sapi {n}", ["Se'i sapi", "Sambal lu'at"], { grows: true, exportTo: ["TL"] });
const seiBabi = b("10130", "Se'i Babi {n}", ["Se'i babi", "Dendeng babi"], { pork: true });
const jagungBose = b("10750", "Jagung Bose {n}", ["Jagung bose", "Catemak jagung"]);
const sambalLuat = b("10772", "Sambal Lu'at {n}", ["Sambal lu'at", "Bumbu se'i"]);
const kueBasah = b("10792", "Kue {n}", ["Kue rambut", "Kue cucur", "Kue lapis"]);
const roti = b("10710", "Roti Kompiang {n}", ["Roti kompiang", "Bolu pandan"]);
const katering = b("56210", "Katering {n}", ["Nasi kotak", "Prasmanan acara"]);
const warungMakan = b("56102", "Rumah Makan {n}", ["Ikan kuah asam", "Jagung bose", "Sayur rumpu rampe"]);
const warungSumba = b("56102", "Warung Makan {n}", ["Nasi ikan kuah asam", "Sayur daun pepaya"]);
const kafeKopi = b("56303", "Kafe Kopi {n}", ["Kopi tubruk Flores", "Pisang goreng"]);
const jagungBakar = b("56104", "Jagung Bakar {n}", ["Jagung bakar", "Pisang gepe"]);
const kedaiIkan = b("56103", "Kedai Ikan Bakar {n}", ["Ikan bakar", "Sambal tomat"]);
const olehOleh = b("47911", "Oleh-oleh Flobamora {n}", ["Se'i kemasan vakum", "Kopi Flores", "Kacang mete"], { grows: true });
const tehKelor = b("10762", "Kelor {n}", ["Teh daun kelor", "Serbuk daun kelor"], { grows: true, exportTo: ["SG", "AU", "MY"] });
const rumputLautOlahan = b("10298", "Olahan Rumput Laut {n}", ["Dodol rumput laut", "Stik rumput laut", "Keripik rumput laut"]);
const ikanKering = b("10211", "Ikan Kering {n}", ["Ikan teri kering", "Ikan tembang asin"], { exportTo: ["TL"] });
const ikanAsap = b("10212", "Ikan Asap {n}", ["Ikan tuna asap", "Cakalang asap"]);
const gulaLontar = b("10722", "Gula Lontar {n}", ["Gula lempeng lontar", "Gula air lontar"]);
const gulaAren = b("10722", "Gula Aren {n}", ["Gula aren cetak", "Gula semut aren"], { exportTo: ["SG"] });
const keripik = b("10794", "Keripik {n}", ["Keripik pisang", "Keripik ubi", "Keripik singkong"]);
const jagungTiti = b("10794", "Jagung Titi {n}", ["Jagung titi", "Jagung titi gula merah"]);
const kacangMete = b("10793", "Kacang Mete {n}", ["Kacang mete sangrai", "Mete kupas"], { grows: true, exportTo: ["SG", "CN", "AU"] });
const vco = b("10423", "Minyak Kelapa {n}", ["Minyak kelapa murni (VCO)", "Minyak goreng kelapa"], { exportTo: ["AU", "JP"] });
const produkKelapa = b("10773", "Kelapa Olahan {n}", ["Santan kelapa", "Kelapa parut kering"]);
const sariAsam = b("10330", "Sari Asam {n}", ["Minuman sari asam", "Sirup asam"]);
const pisangSale = b("10313", "Pisang Sale {n}", ["Pisang sale", "Daun kelor kering"]);
const dodol = b("10796", "Dodol {n}", ["Dodol rumput laut", "Dodol nangka"]);
const garam = b("10799", "Garam {n}", ["Garam beryodium", "Garam krosok"], { grows: true, sni: "SNI 3556:2016", exportTo: ["TL"] });
const airMinum = b("11040", "Air Minum {n}", ["Air minum dalam kemasan gelas", "Air minum galon"], { grows: true, sni: "SNI 3553:2015" });
const kopiBajawa = b("10761", "Kopi Arabika Bajawa {n}", ["Kopi arabika Bajawa sangrai", "Kopi bubuk"], { grows: true, sni: "SNI 01-3542-2004", exportTo: ["JP", "SG", "AU", "KR"] });
const kopiManggarai = b("10761", "Kopi Manggarai {n}", ["Kopi arabika Manggarai", "Kopi robusta Colol"], { grows: true, sni: "SNI 01-3542-2004", exportTo: ["JP", "US", "SG"] });

// woven cloth and garments (fesyen-tenun)
const tenunSumba = b("13122", "Tenun Ikat {n}", ["Hinggi kombu Sumba Timur", "Lau pahikung", "Selendang tenun"], { grows: true, exportTo: ["AU", "JP", "NL", "US"] });
const tenunSumbaBarat = b("13122", "Tenun Sumba {n}", ["Kain tenun ikat Sumba Barat", "Selendang"], { exportTo: ["AU"] });
const tenunSikka = b("13122", "Tenun Ikat Sikka {n}", ["Utan (sarung perempuan Sikka)", "Selendang pewarna alam"], { exportTo: ["AU", "JP", "DE"] });
const tenunAlor = b("13122", "Tenun Alor {n}", ["Kain tenun ikat Alor pewarna alam", "Selendang"], { exportTo: ["AU", "JP"] });
const tenunLio = b("13122", "Tenun Lio {n}", ["Lawo (sarung perempuan Lio)", "Ragi (sarung laki-laki)"], { exportTo: ["AU"] });
const tenunTimor = b("13122", "Tenun Buna {n}", ["Kain buna", "Selimut (beti) Timor", "Selendang"], { exportTo: ["TL"] });
const tenunRote = b("13122", "Tenun Rote {n}", ["Sarung tenun Rote", "Selendang"]);
const tenunSabu = b("13122", "Tenun Sabu {n}", ["Sarung Sabu (ei raja)", "Selimut Sabu"]);
const tenunSongke = b("13121", "Tenun Songke {n}", ["Kain songke", "Selendang songke"], { exportTo: ["JP"] });
const tenunNgada = b("13122", "Tenun Ngada {n}", ["Kain tenun Ngada", "Lipa Ngada"]);
const tenunKewatek = b("13122", "Tenun Kewatek {n}", ["Kewatek (sarung Lamaholot)", "Selendang"]);
const konveksi = b("14111", "Konveksi {n}", ["Kemeja motif tenun", "Seragam sekolah"], { grows: true });
const penjahit = b("14120", "Penjahit {n}", ["Kebaya", "Jas tenun ikat"]);
const bordir = b("14302", "Bordir {n}", ["Taplak bordir", "Kebaya bordir"]);
const tasKulit = b("15121", "Kulit {n}", ["Tas kulit motif tenun", "Dompet kulit"]);
const tokoKain = b("47511", "Toko Kain {n}", ["Kain tenun", "Benang tenun"]);
const butikTenun = b("47711", "Butik Tenun {n}", ["Kemeja tenun", "Dress tenun"], { exportTo: ["AU", "SG"] });
const tenunOnline = b("47912", "Tenun NTT Online {n}", ["Kain tenun ikat", "Selendang", "Tas tenun"], { grows: true, exportTo: ["AU", "JP", "US"] });

// crafts (kriya)
const anyamanLontar = b("16292", "Anyaman Lontar {n}", ["Ti'i langga (topi Rote)", "Haik (wadah lontar)", "Tas anyaman lontar"], { exportTo: ["AU"] });
const anyamanPandan = b("16292", "Anyaman Pandan {n}", ["Tikar pandan", "Tas pandan"]);
const cendana = b("16293", "Kerajinan Cendana {n}", ["Kipas cendana", "Rosario cendana", "Patung kayu cendana"], { exportTo: ["JP", "SG"] });
const ukirSumba = b("16293", "Ukiran Kayu {n}", ["Patung kayu Sumba", "Tiang ukir"], { exportTo: ["AU"] });
const alatBambu = b("16294", "Kerajinan Bambu {n}", ["Nyiru", "Bakul bambu", "Sendok kayu"]);
const gerabah = b("23932", "Gerabah {n}", ["Periuk tanah liat", "Vas bunga"]);
const mebel = b("31001", "Mebel Kayu {n}", ["Meja kayu", "Lemari", "Kursi"], { grows: true });
const mebelBambu = b("31002", "Mebel Bambu {n}", ["Kursi bambu", "Balai-balai bambu"]);
const mutiara = b("32115", "Mutiara {n}", ["Kalung mutiara", "Anting mutiara"], { grows: true, exportTo: ["JP", "HK", "AU"] });
const mamuli = b("32120", "Perhiasan Mamuli {n}", ["Mamuli kuningan", "Kalung manik-manik"]);
const sasando = b("32201", "Sasando {n}", ["Sasando tradisional", "Sasando elektrik"], { exportTo: ["JP", "NL"] });
const moko = b("32903", "Kerajinan Moko {n}", ["Miniatur moko", "Gantungan kunci moko"]);
const kerang = b("32903", "Kerajinan Kerang {n}", ["Hiasan kerang", "Gantungan kunci komodo"]);
const galeri = b("47781", "Galeri Kerajinan {n}", ["Anyaman pandan", "Patung komodo kayu"], { language: "en" });
const artShop = b("47789", "Art Shop {n}", ["Lukisan komodo", "Kain tenun songke"], { exportTo: ["AU", "DE"] });

// farming, plantations and livestock (agribisnis)
const kebunKopi = b("01270", "Kebun Kopi {n}", ["Kopi ceri", "Biji kopi arabika (green bean)"]);
const kakao = b("01270", "Kakao {n}", ["Biji kakao fermentasi"], { exportTo: ["MY"] });
const kopiGrosir = b("46314", "UD Kopi {n}", ["Green bean arabika Flores", "Kopi robusta"], { grows: true, exportTo: ["JP", "US", "SG", "KR"] });
const jagung = b("01111", "Tani Jagung {n}", ["Jagung pipil", "Benih jagung lokal"], { exportTo: ["TL"] });
const padi = b("01122", "Tani Padi {n}", ["Beras lokal", "Gabah"]);
const sayur = b("01131", "Kebun Sayur {n}", ["Sawi", "Kangkung", "Bayam"]);
const kebunKelor = b("01131", "Kebun Kelor {n}", ["Daun kelor segar", "Bibit kelor"]);
const umbi = b("01135", "Umbi {n}", ["Ubi kayu", "Ubi jalar", "Keladi"]);
const kelapa = b("01261", "Kebun Kelapa {n}", ["Kopra", "Kelapa bulat"]);
const sapi = b("01411", "Ternak Sapi {n}", ["Sapi Bali bakalan", "Sapi potong"], { grows: true, exportTo: ["TL"] });
const kambing = b("01442", "Ternak Kambing {n}", ["Kambing potong"]);
const babi = b("01450", "Ternak Babi {n}", ["Babi potong", "Anakan babi"]);
const ayam = b("01464", "Ayam Kampung {n}", ["Ayam kampung", "Telur ayam kampung"]);
const lebah = b("01493", "Lebah Madu {n}", ["Madu lebah budidaya", "Lilin lebah"], { sni: "SNI 8664:2018" });
const maduHutan = b("02307", "Madu Hutan {n}", ["Madu hutan", "Lilin lebah"], { sni: "SNI 8664:2018", exportTo: ["SG", "MY"] });

// fisheries (perikanan)
const nelayan = b("03111", "Nelayan {n}", ["Ikan tongkol", "Ikan kakap merah"]);
const rumputLaut = b("03217", "Rumput Laut {n}", ["Rumput laut kering (Eucheuma cottonii)"], { exportTo: ["CN", "KR"] });
const kolamIkan = b("03221", "Kolam Ikan {n}", ["Ikan nila", "Ikan lele"]);
const hasilLaut = b("46206", "UD Hasil Laut {n}", ["Tuna beku", "Kerapu hidup", "Cumi beku"], { grows: true, exportTo: ["JP", "SG", "HK"] });

// services (jasa)
const homestay = b("55130", "Homestay {n}", ["Kamar homestay", "Sarapan lokal"]);
const komodoTour = b("79121", "{n} Komodo Tour", ["Paket sailing Komodo 3H2M", "Trip Pulau Padar"], { grows: true, language: "en" });
const pemandu = b("79921", "Pemandu Wisata {n}", ["Pemandu Danau Kelimutu", "Trekking Wae Rebo"]);
const foto = b("74201", "Foto {n}", ["Foto produk UMKM", "Foto pernikahan"]);
const bengkel = b("45407", "Bengkel Motor {n}", ["Servis sepeda motor", "Suku cadang"]);
const laundry = b("96200", "Laundry {n}", ["Cuci kiloan", "Cuci setrika"]);

// digital
const pasarOnline = b("62012", "Pasar Online {n}", ["Aplikasi toko daring UMKM"]);
const studioAplikasi = b("62019", "Studio Aplikasi {n}", ["Aplikasi kasir UMKM", "Sistem informasi desa"], { grows: true });
const servisKomputer = b("62090", "Servis Komputer {n}", ["Servis laptop", "Instalasi jaringan"]);
const portalWisata = b("63122", "Portal Wisata {n}", ["Platform pemesanan trip Labuan Bajo"], { language: "en" });
const periklanan = b("73100", "Iklan {n}", ["Baliho", "Iklan media sosial"]);
const desainGrafis = b("74130", "Desain {n}", ["Desain kemasan UMKM", "Logo dan label"]);

// other (lainnya)
const tokoOnline = b("47919", "Toko Online {n}", ["Perlengkapan rumah tangga", "Alat tulis"]);

type NamePool = [given: string[], family: string[]];

const names = {
  kupang: [["Yohana", "Marthen", "Dorkas", "Semuel", "Naomi", "Ferdinand", "Welhelmina", "Obed", "Siti Nurhayati", "Abdul Rahman", "Ester", "Daniel", "Agustina", "Yeremias", "Lenny", "Imanuel"],
    ["Lerik", "Ndoen", "Fanggidae", "Mooy", "Manafe", "Tallo", "Bessie", "Pellokila", "Kiuk", "Amalo", "Tanone", "Sinlae", "Kolo", "Foenay"]],
  timor: [["Yakobus", "Yulianus", "Maria", "Martha", "Fransiskus", "Elias", "Selfina", "Oktovianus", "Yeni", "Agustinus", "Ruth", "Nikodemus"],
    ["Benu", "Nenabu", "Taneo", "Tefa", "Tanesib", "Nope", "Atok", "Banunaek", "Kefi", "Sanam", "Taek", "Boimau"]],
  belu: [["Fransiska", "Yoseph", "Maria Yasinta", "Benediktus", "Agustina", "Bernadus", "Mikhael", "Adelia", "Emilia"],
    ["Seran", "Bria", "Klau", "Nahak", "Mali", "Bere", "Tahu", "Luan", "Tae"]],
  sumba: [["Umbu Nggaba", "Rambu Hada", "Rambu Kareri", "Umbu Tamu", "Yohanis", "Marta", "Daud", "Yuliana", "Petrus", "Debora", "Rince", "Lukas"],
    ["Hambandima", "Kahi", "Ndapa Lawa", "Hunggu", "Lede", "Malo", "Kaka", "Bili", "Dairo", "Wulla", "Mbili", "Hamataki"]],
  manggarai: [["Yohanes", "Fransiskus", "Maria", "Theresia", "Kristina", "Agustinus", "Ignasius", "Yosefina", "Stefanus", "Veronika", "Hironimus", "Siti Aisyah", "Ahmad Syukri"],
    ["Jehadut", "Ngganggu", "Jemarut", "Dagur", "Jebarus", "Nasur", "Ndahur", "Jelamu", "Sahadun", "Sulaiman", "Ardin"]],
  floresTengah: [["Agustinus", "Maria Goreti", "Yosef", "Kristoforus", "Margareta", "Siti Aminah", "Muhammad Ansar", "Hasanudin", "Veronika", "Emanuel", "Anastasia", "Paulus"],
    ["Wea", "Bhoko", "Djawa", "Lena", "Dhiu", "Rangga", "Wangge", "Gadi", "Ndori", "Bupu", "Mite", "Seda"]],
  floresTimur: [["Yohanes", "Maria", "Aloysius", "Bernadeta", "Yosefina", "Fransiskus", "Emerensiana", "Kornelis", "Lusia", "Hendrikus", "Abdullah", "Siti Hajar"],
    ["Parera", "Da Silva", "Gomes", "Fernandez", "Da Costa", "Lewar", "Kedang", "Making", "Beda", "Ratu", "Koten", "Hurint", "Moa", "Wuwur"]],
  alor: [["Ferdinand", "Yunus", "Abdul Gani", "Siti Salma", "Martha", "Marthen", "Yulius", "Ismail", "Ribka"],
    ["Maro", "Laukari", "Malaikosa", "Mau", "Atamau", "Lamma", "Gorang", "Blegur", "Dopong"]],
  rote: [["Yeremias", "Marthen", "Naomi", "Ester", "Hendrik", "Yoksan", "Orpa", "Yunus"],
    ["Ndun", "Messakh", "Pello", "Zacharias", "Henukh", "Ndolu", "Adu", "Manu"]],
  sabu: [["Yakob", "Rahel", "Marthen", "Debora", "Yusuf", "Orance"],
    ["Radja", "Huki", "Lado", "Bire", "Rohi", "Djami", "Kore", "Kana"]],
} satisfies Record<string, NamePool>;

/**
 * How many businesses each regency has, whose names, and what they make, the most typical first: more in
 * Kota Kupang, Sikka, Ende, Manggarai Barat and Sumba Timur, fewer in the small regencies. A regency with
 * more businesses than kinds listed starts the list again (with other owners).
 */
const regencyBusinesses: Record<RegencyCode, { count: number; names: NamePool; businesses: Business[] }> = {
  "53.71": { count: 23, names: names.kupang, businesses: [seiSapi, seiBabi, kueBasah, sambalLuat, tehKelor, rumputLautOlahan, katering, olehOleh, airMinum, hasilLaut, konveksi, butikTenun, tenunOnline, bordir, tasKulit, cendana, sasando, mutiara, studioAplikasi, servisKomputer, desainGrafis, pasarOnline, tokoOnline] },
  "53.10": { count: 12, names: names.floresTimur, businesses: [tenunSikka, kacangMete, vco, ikanAsap, kakao, kelapa, hasilLaut, kafeKopi, servisKomputer, anyamanPandan, keripik, bengkel] },
  "53.11": { count: 11, names: names.floresTengah, businesses: [tenunLio, homestay, pemandu, kacangMete, ikanKering, roti, warungMakan, garam, foto, periklanan, mebel] },
  "53.15": { count: 11, names: names.manggarai, businesses: [komodoTour, homestay, kedaiIkan, artShop, galeri, kerang, portalWisata, katering, tenunSongke, foto, laundry] },
  "53.02": { count: 11, names: names.sumba, businesses: [tenunSumba, tenunSumba, maduHutan, sapi, mamuli, ukirSumba, jagung, homestay, warungSumba, servisKomputer, tenunSumba] },
  "53.03": { count: 8, names: names.kupang, businesses: [jagungBose, rumputLaut, kebunKelor, sapi, garam, gulaLontar, sayur, ayam] },
  "53.04": { count: 7, names: names.timor, businesses: [maduHutan, tenunTimor, jagung, cendana, babi, umbi, jagungBose] },
  "53.05": { count: 5, names: names.timor, businesses: [tenunTimor, jagung, gerabah, sapi, mebel] },
  "53.06": { count: 5, names: names.belu, businesses: [tenunTimor, sariAsam, jagung, bengkel, tokoKain] },
  "53.07": { count: 6, names: names.alor, businesses: [tenunAlor, ikanKering, moko, kakao, nelayan, kelapa] },
  "53.08": { count: 4, names: names.floresTimur, businesses: [tenunKewatek, jagungTiti, rumputLaut, nelayan] },
  "53.09": { count: 6, names: names.floresTimur, businesses: [ikanAsap, tenunKewatek, jagungTiti, hasilLaut, kelapa, produkKelapa] },
  "53.12": { count: 7, names: names.floresTengah, businesses: [kopiBajawa, kebunKopi, tenunNgada, kopiGrosir, homestay, mebelBambu, babi] },
  "53.13": { count: 7, names: names.manggarai, businesses: [kopiManggarai, tenunSongke, kebunKopi, kopiGrosir, gulaAren, pemandu, kolamIkan] },
  "53.14": { count: 5, names: names.rote, businesses: [anyamanLontar, gulaLontar, rumputLaut, tenunRote, sasando] },
  "53.16": { count: 3, names: names.sumba, businesses: [padi, tenunSumbaBarat, kambing] },
  "53.17": { count: 4, names: names.sumba, businesses: [tenunSumbaBarat, jagung, alatBambu, pisangSale] },
  "53.18": { count: 3, names: names.floresTengah, businesses: [padi, garam, dodol] },
  "53.19": { count: 4, names: names.manggarai, businesses: [kebunKopi, kopiManggarai, lebah, umbi] },
  "53.20": { count: 2, names: names.sabu, businesses: [gulaLontar, tenunSabu] },
  "53.21": { count: 2, names: names.belu, businesses: [tenunTimor, jagungBakar] },
  "53.01": { count: 4, names: names.sumba, businesses: [tenunSumbaBarat, homestay, ukirSumba, penjahit] },
};

export const demoUmkmCount = Object.values(regencyBusinesses).reduce((sum, regency) => sum + regency.count, 0);

// ---- the generator ------------------------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  /** Spread evenly on a log scale, as business sizes are, and rounded to `step`. */
  const amount = (min: number, max: number, step: number) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min))) / step) * step;
  const digits = (count: number) => Array.from({ length: count }, () => int(0, 9)).join("");
  return { next, int, pick, amount, digits };
}
type Generator = ReturnType<typeof generator>;

/**
 * PP 7/2021's limits and the amounts just beyond them, given to every third business that can have grown,
 * so the map shows where each class ends: by annual sales, and by capital for businesses with no sales yet.
 */
const edges: { annualRevenueIdr: number; businessCapitalIdr?: number }[] = [
  { annualRevenueIdr: 2_000_000_000 },
  { annualRevenueIdr: 2_000_500_000 },
  { annualRevenueIdr: 15_000_000_000 },
  { annualRevenueIdr: 15_000_500_000 },
  { annualRevenueIdr: 50_000_000_000 },
  { annualRevenueIdr: 0, businessCapitalIdr: 1_000_000_000 },
  { annualRevenueIdr: 0, businessCapitalIdr: 1_000_500_000 },
  { annualRevenueIdr: 0, businessCapitalIdr: 5_000_000_000 },
  { annualRevenueIdr: 0, businessCapitalIdr: 10_000_000_000 },
];

/** Sales and capital: mostly micro, and businesses that can grow often small or medium. */
function finances(random: Generator, business: Business, edge: (typeof edges)[number] | undefined): { annualRevenueIdr: number; businessCapitalIdr?: number } {
  if (edge) return { ...edge, businessCapitalIdr: edge.businessCapitalIdr ?? capitalFor(random, sizeClassOf(edge.annualRevenueIdr).sizeClass, edge.annualRevenueIdr) };
  const roll = random.next();
  const size: SizeClass = business.grows ? (roll < 0.35 ? "micro" : roll < 0.8 ? "small" : "medium") : roll < 0.94 ? "micro" : "small";
  const annualRevenueIdr = size === "micro" ? random.amount(18_000_000, 1_600_000_000, 500_000)
    : size === "small" ? random.amount(2_050_000_000, business.grows ? 14_000_000_000 : 4_500_000_000, 10_000_000)
    : random.amount(15_500_000_000, 45_000_000_000, 100_000_000);
  // some micro businesses never worked out their capital
  if (size === "micro" && random.next() < 0.12) return { annualRevenueIdr };
  return { annualRevenueIdr, businessCapitalIdr: capitalFor(random, size, annualRevenueIdr) };
}

function capitalFor(random: Generator, size: SizeClass, revenue = 100_000_000): number {
  if (size === "micro") return Math.min(950_000_000, random.amount(Math.max(5_000_000, revenue * 0.2), Math.max(10_000_000, revenue * 1.2), 500_000));
  return size === "small" ? random.amount(1_100_000_000, 4_800_000_000, 10_000_000) : random.amount(5_200_000_000, 9_800_000_000, 10_000_000);
}

const addDays = (now: Date, days: number) => new Date(now.getTime() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);

/** Valid for years yet, or lapsed some months ago. */
const expiring = (random: Generator, now: Date, expired: boolean) => addDays(now, expired ? -random.int(20, 420) : random.int(90, 1700));

/**
 * The numbers as the issuers write them: P-IRT (food type, regency code, serial, year it lapses), BPOM's
 * MD number, BPJPH's halal certificate (ID, regency code, serial), an SPPT-SNI with its standard.
 */
function permitNumbers(random: Generator, regency: string, serial: string) {
  const area = regency.replace(".", "");
  return {
    pirt: (expiresOn: string): Permit => ({ number: `${random.int(1, 5)}${random.digits(2)}${area}01${serial}-${expiresOn.slice(2, 4)}`, expiresOn }),
    bpom: (expiresOn: string): Permit => ({ number: `MD ${random.digits(9)}${serial.slice(1)}`, expiresOn }),
    halal: (expiresOn?: string): Permit => ({ number: `ID${area}${random.digits(9)}${serial}`, ...(expiresOn ? { expiresOn } : {}) }),
    sni: (standard: string, expiresOn: string): Permit => ({ number: `SPPT ${standard} ${random.digits(3)}/${serial}`, expiresOn }),
  };
}

/**
 * Food businesses in every state a curator meets: ready (PIRT or BPOM, and halal), missing halal, with a
 * lapsed P-IRT or an old MUI halal certificate that has expired, or nothing yet. Halal certificates issued
 * by BPJPH since 2021 have no expiry; older MUI ones did.
 */
function permitsOf(random: Generator, business: Business, regency: string, serial: string, size: SizeClass, now: Date): Permits | undefined {
  const cluster = clusterOfKbli(business.kbli);
  const numbers = permitNumbers(random, regency, serial);
  const eatingPlace = business.kbli.startsWith("56");
  const nibRisk: NibRisk = cluster === "kuliner" ? (eatingPlace ? "low" : size === "medium" ? "medium_high" : "medium_low")
    : cluster === "perikanan" || ["55130", "79121", "01411", "01450"].includes(business.kbli) ? "medium_low" : "low";
  if (size === "micro" && random.next() < 0.07) return undefined;
  const permits: Permits = { nibRisk };
  if (cluster === "kuliner") {
    const roll = random.next();
    const grown = size !== "micro";
    if (grown && roll < 0.6) permits.bpom = numbers.bpom(expiring(random, now, false));
    else if (roll < 0.6) permits.pirt = numbers.pirt(expiring(random, now, false));
    else if (roll < 0.72) permits.pirt = numbers.pirt(expiring(random, now, true));
    const halal = random.next();
    if (business.pork) permits.nonHalal = true;
    else if (halal < 0.6) permits.halal = numbers.halal();
    else if (halal < 0.7) permits.halal = numbers.halal(expiring(random, now, random.next() < 0.6));
  } else if (cluster === "perikanan") {
    const roll = random.next();
    if (roll < 0.4) permits.pirt = numbers.pirt(expiring(random, now, false));
    else if (roll < 0.5) permits.pirt = numbers.pirt(expiring(random, now, true));
    else if (roll < 0.6 || size === "medium") permits.bpom = numbers.bpom(expiring(random, now, false));
  }
  if (business.sni && random.next() < 0.45) permits.sni = numbers.sni(business.sni, expiring(random, now, random.next() < 0.25));
  return permits;
}

/** Wider for bigger businesses; exporters name their countries, Belu and Malaka first across the border. */
function marketOf(random: Generator, business: Business, regency: RegencyCode, size: SizeClass): ProfileInput["market"] {
  if (size === "micro" && random.next() < 0.06) return undefined;
  const roll = random.next();
  const canExport = business.exportTo !== undefined;
  const level = size === "micro" ? (roll < 0.38 ? 0 : roll < 0.64 ? 1 : roll < 0.82 || !canExport ? 2 : 3)
    : size === "small" ? (roll < 0.15 ? 1 : roll < 0.6 || !canExport ? 2 : 3)
    : roll < 0.3 || !canExport ? 2 : 3;
  const reach = (["regency", "province", "national", "export"] as const).slice(0, level + 1);
  const onlineShop = ["47911", "47912", "47919", "62012"].includes(business.kbli);
  const catalogue = random.next();
  const eKatalog = size === "medium" ? (catalogue < 0.4 ? "national" : undefined)
    : catalogue < (size === "small" ? 0.2 : 0.06) ? "national" : catalogue < (size === "small" ? 0.45 : 0.18) ? "local" : undefined;
  const market: NonNullable<ProfileInput["market"]> = {
    reach: [...reach],
    marketplace: onlineShop || random.next() < (size === "micro" ? 0.35 : 0.6),
    chamberShowcase: random.next() < (size === "micro" ? 0.15 : size === "small" ? 0.4 : 0.6),
  };
  if (eKatalog) market.eKatalog = eKatalog;
  if (level === 3) {
    const border = ["53.05", "53.06", "53.21"].includes(regency) && !business.exportTo!.includes("TL") ? ["TL"] : [];
    const countries = [...border, ...business.exportTo!];
    market.exportCountries = countries.slice(0, random.int(1, Math.min(3, countries.length)));
  }
  return market;
}

const telcoPrefixes = ["812", "813", "821", "822", "823", "852", "853", "815", "857", "858", "817", "818", "877", "878", "895"];

/** What a business is named after: the last word of the given name ("Maria Goreti" → Goreti, "Umbu Nggaba" → Nggaba). */
const calledBy = (given: string) => given.split(" ").at(-1)!;

const slug = (text: string) => text.toLowerCase().replace(/'/g, "").replace(/[^a-z0-9]+/g, ".").replace(/^\.|\.$/g, "");

/** Every demo UMKM as the applicant would have typed it, in a fixed order: the first is the seeding's mark. */
export function demoUmkmProfiles(now: Date): { applicantId: string; input: ProfileInput }[] {
  const random = generator(13);
  const thisYear = now.getUTCFullYear();
  const places = Object.entries(regencyBusinesses).flatMap(([regency, { count, businesses }]) =>
    Array.from({ length: count }, (_, i) => [regency as RegencyCode, businesses[i % businesses.length]!] as const));
  const owners = new Set<string>();
  const businessNames = new Set<string>();
  let grown = 0;
  return places.map(([regency, business], index) => {
    const [givenNames, familyNames] = regencyBusinesses[regency].names;
    let given: string, family: string;
    do [given, family] = [random.pick(givenNames), random.pick(familyNames)];
    while (owners.has(`${given} ${family}`));
    const ownerName = `${given} ${family}`;
    owners.add(ownerName);
    let businessName = business.name.replace("{n}", calledBy(given));
    if (businessNames.has(businessName)) businessName = `${businessName} ${family}`;
    businessNames.add(businessName);

    const serial = String(index + 1).padStart(4, "0");
    const edge = business.grows && grown % 3 === 0 ? edges[grown / 3] : undefined;
    if (business.grows) grown += 1;
    const { annualRevenueIdr, businessCapitalIdr } = finances(random, business, edge);
    // as the profile will derive it: by sales, by capital while there are none
    const size = sizeClassOf(annualRevenueIdr, businessCapitalIdr).sizeClass;
    const employees = size === "micro" ? random.int(0, 8) : size === "small" ? random.int(6, 25) : random.int(20, 90);
    const capitalNeedIdr = Math.max(5_000_000, Math.round(((annualRevenueIdr || businessCapitalIdr!) * (0.1 + random.next() * 0.35)) / 1_000_000) * 1_000_000);
    const permits = permitsOf(random, business, regency, serial, size, now);
    const market = marketOf(random, business, regency, size);
    const withEmail = random.next() < 0.4;
    const input: ProfileInput = {
      ownerName,
      businessName,
      // unique: the serial (0001…) ends it, where the other demo files' NIBs end in 45xx
      nib: `9120${random.digits(5)}${serial}`,
      sector: clusterOfKbli(business.kbli)!,
      regencyCode: regency,
      products: business.products,
      foundedYear: annualRevenueIdr === 0 ? thisYear : random.int(1998, thisYear - 1),
      employees,
      annualRevenueIdr,
      capitalNeedIdr,
      phone: `+62${random.pick(telcoPrefixes)}${random.digits(4)}${serial}`,
      ...(withEmail ? { email: `${slug(businessName)}@example.id` } : {}),
      language: business.language ?? "id",
      kbli: business.kbli,
      ...(businessCapitalIdr === undefined ? {} : { businessCapitalIdr }),
      ...(permits ? { permits } : {}),
      ...(market ? { market } : {}),
      consent: true,
    };
    return { applicantId: umkmApplicantId(index), input };
  });
}

// ---- seeding ------------------------------------------------------------------------------------

/** Writes at a time: enough to keep DynamoDB Local busy, few enough not to swamp a small machine. */
const batchSize = 10;

/**
 * Seeds once: nothing when the first business exists. The first is written last, so a start that was
 * stopped half-way fills in the rest next time (a profile already there is left as it is).
 */
export async function seedUmkmDatabase(now: Date): Promise<{ seeded: number }> {
  const [first, ...rest] = demoUmkmProfiles(now);
  if (await findProfile(first!.applicantId)) return { seeded: 0 };
  let seeded = 0;
  const create = async ({ applicantId, input }: { applicantId: string; input: ProfileInput }) => {
    try {
      await createProfile(applicantId, input, now);
      seeded += 1;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === "profile_exists")) throw error;
    }
  };
  for (let start = 0; start < rest.length; start += batchSize) await Promise.all(rest.slice(start, start + batchSize).map(create));
  await create(first!);
  return { seeded };
}

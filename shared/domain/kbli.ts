import type { Sector } from "./reference.js";

/**
 * The KBLI 2020 codes (Peraturan BPS No. 2 Tahun 2020) that UMKM in NTT use most, each with its official
 * Indonesian name, an English name, and the cluster the chamber groups it in. A profile may only name a
 * code from this list, so the cluster map never meets a code it cannot place.
 *
 * The cluster follows what a curator looks at, not the KBLI section: everything made to be eaten or drunk
 * (KBLI 10–11, including dried and smoked fish and seaweed products) is `kuliner`, because food permits and
 * halal decide its curation; `perikanan` is catching and farming; trade and online shops go with the goods
 * they sell. Checked against the published KBLI 2020 list; codes that could not be confirmed are left out.
 */
export interface KbliEntry {
  code: string;
  id: string;
  en: string;
  cluster: Sector;
}

const entry = (code: string, cluster: Sector, id: string, en: string): KbliEntry => ({ code, id, en, cluster });

export const kbliList: readonly KbliEntry[] = [
  // food and drink: processing, eating places, catering
  entry("10130", "kuliner", "Industri Pengolahan dan Pengawetan Produk Daging dan Daging Unggas", "Processing and preserving of meat and poultry products"),
  entry("10211", "kuliner", "Industri Penggaraman/Pengeringan Ikan", "Salting and drying of fish"),
  entry("10212", "kuliner", "Industri Pengasapan/Pemanggangan Ikan", "Smoking and grilling of fish"),
  entry("10298", "kuliner", "Industri Pengolahan Rumput Laut", "Seaweed processing"),
  entry("10313", "kuliner", "Industri Pengeringan Buah-buahan dan Sayuran", "Drying of fruit and vegetables"),
  entry("10330", "kuliner", "Industri Pengolahan Sari Buah dan Sayuran", "Fruit and vegetable juices"),
  entry("10423", "kuliner", "Industri Minyak Goreng Kelapa", "Coconut cooking oil"),
  entry("10710", "kuliner", "Industri Produk Roti dan Kue", "Bread and cake products"),
  entry("10722", "kuliner", "Industri Gula Merah", "Palm and brown sugar"),
  entry("10750", "kuliner", "Industri Makanan dan Masakan Olahan", "Prepared meals and dishes"),
  entry("10761", "kuliner", "Industri Pengolahan Kopi", "Coffee processing"),
  entry("10762", "kuliner", "Industri Pengolahan Herbal (Herb Infusion)", "Herbal infusions"),
  entry("10763", "kuliner", "Industri Pengolahan Teh", "Tea processing"),
  entry("10772", "kuliner", "Industri Bumbu Masak dan Penyedap Masakan", "Spices, seasonings and condiments"),
  entry("10773", "kuliner", "Industri Produk Masak dari Kelapa", "Cooking products from coconut"),
  entry("10792", "kuliner", "Industri Kue Basah", "Traditional moist cakes"),
  entry("10793", "kuliner", "Industri Makanan dari Kedele dan Kacang-kacangan Lainnya Bukan Kecap, Tempe dan Tahu", "Soybean and other legume foods other than soy sauce, tempeh and tofu"),
  entry("10794", "kuliner", "Industri Kerupuk, Keripik, Peyek dan Sejenisnya", "Crackers, chips, peyek and similar snacks"),
  entry("10796", "kuliner", "Industri Dodol", "Dodol (sweet rice and palm-sugar confection)"),
  entry("10799", "kuliner", "Industri Produk Makanan Lainnya", "Other food products"),
  entry("11040", "kuliner", "Industri Minuman Ringan", "Soft drinks"),
  entry("56101", "kuliner", "Restoran", "Restaurants"),
  entry("56102", "kuliner", "Rumah/Warung Makan", "Eating houses and food stalls"),
  entry("56103", "kuliner", "Kedai Makanan", "Food kiosks"),
  entry("56104", "kuliner", "Penyediaan Makanan Keliling/Tempat Tidak Tetap", "Mobile food vendors"),
  entry("56210", "kuliner", "Jasa Boga untuk Suatu Event Tertentu (Event Catering)", "Event catering"),
  entry("56303", "kuliner", "Rumah Minum/Kafe", "Cafés"),
  entry("47911", "kuliner", "Perdagangan Eceran Melalui Media untuk Komoditi Makanan, Minuman, Tembakau, Kimia, Farmasi, Kosmetik dan Alat Laboratorium", "Retail through media (online) of food, drink, tobacco, chemicals, pharmaceuticals, cosmetics and laboratory goods"),
  // woven cloth, textiles and garments
  entry("13121", "fesyen-tenun", "Industri Pertenunan (Bukan Pertenunan Karung Goni dan Karung Lainnya)", "Weaving (other than jute and other sacks)"),
  entry("13122", "fesyen-tenun", "Industri Kain Tenun Ikat", "Ikat woven cloth"),
  entry("13134", "fesyen-tenun", "Industri Batik", "Batik"),
  entry("14111", "fesyen-tenun", "Industri Pakaian Jadi (Konveksi) dari Tekstil", "Ready-made garments from textiles"),
  entry("14120", "fesyen-tenun", "Penjahitan dan Pembuatan Pakaian Sesuai Pesanan", "Tailoring and made-to-order clothing"),
  entry("14302", "fesyen-tenun", "Industri Pakaian Jadi Sulaman/Bordir", "Embroidered garments"),
  entry("15121", "fesyen-tenun", "Industri Barang dari Kulit dan Kulit Komposisi untuk Keperluan Pribadi", "Leather goods for personal use"),
  entry("15201", "fesyen-tenun", "Industri Alas Kaki untuk Keperluan Sehari-hari", "Everyday footwear"),
  entry("47511", "fesyen-tenun", "Perdagangan Eceran Tekstil", "Retail of textiles"),
  entry("47711", "fesyen-tenun", "Perdagangan Eceran Pakaian", "Retail of clothing"),
  entry("47912", "fesyen-tenun", "Perdagangan Eceran Melalui Media untuk Komoditi Tekstil, Pakaian, Alas Kaki dan Barang Keperluan Pribadi", "Retail through media (online) of textiles, clothing, footwear and personal goods"),
  // crafts
  entry("16292", "kriya", "Industri Barang Anyaman dari Tanaman Bukan Rotan dan Bambu", "Plaited goods from plants other than rattan and bamboo"),
  entry("16293", "kriya", "Industri Kerajinan Ukiran dari Kayu Bukan Mebeller", "Wood carving crafts other than furniture"),
  entry("16294", "kriya", "Industri Alat Dapur dari Kayu, Rotan dan Bambu", "Kitchenware from wood, rattan and bamboo"),
  entry("23932", "kriya", "Industri Perlengkapan Rumah Tangga dari Tanah Liat/Keramik", "Household goods from clay and ceramics"),
  entry("31001", "kriya", "Industri Furnitur dari Kayu", "Wooden furniture"),
  entry("31002", "kriya", "Industri Furnitur dari Rotan dan atau Bambu", "Rattan and bamboo furniture"),
  entry("32115", "kriya", "Industri Perhiasan Mutiara", "Pearl jewellery"),
  entry("32120", "kriya", "Industri Perhiasan Imitasi dan Barang Sejenis", "Imitation jewellery and similar goods"),
  entry("32201", "kriya", "Industri Alat Musik Tradisional", "Traditional musical instruments"),
  entry("32903", "kriya", "Industri Kerajinan YTDL", "Crafts not elsewhere classified"),
  entry("47781", "kriya", "Perdagangan Eceran Barang Kerajinan dari Kayu, Bambu, Rotan, Pandan, Rumput dan Sejenisnya", "Retail of crafts from wood, bamboo, rattan, pandanus, grass and similar"),
  entry("47789", "kriya", "Perdagangan Eceran Barang Kerajinan dan Lukisan Lainnya", "Retail of other crafts and paintings"),
  // agriculture, plantations and livestock
  entry("01111", "agribisnis", "Pertanian Jagung", "Maize growing"),
  entry("01122", "agribisnis", "Pertanian Padi Inbrida", "Inbred rice growing"),
  entry("01131", "agribisnis", "Pertanian Hortikultura Sayuran Daun", "Leafy vegetable growing"),
  entry("01135", "agribisnis", "Pertanian Aneka Umbi Palawija", "Root and tuber crops"),
  entry("01261", "agribisnis", "Perkebunan Buah Kelapa", "Coconut plantations"),
  entry("01270", "agribisnis", "Pertanian Tanaman untuk Bahan Minuman", "Beverage crops (coffee, cocoa, tea)"),
  entry("01411", "agribisnis", "Pembibitan dan Budidaya Sapi Potong", "Beef cattle breeding and raising"),
  entry("01442", "agribisnis", "Pembibitan dan Budidaya Kambing Potong", "Meat goat breeding and raising"),
  entry("01450", "agribisnis", "Peternakan Babi", "Pig farming"),
  entry("01464", "agribisnis", "Budidaya Ayam Lokal dan Persilangannya", "Raising local chickens and their crosses"),
  entry("01493", "agribisnis", "Pembibitan dan Budidaya Lebah", "Beekeeping"),
  entry("02307", "agribisnis", "Pemungutan Madu", "Wild honey gathering"),
  entry("46314", "agribisnis", "Perdagangan Besar Kopi, Teh dan Kakao", "Wholesale of coffee, tea and cocoa"),
  // fisheries
  entry("03111", "perikanan", "Penangkapan Pisces/Ikan Bersirip di Laut", "Marine finfish catching"),
  entry("03217", "perikanan", "Pembesaran Tumbuhan Air Laut", "Seaweed farming"),
  entry("03221", "perikanan", "Pembesaran Ikan Air Tawar di Kolam", "Freshwater fish farming in ponds"),
  entry("46206", "perikanan", "Perdagangan Besar Hasil Perikanan", "Wholesale of fishery products"),
  // services
  entry("45407", "jasa", "Reparasi dan Perawatan Sepeda Motor", "Motorcycle repair and maintenance"),
  entry("55130", "jasa", "Pondok Wisata", "Homestays"),
  entry("74201", "jasa", "Aktivitas Fotografi", "Photography"),
  entry("79121", "jasa", "Aktivitas Biro Perjalanan Wisata", "Tour operators"),
  entry("79921", "jasa", "Jasa Pramuwisata", "Tour guiding"),
  entry("96200", "jasa", "Aktivitas Penatu", "Laundry"),
  // digital
  entry("62012", "digital", "Aktivitas Pengembangan Aplikasi Perdagangan Melalui Internet (E-Commerce)", "Development of e-commerce applications"),
  entry("62019", "digital", "Aktivitas Pemrograman Komputer Lainnya", "Other computer programming"),
  entry("62090", "digital", "Aktivitas Teknologi Informasi dan Jasa Komputer Lainnya", "Other information technology and computer services"),
  entry("63122", "digital", "Portal Web dan/atau Platform Digital dengan Tujuan Komersial", "Commercial web portals and digital platforms"),
  entry("73100", "digital", "Periklanan", "Advertising"),
  entry("74130", "digital", "Aktivitas Desain Komunikasi Visual/Desain Grafis", "Visual communication and graphic design"),
  // other
  entry("47919", "lainnya", "Perdagangan Eceran Melalui Media untuk Berbagai Macam Barang Lainnya", "Retail through media (online) of other goods"),
];

const byCode = new Map(kbliList.map((kbli) => [kbli.code, kbli]));

export function isKbliCode(code: string): boolean {
  return byCode.has(code);
}

/** The cluster of a code from the list; undefined for a code the list does not have. */
export function clusterOfKbli(code: string): Sector | undefined {
  return byCode.get(code)?.cluster;
}

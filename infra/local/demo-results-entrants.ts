import type { ProfileInput } from "../../shared/api/schemas/profiles.js";
import type { DemoPitch } from "./demo-competition.js";

// Cohort 0's twelve graduates and their pitches, the data demo-results.ts seeds (kept apart: it is most of it).

const jt = (millions: number) => millions * 1_000_000;

export interface Entrant {
  sub: string;
  username: string;
  profile: ProfileInput;
  pitch: Omit<DemoPitch, "applicantId" | "stage">;
}

const profile = (fields: Omit<ProfileInput, "language" | "consent">): ProfileInput => ({ ...fields, language: "id", consent: true });

/**
 * Twelve graduates of Cohort 0, best first by merit (what an average judge would give, per criterion).
 * Sectors decide who reads what: the assignment gives every pitch the judges of its sector first, and
 * with 4 kuliner, 4 agribisnis, 2 perikanan, 1 kriya and 1 fesyen-tenun pitch it can give all of them,
 * so lenient Benny (kuliner, agribisnis) reads every kuliner pitch, harsh Hendrik (agribisnis, perikanan)
 * every perikanan one. Raw means then lift Jagung Bose (kuliner, 6th on merit) above Ikan Asap Oesapa
 * (perikanan, 5th): the ranking, corrected for the judges, puts them back.
 */
export const resultsEntrants: Entrant[] = [
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b01", username: "veronika.tenun",
    profile: profile({
      ownerName: "Veronika Moa", businessName: "Tenun Ikat Watublapi", nib: "9120302234501", sector: "fesyen-tenun", regencyCode: "53.10",
      products: ["Sarung tenun ikat Sikka", "Selendang pewarna alam"], foundedYear: 2012, employees: 18, annualRevenueIdr: jt(420),
      capitalNeedIdr: jt(150), phone: "+6281234568101",
    }),
    pitch: {
      draft: {
        title: "Tenun ikat Sikka pewarna alam untuk butik dan hotel",
        summary: "Kelompok 18 penenun di Watublapi menenun sarung dan selendang pewarna alam, dijual ke butik di Bali dan hotel di Labuan Bajo dengan kartu asal-usul motif.",
        problem: "Penenun menunggu pembeli datang ke desa; benang dan pewarna dibeli eceran sehingga mahal, dan kain menumpuk di musim hujan.",
        product: "Sarung dan selendang tenun ikat pewarna alam (mengkudu, nila, kunyit), dengan label motif, nama penenun, dan petunjuk perawatan.",
        targetMarket: "Butik tekstil di Bali dan Jakarta, hotel dan toko suvenir di Labuan Bajo dan Maumere, serta pembeli daring.",
        traction: "Tiga butik memesan rutin tiap bulan; pesanan 200 selendang dari hotel di Labuan Bajo.",
        revenueLast12MonthsIdr: jt(420), capitalAskIdr: jt(150),
        useOfFunds: [{ item: "Benang dan pewarna alam, dibeli grosir", amountIdr: jt(70) }, { item: "Rumah pewarna dan jemuran kain", amountIdr: jt(50) }, { item: "Katalog dan pameran", amountIdr: jt(30) }],
        team: "Veronika Moa (ketua kelompok, 20 tahun menenun), bendahara kelompok, dan 16 penenun dari dua dusun.",
      },
      merit: { market: 8, product: 8, finance: 8, funds: 8, team: 8, impact: 8 },
      comments: ["Mutu kain dan kisah motifnya sangat kuat. Cantumkan margin per kain untuk penenun.", "Pesanan hotel membuktikan pasarnya. Siapkan stok untuk musim liburan.", "Rencana membeli benang grosir masuk akal; tunjukkan penghematannya per bulan."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b02", username: "kristo.kopi",
    profile: profile({
      ownerName: "Kristoforus Jehadu", businessName: "Kopi Colol Jehadu", nib: "9120302234502", sector: "agribisnis", regencyCode: "53.19",
      products: ["Kopi arabika Colol sangrai", "Green bean arabika"], foundedYear: 2014, employees: 7, annualRevenueIdr: jt(360),
      capitalNeedIdr: jt(120), phone: "+6281234568102",
    }),
    pitch: {
      draft: {
        title: "Kopi arabika Colol bermutu spesialti langsung dari petani",
        summary: "Kami membeli ceri merah dari 40 petani Colol dengan harga premium, mengolahnya dengan proses basah dan honey, lalu menjual green bean dan kopi sangrai ke kedai kopi di Jawa dan Bali.",
        problem: "Petani menjual kopi asalan dengan harga rendah karena petik campur dan penjemuran di atas tanah.",
        product: "Green bean arabika Colol dengan skor cupping 84 ke atas, dan kopi sangrai 200 g dan 1 kg berlabel PIRT.",
        targetMarket: "Kedai kopi spesialti di Surabaya, Jakarta, dan Bali; roaster yang mencari single origin Flores.",
        traction: "12 ton green bean terjual dalam 12 bulan; lima roaster memesan ulang; juara kedua lomba cupping provinsi.",
        revenueLast12MonthsIdr: jt(360), capitalAskIdr: jt(120),
        useOfFunds: [{ item: "Mesin pulper dan rumah jemur", amountIdr: jt(70) }, { item: "Modal pembelian ceri merah", amountIdr: jt(50) }],
        team: "Kristoforus Jehadu (terlatih sebagai Q-grader), dua pengolah, dan kelompok tani Colol beranggota 40 orang.",
      },
      merit: { market: 8, product: 8, finance: 7, funds: 8, team: 7, impact: 7 },
      comments: ["Mutu cupping meyakinkan. Jelaskan kontrak harga dengan petani.", "Rumah jemur akan menjaga mutu; hitung kapasitasnya per panen.", "Pasar spesialtinya jelas. Pertimbangkan sertifikasi indikasi geografis."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b03", username: "goreti.mente",
    profile: profile({
      ownerName: "Maria Goreti Kelen", businessName: "Mente Adonara Ina", nib: "9120302234503", sector: "agribisnis", regencyCode: "53.09",
      products: ["Kacang mete kupas", "Mete goreng bumbu"], foundedYear: 2016, employees: 14, annualRevenueIdr: jt(310),
      capitalNeedIdr: jt(100), phone: "+6281234568103",
    }),
    pitch: {
      draft: {
        title: "Mete kupas Adonara diolah perempuan desa",
        summary: "Kami mengupas dan memanggang mete gelondong dari petani Adonara di desa sendiri, sehingga nilai tambahnya tinggal di desa dan 14 perempuan mendapat pekerjaan tetap.",
        problem: "Mete gelondong dijual ke pedagang luar pulau; pengupasan dan nilai tambahnya terjadi di Jawa.",
        product: "Mete kupas grade W320 dan mete goreng bumbu dalam kemasan 250 g berlabel PIRT dan halal.",
        targetMarket: "Toko oleh-oleh di Kupang, Maumere, dan Labuan Bajo; distributor makanan ringan di Surabaya.",
        traction: "8 ton mete gelondong diolah tahun lalu; dua distributor di Surabaya memesan tiap bulan.",
        revenueLast12MonthsIdr: jt(310), capitalAskIdr: jt(100),
        useOfFunds: [{ item: "Mesin kacip dan oven", amountIdr: jt(60) }, { item: "Modal pembelian mete gelondong", amountIdr: jt(40) }],
        team: "Maria Goreti Kelen (pemilik), satu pengawas mutu, dan 14 pekerja perempuan dari dua desa di Adonara.",
      },
      merit: { market: 8, product: 7, finance: 7, funds: 7, team: 7, impact: 8 },
      comments: ["Dampaknya bagi perempuan desa sangat jelas. Tunjukkan rendemen kupas per kilogram.", "Sertifikat halal menjadi nilai tambah. Rapikan pencatatan stok gelondong.", "Distributor tetap memberi kepastian; lampirkan surat pesanan mereka."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b04", username: "yakobus.gula",
    profile: profile({
      ownerName: "Yakobus Riwu", businessName: "Gula Sabu Lede", nib: "9120302234504", sector: "kuliner", regencyCode: "53.20",
      products: ["Gula lempeng Sabu", "Gula cair lontar"], foundedYear: 2015, employees: 10, annualRevenueIdr: jt(240),
      capitalNeedIdr: jt(80), phone: "+6281234568104",
    }),
    pitch: {
      draft: {
        title: "Gula lontar Sabu dalam kemasan modern",
        summary: "Gula lempeng dan gula cair dari nira lontar Sabu, dimasak bersih dan dikemas rapat, untuk toko oleh-oleh dan kafe di Kupang dan Bali.",
        problem: "Gula Sabu dijual dalam bungkus daun tanpa label, mudah rusak dalam pengiriman, dan sulit masuk toko modern.",
        product: "Gula lempeng 250 g dan gula cair lontar 350 ml berlabel PIRT, dengan tanggal produksi.",
        targetMarket: "Toko oleh-oleh di Kupang, kafe yang membuat kopi gula aren, dan pembeli daring.",
        traction: "9.000 bungkus terjual tahun lalu; masuk dua jaringan toko oleh-oleh di Kupang.",
        revenueLast12MonthsIdr: jt(240), capitalAskIdr: jt(80),
        useOfFunds: [{ item: "Tungku hemat kayu dan wajan baja tahan karat", amountIdr: jt(35) }, { item: "Kemasan dan label", amountIdr: jt(25) }, { item: "Izin BPOM untuk gula cair", amountIdr: jt(20) }],
        team: "Yakobus Riwu (pemilik) dan sembilan penyadap dan pemasak gula di Sabu Barat.",
      },
      merit: { market: 7, product: 7, finance: 7, funds: 7, team: 7, impact: 8 },
      comments: ["Produk khas dengan cerita yang kuat. Uji daya tahan gula cair sebelum dikirim jauh.", "Kemasan baru jelas menambah nilai. Hitung ulang harga pokok per bungkus.", "Pasar kafe menjanjikan; cari satu pembeli tetap di Bali."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b05", username: "nurhayati.ikan",
    profile: profile({
      ownerName: "Nurhayati Bahar", businessName: "Ikan Asap Oesapa", nib: "9120302234505", sector: "perikanan", regencyCode: "53.71",
      products: ["Ikan tongkol asap", "Abon ikan"], foundedYear: 2017, employees: 11, annualRevenueIdr: jt(280),
      capitalNeedIdr: jt(90), phone: "+6281234568105",
    }),
    pitch: {
      draft: {
        title: "Ikan asap higienis dari nelayan Oesapa",
        summary: "Kami membeli tongkol dan cakalang segar langsung dari nelayan Oesapa, mengasapnya di rumah asap tertutup, dan menjual ikan asap dan abon ikan ke pasar, hotel, dan toko oleh-oleh.",
        problem: "Saat musim ikan harga jatuh dan banyak tangkapan terbuang; pengasapan terbuka membuat mutunya tidak menentu.",
        product: "Ikan tongkol asap kemasan vakum 500 g dan abon ikan 150 g berlabel PIRT, tahan dua minggu di lemari pendingin.",
        targetMarket: "Pasar Oeba dan Pasar Kasih, dapur hotel di Kupang, toko oleh-oleh, dan pembeli daring di Flores dan Sumba.",
        traction: "Menyerap ikan dari 25 nelayan; 14.000 bungkus terjual tahun lalu; dua hotel memesan tiap minggu.",
        revenueLast12MonthsIdr: jt(280), capitalAskIdr: jt(90),
        useOfFunds: [{ item: "Rumah asap tertutup", amountIdr: jt(45) }, { item: "Mesin vakum dan freezer", amountIdr: jt(35) }, { item: "Kemasan", amountIdr: jt(10) }],
        team: "Nurhayati Bahar (pemilik), sembilan istri nelayan yang mengolah, dan satu staf pemasaran daring.",
      },
      merit: { market: 7, product: 6, finance: 6, funds: 7, team: 6, impact: 8 },
      comments: ["Dampaknya bagi nelayan dan keluarganya sangat nyata. Tunjukkan berapa ikan yang terselamatkan di musim puncak.", "Rumah asap tertutup menjawab masalah mutu. Lampirkan hasil uji laboratorium.", "Pasar hotel sudah terbukti; hitung margin abon dan ikan asap secara terpisah."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b06", username: "karolina.bose",
    profile: profile({
      ownerName: "Karolina Bria", businessName: "Jagung Bose Mama Lin", nib: "9120302234506", sector: "kuliner", regencyCode: "53.21",
      products: ["Jagung bose instan", "Sambal lu'at botol"], foundedYear: 2019, employees: 5, annualRevenueIdr: jt(150),
      capitalNeedIdr: jt(60), phone: "+6281234568106",
    }),
    pitch: {
      draft: {
        title: "Jagung bose instan: makanan khas Timor siap saji",
        summary: "Jagung bose instan dalam cup dan pouch, cukup diseduh air panas, untuk perantau NTT, wisatawan, dan kantin kantor.",
        problem: "Jagung bose perlu dimasak berjam-jam, sehingga makanan khas ini jarang dijual di luar rumah.",
        product: "Jagung bose instan rasa asli dan rasa se'i, dalam cup 80 g dan pouch 250 g berlabel PIRT.",
        targetMarket: "Perantau NTT di Jawa dan Bali lewat marketplace, toko oleh-oleh di bandara El Tari, dan kantin kantor.",
        traction: "6.000 cup terjual dalam 12 bulan; ulasan bintang 4,8 di marketplace; masuk satu toko oleh-oleh bandara.",
        revenueLast12MonthsIdr: jt(150), capitalAskIdr: jt(60),
        useOfFunds: [{ item: "Mesin pengering dan pengemas", amountIdr: jt(40) }, { item: "Jagung dan kacang untuk enam bulan", amountIdr: jt(20) }],
        team: "Karolina Bria (pemilik, mantan juru masak hotel), dua karyawan produksi, dan dua reseller daring.",
      },
      merit: { market: 7, product: 7, finance: 6, funds: 6, team: 6, impact: 6 },
      comments: ["Idenya segar dan mudah dipahami pembeli. Uji umur simpan sebelum menambah produksi.", "Pasar perantau menarik, tetapi ongkos kirim dari Malaka tinggi; hitung ulang harga jualnya.", "Penggunaan dananya jelas. Jelaskan pasokan jagung di musim kering."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b07", username: "yohana.lontar",
    profile: profile({
      ownerName: "Yohana Pah", businessName: "Anyaman Lontar Nusak", nib: "9120302234507", sector: "kriya", regencyCode: "53.14",
      products: ["Topi ti'i langga", "Tas dan tikar anyaman lontar"], foundedYear: 2013, employees: 20, annualRevenueIdr: jt(190),
      capitalNeedIdr: jt(70), phone: "+6281234568107",
    }),
    pitch: {
      draft: {
        title: "Anyaman lontar Rote untuk pasar suvenir dan desain",
        summary: "Topi ti'i langga, tas, dan tikar anyaman lontar dari 20 penganyam Rote, dengan desain baru untuk hotel, butik, dan toko suvenir.",
        problem: "Penganyam menjual lewat pengepul dengan harga rendah, dan desain lama kurang diminati pembeli muda.",
        product: "Topi ti'i langga, tas anyaman, dan tatakan meja dengan desain kontemporer dan label asal-usul.",
        targetMarket: "Toko suvenir di Kupang dan Bali, hotel, dan desainer interior.",
        traction: "2.400 produk terjual tahun lalu; pameran Dekranasda di Jakarta menghasilkan tiga pesanan butik.",
        revenueLast12MonthsIdr: jt(190), capitalAskIdr: jt(70),
        useOfFunds: [{ item: "Daun lontar dan pewarna", amountIdr: jt(30) }, { item: "Pelatihan desain", amountIdr: jt(20) }, { item: "Pameran dan katalog", amountIdr: jt(20) }],
        team: "Yohana Pah (ketua kelompok) dan 19 penganyam perempuan di Rote Tengah.",
      },
      merit: { market: 6, product: 7, finance: 5, funds: 6, team: 5, impact: 7 },
      comments: ["Produk khas Rote dengan nilai budaya tinggi. Perjelas pembagian hasil untuk penganyam.", "Desain baru perlu diuji ke pembeli; mulai dengan koleksi kecil.", "Pencatatan keuangan perlu dirapikan sebelum menambah modal."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b08", username: "bernadus.vanili",
    profile: profile({
      ownerName: "Bernadus Wara", businessName: "Vanili Detusoko", nib: "9120302234508", sector: "agribisnis", regencyCode: "53.11",
      products: ["Vanili kering grade A", "Bubuk vanili"], foundedYear: 2018, employees: 4, annualRevenueIdr: jt(200),
      capitalNeedIdr: jt(75), phone: "+6281234568108",
    }),
    pitch: {
      draft: {
        title: "Vanili kering Detusoko untuk pembuat kue dan eksportir",
        summary: "Kami mengeringkan vanili petani Detusoko dengan proses curing yang terukur, lalu menjual polong grade A ke pembuat kue dan eksportir.",
        problem: "Petani memanen vanili terlalu muda karena takut dicuri, sehingga kadar vanilinnya rendah dan harganya jatuh.",
        product: "Polong vanili kering grade A dan bubuk vanili 50 g untuk pembuat kue rumahan.",
        targetMarket: "Eksportir rempah di Surabaya, toko bahan kue, dan pembuat kue rumahan.",
        traction: "450 kg vanili kering terjual dalam 12 bulan; satu eksportir meminta contoh untuk pasar Eropa.",
        revenueLast12MonthsIdr: jt(200), capitalAskIdr: jt(75),
        useOfFunds: [{ item: "Ruang curing dan rak pengering", amountIdr: jt(45) }, { item: "Modal pembelian polong basah", amountIdr: jt(30) }],
        team: "Bernadus Wara (pemilik), satu teknisi curing, dan dua pekerja.",
      },
      merit: { market: 6, product: 6, finance: 6, funds: 6, team: 6, impact: 5 },
      comments: ["Produknya bernilai tinggi. Perlihatkan hasil uji kadar vanilin.", "Harga vanili naik turun tajam; jelaskan cara Anda menahan risiko harga.", "Rencana ruang curing masuk akal. Tambahkan jadwal panen petani."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b09", username: "dina.sambal",
    profile: profile({
      ownerName: "Dina Ndoen", businessName: "Sambal Lu'at Oma Dina", nib: "9120302234509", sector: "kuliner", regencyCode: "53.71",
      products: ["Sambal lu'at botol", "Sambal roa"], foundedYear: 2020, employees: 3, annualRevenueIdr: jt(84),
      capitalNeedIdr: jt(35), phone: "+6281234568109",
    }),
    pitch: {
      draft: {
        title: "Sambal lu'at khas Timor dalam botol",
        summary: "Sambal lu'at dari cabai, jeruk nipis, dan daun kemangi, dibuat dengan resep keluarga dan dijual dalam botol kaca berlabel.",
        problem: "Sambal lu'at rumahan cepat basi dan tidak bisa dikirim ke luar kota.",
        product: "Sambal lu'at dan sambal roa 150 ml dalam botol kaca, dipasteurisasi, berlabel PIRT.",
        targetMarket: "Rumah makan se'i di Kupang, toko oleh-oleh, dan perantau NTT lewat marketplace.",
        traction: "3.500 botol terjual tahun lalu; dipakai dua rumah makan se'i.",
        revenueLast12MonthsIdr: jt(84), capitalAskIdr: jt(35),
        useOfFunds: [{ item: "Alat pasteurisasi dan dapur produksi", amountIdr: jt(25) }, { item: "Botol dan label", amountIdr: jt(10) }],
        team: "Dina Ndoen (pemilik) dan dua anggota keluarga.",
      },
      merit: { market: 6, product: 6, finance: 5, funds: 5, team: 5, impact: 5 },
      comments: ["Rasa khasnya menjadi keunggulan. Uji umur simpan di laboratorium.", "Pasarnya masih kecil; cari rumah makan ketiga dan keempat sebelum menambah produksi.", "Pisahkan keuangan rumah tangga dan usaha."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b10", username: "petrus.tuna",
    profile: profile({
      ownerName: "Petrus Koten", businessName: "Tuna Loin Larantuka", nib: "9120302234510", sector: "perikanan", regencyCode: "53.09",
      products: ["Tuna loin beku", "Tuna asap"], foundedYear: 2018, employees: 8, annualRevenueIdr: jt(260),
      capitalNeedIdr: jt(110), phone: "+6281234568110",
    }),
    pitch: {
      draft: {
        title: "Tuna loin beku dari nelayan pancing ulur Larantuka",
        summary: "Kami membeli tuna dari nelayan pancing ulur Larantuka, memotongnya menjadi loin, dan membekukannya untuk restoran di Kupang dan Bali.",
        problem: "Tuna segar dijual murah di dermaga karena tidak ada pendingin; mutunya turun sebelum sampai ke pembeli.",
        product: "Tuna loin beku kelas sashimi dan kelas masak, dikemas vakum.",
        targetMarket: "Restoran dan hotel di Kupang, Labuan Bajo, dan Bali.",
        traction: "Pengiriman percobaan ke tiga restoran di Bali; selebihnya dijual ke pedagang di Larantuka.",
        revenueLast12MonthsIdr: jt(260), capitalAskIdr: jt(110),
        useOfFunds: [{ item: "Cold storage", amountIdr: jt(80) }, { item: "Mesin vakum", amountIdr: jt(30) }],
        team: "Petrus Koten (pemilik), dua pemotong ikan, dan lima pekerja lepas.",
      },
      merit: { market: 6, product: 5, finance: 5, funds: 5, team: 5, impact: 5 },
      comments: ["Peluangnya besar, tetapi rantai dingin sampai Bali belum jelas.", "Cold storage mahal; tunjukkan perhitungan listrik dan perawatannya.", "Mulailah dari pembeli di Kupang sebelum mengirim jauh."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b11", username: "ester.pisang",
    profile: profile({
      ownerName: "Ester Manu", businessName: "Keripik Pisang Baumata", nib: "9120302234511", sector: "kuliner", regencyCode: "53.03",
      products: ["Keripik pisang", "Pisang sale"], foundedYear: 2021, employees: 3, annualRevenueIdr: jt(60),
      capitalNeedIdr: jt(30), phone: "+6281234568111",
    }),
    pitch: {
      draft: {
        title: "Keripik pisang Baumata untuk warung dan kantin sekolah",
        summary: "Keripik pisang dan pisang sale dari pisang kepok petani Baumata, dijual ke warung, kantin sekolah, dan toko oleh-oleh.",
        problem: "Pisang petani Baumata sering busuk di kebun karena harganya rendah saat panen raya.",
        product: "Keripik pisang manis dan pedas 100 g, dan pisang sale 200 g.",
        targetMarket: "Warung dan kantin sekolah di Kabupaten Kupang, dan toko oleh-oleh.",
        traction: "Dijual di 30 warung; pendapatan Rp 60 juta dalam 12 bulan.",
        revenueLast12MonthsIdr: jt(60), capitalAskIdr: jt(30),
        useOfFunds: [{ item: "Mesin perajang dan penggorengan", amountIdr: jt(18) }, { item: "Kemasan", amountIdr: jt(12) }],
        team: "Ester Manu (pemilik) dan dua tetangga yang membantu produksi.",
      },
      merit: { market: 5, product: 5, finance: 5, funds: 5, team: 5, impact: 5 },
      comments: ["Bahan bakunya melimpah dan murah. Perjelas beda produk Anda dari keripik lain.", "Kemasan perlu label PIRT sebelum masuk toko oleh-oleh.", "Catat penjualan per warung agar tahu mana yang menguntungkan."],
    },
  },
  {
    sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0b12", username: "aloysius.vco",
    profile: profile({
      ownerName: "Aloysius Making", businessName: "VCO Lembata Lestari", nib: "9120302234512", sector: "agribisnis", regencyCode: "53.08",
      products: ["Minyak kelapa murni (VCO)", "Sabun VCO"], foundedYear: 2020, employees: 4, annualRevenueIdr: jt(72),
      capitalNeedIdr: jt(45), phone: "+6281234568112",
    }),
    pitch: {
      draft: {
        title: "Minyak kelapa murni dari kebun kelapa Lembata",
        summary: "VCO dibuat dengan fermentasi dari kelapa petani Lembata, dijual dalam botol dan sebagai bahan sabun.",
        problem: "Kelapa Lembata dijual sebagai kopra dengan harga rendah.",
        product: "VCO 250 ml dan sabun VCO batangan.",
        targetMarket: "Apotek herbal, toko kosmetik alami, dan pembeli daring.",
        traction: "1.200 botol terjual dalam 12 bulan; izin PIRT sedang diurus.",
        revenueLast12MonthsIdr: jt(72), capitalAskIdr: jt(45),
        useOfFunds: [{ item: "Alat fermentasi dan penyaring", amountIdr: jt(30) }, { item: "Botol dan label", amountIdr: jt(15) }],
        team: "Aloysius Making (pemilik) dan tiga pekerja dari kelompok tani kelapa.",
      },
      merit: { market: 5, product: 5, finance: 4, funds: 5, team: 4, impact: 5 },
      comments: ["Bahan bakunya kuat; izin edar perlu selesai sebelum memperluas pasar.", "Pasar VCO ramai pesaing; tonjolkan asal kelapa Lembata.", "Proyeksi keuangan belum memisahkan VCO dan sabun."],
    },
  },
];

import type { ModuleInput } from "../../shared/api/schemas/module-input.js";

const t = (id: string, en: string) => ({ id, en });
const day = 24 * 3600 * 1000;

/** Fixed ids so the README's walk-through works on every fresh start. */
export const demoModuleIds = {
  quality: "7c3d9a10-1b2e-4f5a-8c6d-000000000001",
  packagingQuiz: "7c3d9a10-1b2e-4f5a-8c6d-000000000002",
  digitalMarketing: "7c3d9a10-1b2e-4f5a-8c6d-000000000003",
  bookkeeping: "7c3d9a10-1b2e-4f5a-8c6d-000000000004",
  kurSession: "7c3d9a10-1b2e-4f5a-8c6d-000000000005",
  exportReadiness: "7c3d9a10-1b2e-4f5a-8c6d-000000000006",
  pitchPreparation: "7c3d9a10-1b2e-4f5a-8c6d-000000000007",
} as const;

/** The right answers of the packaging quiz, for the walk-through (they never reach an applicant's device). */
export const packagingQuizAnswers = { q1: "a", q2: "b", q3: "c" };

export function kupangModules(now: Date): [string, ModuleInput][] {
  const session = new Date(now.getTime() - 4 * day);
  session.setUTCHours(1, 0, 0, 0); // 09:00 WITA
  return [
    [demoModuleIds.quality, {
      kind: "material", required: true, durationMinutes: 60,
      title: t("Mutu produk & produk unggulan lokal", "Product quality & local flagship products"),
      summary: t("Apa yang membuat Se'i, tenun ikat dan kopi NTT layak jual di ritel modern.", "What makes NTT's Se'i, tenun ikat and coffee fit for modern retail."),
      body: t(
        "Mutu yang konsisten dimulai dari bahan baku dan resep yang dicatat. Untuk Se'i: asap kayu kosambi, kadar garam, dan penyimpanan dingin. Untuk tenun ikat: pewarna alam yang tahan luntur dan ukuran kain yang baku. Ritel modern meminta contoh produk, daftar harga, dan kemampuan pasok bulanan.",
        "Consistent quality starts with raw materials and written recipes. For Se'i: kosambi wood smoke, salt content and cold storage. For tenun ikat: colour-fast natural dyes and standard cloth sizes. Modern retailers ask for samples, a price list and a monthly supply capacity.",
      ),
      links: [{ label: t("Standar produk ritel modern (video)", "Modern retail product standards (video)"), url: "https://example.org/lab-wirausaha/mutu-produk" }],
    }],
    [demoModuleIds.packagingQuiz, {
      kind: "quiz", required: true, durationMinutes: 20, passPercent: 67, maxAttempts: 3,
      title: t("Kemasan higienis & label: PIRT, halal, BPOM", "Hygienic packaging & labels: PIRT, halal, BPOM"),
      summary: t("Kuis singkat tentang izin dan label pangan.", "A short quiz on food permits and labels."),
      questions: [
        { prompt: t("Izin apa yang dibutuhkan pangan olahan industri rumah tangga?", "Which permit does home-industry processed food need?"),
          options: [{ text: t("PIRT", "PIRT"), correct: true }, { text: t("SNI", "SNI"), correct: false }, { text: t("NPWP", "NPWP"), correct: false }] },
        { prompt: t("Se'i beku yang dijual ke luar provinsi sebaiknya terdaftar di…", "Frozen Se'i sold outside the province should be registered with…"),
          options: [{ text: t("Dinas Pariwisata", "The tourism office"), correct: false }, { text: t("BPOM (MD)", "BPOM (MD)"), correct: true }, { text: t("Bank NTT", "Bank NTT"), correct: false }] },
        { prompt: t("Yang wajib ada di label pangan kemasan:", "What a packaged food label must show:"),
          options: [{ text: t("Logo toko saja", "Only the shop logo"), correct: false }, { text: t("Nomor HP pemilik", "The owner's phone number"), correct: false }, { text: t("Nama produk, komposisi, berat bersih, tanggal kedaluwarsa", "Product name, ingredients, net weight, expiry date"), correct: true }] },
      ],
    }],
    [demoModuleIds.digitalMarketing, {
      kind: "material", required: true, durationMinutes: 45,
      title: t("Pemasaran digital", "Digital marketing"),
      summary: t("Foto produk dengan ponsel, katalog WhatsApp, dan marketplace.", "Product photos with a phone, WhatsApp catalogue and marketplaces."),
      body: t("Foto di cahaya alami, latar polos, tiga sudut. Isi katalog WhatsApp Business dengan harga dan berat. Balas pesan dalam satu jam.", "Shoot in daylight on a plain background from three angles. Fill the WhatsApp Business catalogue with prices and weights. Reply within an hour."),
      links: [],
    }],
    [demoModuleIds.bookkeeping, {
      kind: "assignment", required: true, durationMinutes: 90, allowText: true, allowFile: true,
      title: t("Pembukuan sederhana: arus kas satu bulan", "Simple bookkeeping: one month of cash flow"),
      summary: t("Catat uang masuk dan keluar selama sebulan.", "Record money in and out for one month."),
      instructions: t("Unggah lembar arus kas (XLSX, ODS, CSV atau PDF, maks. 10 MB) dan tulis dua kalimat tentang bulan itu.", "Upload a cash-flow sheet (XLSX, ODS, CSV or PDF, max 10 MB) and write two sentences about the month."),
    }],
    [demoModuleIds.kurSession, {
      kind: "session", required: true, durationMinutes: 120,
      title: t("Pembiayaan & KUR bersama bank penyalur", "Financing & KUR credit with a lending bank"),
      summary: t("Syarat KUR mikro dan kecil, simulasi angsuran.", "KUR micro and small requirements, instalment simulation."),
      startsAt: session.toISOString(), endsAt: new Date(session.getTime() + 2 * 3600 * 1000).toISOString(),
      timeZone: "Asia/Makassar", place: "Aula KADIN NTT, Jl. El Tari, Kota Kupang", onlineUrl: "https://meet.example.org/kur-kupang",
    }],
    [demoModuleIds.exportReadiness, {
      kind: "material", required: false, durationMinutes: 45,
      title: t("Kesiapan ekspor & kurasi produk", "Export readiness & product curation"),
      summary: t("Apa yang diperiksa kurator bersertifikat BNSP.", "What a BNSP-certified curator checks."),
      body: t("Kurator menilai mutu, kemasan, kapasitas produksi dan legalitas. Siapkan NIB, sertifikat halal/BPOM, dan foto produk.", "Curators assess quality, packaging, production capacity and legal standing. Have your NIB, halal/BPOM certificates and product photos ready."),
      links: [],
    }],
    [demoModuleIds.pitchPreparation, {
      kind: "assignment", required: true, durationMinutes: 60, allowText: true, allowFile: false,
      prerequisites: [demoModuleIds.kurSession],
      title: t("Persiapan pitch", "Pitch preparation"),
      summary: t("Ringkasan usaha dalam lima kalimat.", "Your business in five sentences."),
      instructions: t("Tulis: masalah, produk, pelanggan, kebutuhan modal, dan rencana penggunaan dana.", "Write: the problem, the product, the customers, the capital needed and how it will be used."),
    }],
  ];
}

/** Valid request bodies to start from; tests change one field at a time. */
export function profileInput(overrides: Record<string, unknown> = {}) {
  return {
    ownerName: "Yohanes Lelo",
    businessName: "Se'i Om Yos",
    nib: "9120301234567",
    sector: "kuliner",
    regencyCode: "53.71",
    products: ["Se'i babi", "Se'i sapi"],
    foundedYear: 2016,
    employees: 4,
    annualRevenueIdr: 420_000_000,
    capitalNeedIdr: 75_000_000,
    phone: "0812-3456-7890",
    consent: true,
    ...overrides,
  };
}

export function classInput(overrides: Record<string, unknown> = {}, now = new Date()) {
  const day = 24 * 3600 * 1000;
  return {
    title: { id: "Kelas Wirausaha Kupang", en: "Kupang Entrepreneur Class" },
    description: { id: "Kelas wajib bagi UMKM yang ingin mengakses modal.", en: "The mandatory class for UMKM seeking capital." },
    regencyCode: "53.71",
    capacity: 20,
    enrolmentOpensAt: new Date(now.getTime() - day).toISOString(),
    enrolmentClosesAt: new Date(now.getTime() + 30 * day).toISOString(),
    startsOn: new Date(now.getTime() + 35 * day).toISOString().slice(0, 10),
    ...overrides,
  };
}

const text = (id: string, en: string) => ({ id, en });

export const moduleInputs = {
  material: (overrides: Record<string, unknown> = {}) => ({
    kind: "material",
    title: text("Mutu produk & produk unggulan lokal", "Product quality & local flagship products"),
    summary: text("Se'i dan tenun ikat sebagai produk unggulan.", "Se'i and tenun ikat as flagship products."),
    durationMinutes: 45,
    body: text("Mutu dimulai dari bahan baku…", "Quality starts with the raw material…"),
    links: [{ label: text("Video", "Video"), url: "https://example.org/mutu" }],
    ...overrides,
  }),
  quiz: (overrides: Record<string, unknown> = {}) => ({
    kind: "quiz",
    title: text("Kuis kemasan higienis", "Hygienic packaging quiz"),
    summary: text("PIRT, halal, BPOM.", "PIRT, halal, BPOM."),
    durationMinutes: 15,
    passPercent: 67,
    maxAttempts: 3,
    questions: [
      { prompt: text("Izin untuk pangan industri rumah tangga?", "Permit for home-industry food?"), options: [{ text: text("PIRT", "PIRT"), correct: true }, { text: text("SNI", "SNI"), correct: false }] },
      { prompt: text("Lembaga untuk registrasi pangan olahan?", "Agency registering processed food?"), options: [{ text: text("BPOM", "BPOM"), correct: true }, { text: text("OSS", "OSS"), correct: false }] },
      { prompt: text("NIB terdiri dari berapa digit?", "How many digits has an NIB?"), options: [{ text: text("10", "10"), correct: false }, { text: text("13", "13"), correct: true }] },
    ],
    ...overrides,
  }),
  assignment: (overrides: Record<string, unknown> = {}) => ({
    kind: "assignment",
    title: text("Arus kas sederhana", "A simple cash-flow sheet"),
    summary: text("Catat arus kas satu bulan.", "Record one month of cash flow."),
    durationMinutes: 60,
    instructions: text("Unggah lembar arus kas (XLSX/PDF) dan jelaskan singkat.", "Upload a cash-flow sheet (XLSX/PDF) with a short note."),
    allowText: true,
    allowFile: true,
    ...overrides,
  }),
  session: (overrides: Record<string, unknown> = {}) => ({
    kind: "session",
    title: text("Sesi tatap muka: KUR", "Class meeting: KUR credit"),
    summary: text("Bersama bank penyalur KUR.", "With a KUR bank."),
    durationMinutes: 120,
    startsAt: "2026-01-20T09:00:00+08:00",
    endsAt: "2026-01-20T11:00:00+08:00",
    timeZone: "Asia/Makassar",
    place: "Aula KADIN NTT, Kupang",
    ...overrides,
  }),
};

/** Answers to `moduleInputs.quiz()`: all right, or all wrong. */
export const quizAnswers = { right: { q1: "a", q2: "a", q3: "b" }, wrong: { q1: "b", q2: "b", q3: "a" } };

/** A competition whose submissions are open now; tests move its windows with PATCH as the organiser would. */
export function competitionInput(overrides: Record<string, unknown> = {}, now = new Date()) {
  const day = 24 * 3600 * 1000;
  const at = (days: number) => new Date(now.getTime() + days * day).toISOString();
  const criterion = (criterionId: string, id: string, en: string, weight: number) => ({
    criterionId, name: text(id, en), guidance: text(`Nilai ${id.toLowerCase()}.`, `Score the ${en.toLowerCase()}.`), weight, scale: { min: 1, max: 10 },
  });
  return {
    title: text("Kompetisi Pitch UMKM Kupang", "Kupang UMKM Pitch Competition"),
    submissionOpensAt: at(-1),
    submissionDeadline: at(7),
    judgingOpensAt: at(8),
    judgingClosesAt: at(15),
    judgesPerSubmission: 3,
    blindReview: true,
    rubric: [
      criterion("market", "Potensi pasar", "Market potential", 25),
      criterion("product", "Mutu & pembeda produk", "Product quality and differentiation", 20),
      criterion("finance", "Kesehatan keuangan", "Financial soundness", 20),
      criterion("funds", "Penggunaan dana", "Use of funds", 15),
      criterion("team", "Tim", "Team", 10),
      criterion("impact", "Dampak sosial & daerah", "Social and regional impact", 10),
    ],
    ...overrides,
  };
}

/** A complete pitch (without its deck), written by Yohanes about his se'i stall: nothing in it names him. */
export function pitchInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Se'i kemasan vakum untuk oleh-oleh",
    summary: "Kami mengemas se'i dalam kemasan vakum berlabel PIRT agar tahan dua minggu dan bisa dibawa wisatawan.",
    problem: "Se'i segar hanya tahan dua hari; wisatawan tidak bisa membawanya pulang.",
    product: "Se'i sapi dan babi dalam kemasan vakum 250 g, berlabel halal untuk se'i sapi.",
    targetMarket: "Wisatawan di Bandara El Tari dan toko oleh-oleh di Kota Kupang.",
    traction: "Terjual 1.200 bungkus dalam enam bulan lewat dua toko oleh-oleh.",
    revenueLast12MonthsIdr: 420_000_000,
    capitalAskIdr: 75_000_000,
    useOfFunds: [{ item: "Mesin vakum", amountIdr: 45_000_000 }, { item: "Kemasan dan label", amountIdr: 30_000_000 }],
    team: "Pemilik dan empat karyawan dapur.",
    ...overrides,
  };
}

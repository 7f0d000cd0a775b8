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

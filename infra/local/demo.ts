import type { ProfileInput } from "../../shared/api/schemas/profiles.js";
import { recordAttendance, reviewAssignment } from "../../shared/app/assessment.js";
import { createClass } from "../../shared/app/classes.js";
import { enrol } from "../../shared/app/enrolment.js";
import { createModule } from "../../shared/app/modules.js";
import { inviteInvestor } from "../../shared/app/investors.js";
import { createProfile } from "../../shared/app/profiles.js";
import { attemptQuiz, handInAssignment, markMaterialRead } from "../../shared/app/progress.js";
import { findClass } from "../../shared/data/classes.js";
import { competitionGraduates, demoJudges, seedCompetition } from "./demo-competition.js";
import { demoModuleIds as m, kupangModules, packagingQuizAnswers } from "./demo-modules.js";
import { demoResultsCompetitionId, seedResults } from "./demo-results.js";
import type { LocalUser } from "./issuer.js";

/** Fixed ids, so the printed examples and the README stay valid across restarts. */
export const demoClassIds = {
  kupangCohort: "5a1e0c2b-7d4f-4e8a-9b61-0c3f5d2a1e01",
  exportCuration: "5a1e0c2b-7d4f-4e8a-9b61-0c3f5d2a1e02",
  sumbaNextMonth: "5a1e0c2b-7d4f-4e8a-9b61-0c3f5d2a1e03",
} as const;

export interface DemoUser extends LocalUser {
  label: string;
  /** Shell variable the printed examples use. */
  variable: string;
}

export const demoUsers: DemoUser[] = [
  { label: "Organiser (KADIN NTT)", variable: "ADMIN", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a01", username: "maria.kadin", groups: ["admin"] },
  { label: "Investor (Flobamora Ventures; invited to Cohort 0's finalists)", variable: "INVESTOR", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a03", username: "flobamora.ventures", groups: ["investor"] },
  { label: "Investor (Bank NTT, KUR; invited to Cohort 0's finalists)", variable: "BANK", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a08", username: "bank.ntt", groups: ["investor"] },
  { label: "Applicant Yohanes (Se'i, enrolled, bookkeeping awaiting review)", variable: "YOHANES", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a11", username: "yohanes.sei", groups: ["applicant"] },
  { label: "Applicant Rambu (tenun ikat, class completed, pitch submitted)", variable: "RAMBU", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a12", username: "rambu.tenun", groups: ["applicant"] },
  { label: "Applicant Agustinus (kopi, enrolled, failed the quiz once)", variable: "AGUS", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a13", username: "agus.kopi", groups: ["applicant"] },
  { label: "Applicant Fransiska (new, no profile yet)", variable: "FRANSISKA", sub: "0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a14", username: "fransiska.baru", groups: ["applicant"] },
  { label: "Applicant Theresia (kelor, class completed, pitch left a draft)", variable: "THERESIA", sub: competitionGraduates.theresia.sub, username: competitionGraduates.theresia.username, groups: ["applicant"] },
  ...demoJudges.map(({ label, variable, sub, username, groups }) => ({ label, variable, sub, username, groups })),
];

const sub = (variable: string) => demoUsers.find((user) => user.variable === variable)!.sub;

const profiles: Record<string, ProfileInput> = {
  YOHANES: {
    ownerName: "Yohanes Lelo", businessName: "Se'i Om Yos", nib: "9120301234567", sector: "kuliner", regencyCode: "53.71",
    products: ["Se'i babi", "Se'i sapi", "Sambal lu'at"], foundedYear: 2015, employees: 6, annualRevenueIdr: 480_000_000,
    capitalNeedIdr: 150_000_000, phone: "+6281234567001", email: "omyos@example.id", language: "id", consent: true,
  },
  RAMBU: {
    ownerName: "Rambu Kahi", businessName: "Tenun Ina Kahi", nib: "9120301234568", sector: "fesyen-tenun", regencyCode: "53.02",
    products: ["Kain tenun ikat Sumba", "Selendang"], foundedYear: 2011, employees: 12, annualRevenueIdr: 260_000_000,
    capitalNeedIdr: 90_000_000, phone: "+6281234567002", language: "id", consent: true,
  },
  AGUS: {
    ownerName: "Agustinus Wea", businessName: "Kopi Bajawa Wea", nib: "9120301234569", sector: "agribisnis", regencyCode: "53.12",
    products: ["Kopi arabika Bajawa", "Kopi sangrai"], foundedYear: 2019, employees: 3, annualRevenueIdr: 180_000_000,
    capitalNeedIdr: 60_000_000, phone: "+6281234567003", language: "en", consent: true,
  },
};

const day = 24 * 3600 * 1000;
const at = (now: Date, days: number) => new Date(now.getTime() + days * day).toISOString();

/** The graduates the competition needs beside Rambu: they take the class in full, the plain way. */
const graduates = Object.values(competitionGraduates);

/**
 * Seeds once: a running Kupang class (6 seats, all taken, so a newcomer meets the waitlist at once) with
 * seven modules of all four kinds, its applicants at different stages (four of them graduated), and the
 * class's pitch competition in the middle of judging (demo-competition.ts).
 */
export async function seedDemo(now: Date): Promise<{ seeded: boolean }> {
  if (await findClass(demoClassIds.kupangCohort)) return { seeded: false };

  await createClass({
    title: { id: "Kelas Wirausaha Kupang — Angkatan 1", en: "Kupang Entrepreneur Class — Cohort 1" },
    description: {
      id: "Kelas wajib KADIN NTT bagi UMKM yang ingin mengakses modal: mutu produk, kemasan higienis, pemasaran digital, pembukuan, KUR, dan kesiapan ekspor.",
      en: "KADIN NTT's mandatory class for UMKM seeking capital: product quality, hygienic packaging, digital marketing, bookkeeping, KUR credit and export readiness.",
    },
    regencyCode: "53.71", capacity: 3 + graduates.length, enrolmentOpensAt: at(now, -30), enrolmentClosesAt: at(now, 30),
    startsOn: at(now, -14).slice(0, 10), waitlistEnabled: true,
  }, now, demoClassIds.kupangCohort);
  await createClass({
    title: { id: "Kurasi Produk & Kesiapan Ekspor", en: "Product Curation & Export Readiness" },
    description: {
      id: "Menyiapkan produk unggulan NTT untuk kurator bersertifikat BNSP dan pasar ekspor.",
      en: "Preparing NTT flagship products for BNSP-certified curators and export markets.",
    },
    regencyCode: "53.71", capacity: 25, enrolmentOpensAt: at(now, -2), enrolmentClosesAt: at(now, 45),
    startsOn: at(now, 50).slice(0, 10), waitlistEnabled: true,
  }, now, demoClassIds.exportCuration);
  await createClass({
    title: { id: "Kelas Wirausaha Sumba Timur", en: "East Sumba Entrepreneur Class" },
    description: { id: "Angkatan berikutnya untuk penenun dan UMKM Sumba Timur.", en: "The next cohort for weavers and UMKM in East Sumba." },
    regencyCode: "53.02", capacity: 30, enrolmentOpensAt: at(now, 20), enrolmentClosesAt: at(now, 50),
    startsOn: at(now, 60).slice(0, 10), waitlistEnabled: false,
  }, now, demoClassIds.sumbaNextMonth);

  const cohort = demoClassIds.kupangCohort;
  for (const [moduleId, input] of kupangModules(now)) await createModule(cohort, input, now, moduleId);
  const applicants = [...Object.entries(profiles).map(([variable, profile]) => [sub(variable), profile] as const), ...graduates.map((g) => [g.sub, g.profile] as const)];
  await Promise.all(applicants.map(([applicant, input]) => createProfile(applicant, input, now)));
  // one after the other: every enrolment takes a seat from the same counter
  for (const [applicant] of applicants) await enrol(cohort, applicant, now);

  const admin = sub("ADMIN");
  await Promise.all([threeApplicants(cohort, now), ...graduates.map((g) => graduate(cohort, g.sub, admin, now))]);

  await seedCompetition(cohort, sub("RAMBU"), now);
  // the previous cohort, its competition judged and waiting for its results (demo-results.ts)
  await seedResults(now);
  // Flobamora Ventures and Bank NTT meet last cohort's finalists once the organisers publish them (README, "Investors")
  await inviteInvestor(demoResultsCompetitionId, sub("INVESTOR"), {
    name: "Yanti Lerik", organisation: "Flobamora Ventures", kind: "angel", ticket: { minIdr: 50_000_000, maxIdr: 750_000_000 },
    sectors: ["kuliner", "perikanan", "agribisnis"], regions: [], email: "yanti@flobamora.example.id", language: "id",
  }, now);
  await inviteInvestor(demoResultsCompetitionId, sub("BANK"), {
    name: "Daniel Bessie", organisation: "Bank NTT", kind: "bank_kur", ticket: { minIdr: 10_000_000, maxIdr: 500_000_000 },
    sectors: ["kuliner", "perikanan", "agribisnis", "fesyen-tenun"], regions: [], email: "kur@bankntt.example.id", language: "id",
  }, now);
  return { seeded: true };
}

/** Yohanes, Rambu and Agustinus at different stages; Rambu completes the class. */
async function threeApplicants(cohort: string, now: Date) {
  const [yohanes, rambu, agus, admin] = [sub("YOHANES"), sub("RAMBU"), sub("AGUS"), sub("ADMIN")];
  for (const applicant of [yohanes, rambu, agus]) await markMaterialRead(cohort, m.quality, applicant, now);
  await attemptQuiz(cohort, m.packagingQuiz, agus, { q1: "a", q2: "a", q3: "a" }, now);
  await attemptQuiz(cohort, m.packagingQuiz, yohanes, { ...packagingQuizAnswers, q3: "a" }, now);
  for (const applicant of [yohanes, rambu]) {
    await attemptQuiz(cohort, m.packagingQuiz, applicant, packagingQuizAnswers, now);
    await markMaterialRead(cohort, m.digitalMarketing, applicant, now);
  }
  await handInAssignment(cohort, m.bookkeeping, yohanes, { text: "Oktober: masuk Rp 41.500.000, keluar Rp 33.200.000. Daging babi naik harga di akhir bulan." }, now);
  await handInAssignment(cohort, m.bookkeeping, rambu, { text: "Oktober: masuk Rp 22.000.000 dari 14 kain, benang dan pewarna Rp 6.300.000." }, now);
  await reviewAssignment(cohort, m.bookkeeping, rambu, admin, { outcome: "passed", feedback: "Rapi. Pisahkan uang pribadi dan usaha." }, now);
  await recordAttendance(cohort, m.kurSession, { attended: [rambu], absent: [] }, now);
  await handInAssignment(cohort, m.pitchPreparation, rambu, { text: "Penenun Sumba Timur kehilangan nilai karena menjual lewat tengkulak…" }, now);
  await reviewAssignment(cohort, m.pitchPreparation, rambu, admin, { outcome: "passed" }, now);
}

/** The whole class at the first go, the KUR session attended and every hand-in passed: the certificate follows. */
async function graduate(cohort: string, applicant: string, admin: string, now: Date) {
  await markMaterialRead(cohort, m.quality, applicant, now);
  await attemptQuiz(cohort, m.packagingQuiz, applicant, packagingQuizAnswers, now);
  await markMaterialRead(cohort, m.digitalMarketing, applicant, now);
  await handInAssignment(cohort, m.bookkeeping, applicant, { text: "Arus kas satu bulan: uang masuk dan keluar tercatat per hari." }, now);
  await reviewAssignment(cohort, m.bookkeeping, applicant, admin, { outcome: "passed" }, now);
  await recordAttendance(cohort, m.kurSession, { attended: [applicant], absent: [] }, now);
  await handInAssignment(cohort, m.pitchPreparation, applicant, { text: "Masalah, produk, pelanggan, modal, dan penggunaan dana — dalam lima kalimat." }, now);
  await reviewAssignment(cohort, m.pitchPreparation, applicant, admin, { outcome: "passed" }, now);
}

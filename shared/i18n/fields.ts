import type * as z from "zod/mini";
import { isMessageKey, translate, type Lang, type MessageKey, type MessageParams } from "./messages.js";

/** Request fields as a person would name them, for messages about one field. */
const fieldNames: Record<string, Record<Lang, string>> = {
  ownerName: { id: "Nama pemilik", en: "Owner name" },
  businessName: { id: "Nama usaha", en: "Business name" },
  nib: { id: "NIB", en: "NIB" },
  sector: { id: "Klaster usaha", en: "Business cluster" },
  regencyCode: { id: "Kabupaten/kota", en: "Regency/city" },
  products: { id: "Produk", en: "Products" },
  foundedYear: { id: "Tahun berdiri", en: "Founding year" },
  employees: { id: "Jumlah karyawan", en: "Number of employees" },
  annualRevenueIdr: { id: "Omzet setahun", en: "Annual revenue" },
  capitalNeedIdr: { id: "Kebutuhan modal", en: "Capital needed" },
  phone: { id: "Nomor HP", en: "Mobile number" },
  email: { id: "E-mail", en: "E-mail" },
  language: { id: "Bahasa", en: "Language" },
  kbli: { id: "Kode KBLI", en: "KBLI code" },
  businessCapitalIdr: { id: "Modal usaha (tanpa tanah dan bangunan)", en: "Business capital (excluding land and buildings)" },
  permits: { id: "Izin dan sertifikat", en: "Permits and certificates" },
  nibRisk: { id: "Tingkat risiko NIB", en: "NIB risk level" },
  nonHalal: { id: "Produk tidak halal", en: "Product not halal" },
  pirt: { id: "PIRT", en: "PIRT" },
  bpom: { id: "BPOM", en: "BPOM" },
  halal: { id: "Sertifikat halal", en: "Halal certificate" },
  sni: { id: "SNI", en: "SNI" },
  number: { id: "Nomor", en: "Number" },
  expiresOn: { id: "Berlaku sampai", en: "Valid until" },
  market: { id: "Pasar", en: "Market" },
  reach: { id: "Jangkauan pasar", en: "Market reach" },
  exportCountries: { id: "Negara tujuan ekspor", en: "Export countries" },
  eKatalog: { id: "e-Katalog", en: "e-Katalog" },
  marketplace: { id: "Berjualan di marketplace", en: "Sells on a marketplace" },
  chamberShowcase: { id: "Ikut etalase KADIN", en: "In the chamber's showcase" },
  consent: { id: "Persetujuan penggunaan data", en: "Consent to data use" },
  title: { id: "Judul", en: "Title" },
  description: { id: "Deskripsi", en: "Description" },
  summary: { id: "Ringkasan", en: "Summary" },
  capacity: { id: "Kapasitas", en: "Capacity" },
  enrolmentOpensAt: { id: "Pendaftaran dibuka", en: "Enrolment opens" },
  enrolmentClosesAt: { id: "Pendaftaran ditutup", en: "Enrolment closes" },
  startsOn: { id: "Tanggal mulai", en: "Start date" },
  waitlistEnabled: { id: "Daftar tunggu", en: "Waitlist" },
  kind: { id: "Jenis modul", en: "Module kind" },
  durationMinutes: { id: "Durasi (menit)", en: "Duration (minutes)" },
  required: { id: "Wajib", en: "Required" },
  prerequisites: { id: "Prasyarat", en: "Prerequisites" },
  body: { id: "Isi materi", en: "Material" },
  links: { id: "Tautan", en: "Links" },
  label: { id: "Nama tautan", en: "Link label" },
  url: { id: "Alamat tautan", en: "Link address" },
  questions: { id: "Soal", en: "Questions" },
  prompt: { id: "Pertanyaan", en: "Question" },
  options: { id: "Pilihan jawaban", en: "Answer options" },
  text: { id: "Teks", en: "Text" },
  correct: { id: "Jawaban benar", en: "Correct answer" },
  passPercent: { id: "Nilai lulus (%)", en: "Pass mark (%)" },
  maxAttempts: { id: "Batas percobaan", en: "Attempt limit" },
  instructions: { id: "Petunjuk", en: "Instructions" },
  allowText: { id: "Jawaban teks", en: "Text answers" },
  allowFile: { id: "Unggah berkas", en: "File uploads" },
  startsAt: { id: "Waktu mulai", en: "Start time" },
  endsAt: { id: "Waktu selesai", en: "End time" },
  timeZone: { id: "Zona waktu", en: "Time zone" },
  place: { id: "Tempat", en: "Place" },
  onlineUrl: { id: "Tautan daring", en: "Online link" },
  moduleIds: { id: "Urutan modul", en: "Module order" },
  answers: { id: "Jawaban", en: "Answers" },
  fileKey: { id: "Berkas", en: "File" },
  fileName: { id: "Nama berkas", en: "File name" },
  contentType: { id: "Jenis berkas", en: "File type" },
  size: { id: "Ukuran berkas", en: "File size" },
  outcome: { id: "Hasil penilaian", en: "Review outcome" },
  feedback: { id: "Umpan balik", en: "Feedback" },
  attended: { id: "Hadir", en: "Present" },
  problem: { id: "Masalah yang diselesaikan", en: "Problem" },
  product: { id: "Produk", en: "Product" },
  targetMarket: { id: "Pasar sasaran", en: "Target market" },
  traction: { id: "Capaian sejauh ini", en: "Traction" },
  revenueLast12MonthsIdr: { id: "Omzet 12 bulan terakhir", en: "Revenue over the last 12 months" },
  capitalAskIdr: { id: "Modal yang diminta", en: "Capital asked for" },
  useOfFunds: { id: "Penggunaan dana", en: "Use of funds" },
  item: { id: "Keperluan", en: "Item" },
  amountIdr: { id: "Jumlah (Rp)", en: "Amount (IDR)" },
  team: { id: "Tim", en: "Team" },
  videoUrl: { id: "Tautan video", en: "Video link" },
  pitchDeck: { id: "Pitch deck (PDF)", en: "Pitch deck (PDF)" },
  pitchDeckKey: { id: "Pitch deck (PDF)", en: "Pitch deck (PDF)" },
  submissionOpensAt: { id: "Pengajuan dibuka", en: "Submissions open" },
  submissionDeadline: { id: "Batas pengajuan", en: "Submission deadline" },
  judgingOpensAt: { id: "Penjurian dibuka", en: "Judging opens" },
  judgingClosesAt: { id: "Penjurian ditutup", en: "Judging closes" },
  judgesPerSubmission: { id: "Juri per pitch", en: "Judges per submission" },
  blindReview: { id: "Penilaian buta", en: "Blind review" },
  rubric: { id: "Rubrik", en: "Rubric" },
  criterionId: { id: "Kode kriteria", en: "Criterion id" },
  name: { id: "Nama", en: "Name" },
  guidance: { id: "Panduan", en: "Guidance" },
  weight: { id: "Bobot", en: "Weight" },
  scale: { id: "Skala", en: "Scale" },
  organisation: { id: "Organisasi", en: "Organisation" },
  sectors: { id: "Bidang keahlian", en: "Expertise sectors" },
  maxLoad: { id: "Beban maksimal", en: "Maximum load" },
  ties: { id: "Usaha terkait", en: "Tied businesses" },
  relation: { id: "Hubungan", en: "Relation" },
  note: { id: "Catatan", en: "Note" },
  judgeId: { id: "Juri", en: "Judge" },
  submissionId: { id: "Pitch", en: "Submission" },
  reason: { id: "Alasan", en: "Reason" },
  scores: { id: "Nilai", en: "Scores" },
  comment: { id: "Komentar untuk peserta", en: "Comment for the applicant" },
  privateNote: { id: "Catatan untuk panitia", en: "Note for the organisers" },
  submit: { id: "Kirim", en: "Submit" },
  absent: { id: "Tidak hadir", en: "Absent" },
  limit: { id: "Jumlah per halaman", en: "Page size" },
  cursor: { id: "Penanda halaman", en: "Page cursor" },
  status: { id: "Status", en: "Status" },
  classId: { id: "ID kelas", en: "Class ID" },
  moduleId: { id: "ID modul", en: "Module ID" },
  applicantId: { id: "ID peserta", en: "Applicant ID" },
  certificateId: { id: "Kode sertifikat", en: "Certificate code" },
  exportId: { id: "ID ekspor", en: "Export ID" },
  ranked: { id: "Urutan finalis", en: "Ranked finalists" },
  available: { id: "Waktu luang", en: "Free slots" },
  rooms: { id: "Ruangan", en: "Rooms" },
  slotMinutes: { id: "Lama pertemuan (menit)", en: "Meeting length (minutes)" },
  gapMinutes: { id: "Jeda antarpertemuan (menit)", en: "Gap between meetings (minutes)" },
  slotCount: { id: "Jumlah slot", en: "Number of slots" },
  investorCap: { id: "Maksimal pertemuan per investor", en: "Most meetings per investor" },
  finalistCap: { id: "Maksimal pertemuan per finalis", en: "Most meetings per finalist" },
  finalistFloor: { id: "Minimal pertemuan per finalis", en: "Fewest meetings per finalist" },
  answer: { id: "Jawaban", en: "Answer" },
  certification: { id: "Sertifikat kurator", en: "Curator certificate" },
  scheme: { id: "Jenis sertifikat", en: "Certificate scheme" },
  scope: { id: "Klaster yang dicakup", en: "Clusters covered" },
  validUntil: { id: "Berlaku sampai", en: "Valid until" },
  preferCertifiedCurators: { id: "Utamakan kurator bersertifikat", en: "Prefer certified curators" },
  sizeClass: { id: "Kelas usaha", en: "Size class" },
  certificates: { id: "Izin dan sertifikat", en: "Permits and certificates" },
  channels: { id: "Kanal penjualan", en: "Sales channels" },
  completed: { id: "Kelas selesai", en: "Class completed" },
  curation: { id: "Kesiapan kurasi", en: "Ready for curation" },
  cluster: { id: "Klaster", en: "Cluster" },
  rows: { id: "Isi berkas", en: "File contents" },
};

const versions: Record<"id" | "en", Record<Lang, string>> = {
  id: { id: "versi Bahasa Indonesia", en: "Indonesian version" },
  en: { id: "versi bahasa Inggris", en: "English version" },
};

/** Fields that only make sense with the field they belong to: a permit's number, its expiry date, a certificate's scope. */
const partsOf = new Set(["number", "expiresOn", "scheme", "scope", "validUntil"]);

/** The field an issue is about, named for people: "Judul (versi bahasa Inggris)", "Soal 2 › Pilihan jawaban", "PIRT › Berlaku sampai". */
export function fieldName(path: readonly PropertyKey[], lang: Lang): string {
  const names = path.filter((step): step is string => typeof step === "string");
  const last = names.at(-1);
  if (last === undefined) return lang === "id" ? "Isian" : "The input";
  if ((last === "id" || last === "en") && names.length > 1) return `${fieldName(names.slice(0, -1), lang)} (${versions[last][lang]})`;
  if (partsOf.has(last) && names.length > 1) return `${fieldName(names.slice(0, -1), lang)} › ${fieldNames[last]![lang]}`;
  return fieldNames[last]?.[lang] ?? last;
}

type Issue = z.core.$ZodIssue;

/** Our own message for what zod found, so no library wording reaches a person. */
function ruleOf(issue: Issue): [MessageKey, MessageParams] {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return ["field_required", {}];
      return [({ number: "field_type_number", int: "field_type_number", string: "field_type_string", boolean: "field_type_boolean", array: "field_type_array" } as Record<string, MessageKey>)[issue.expected] ?? "field_type", {}];
    case "too_small":
      if (issue.origin === "string") return ["field_min_length", { minimum: Number(issue.minimum) }];
      if (issue.origin === "array" || issue.origin === "set") return ["field_min_items", { minimum: Number(issue.minimum) }];
      return ["field_minimum", { minimum: Number(issue.minimum) }];
    case "too_big":
      if (issue.origin === "string") return ["field_max_length", { maximum: Number(issue.maximum) }];
      if (issue.origin === "array" || issue.origin === "set") return ["field_max_items", { maximum: Number(issue.maximum) }];
      return ["field_maximum", { maximum: Number(issue.maximum) }];
    case "invalid_format":
      return [({ email: "email_format", url: "url_format", uuid: "id_format", datetime: "datetime_format", date: "date_format" } as Record<string, MessageKey>)[issue.format] ?? "field_format", {}];
    case "invalid_value":
      return ["field_one_of", { options: issue.values.map(String).join(", ") }];
    case "unrecognized_keys":
      return ["field_unknown", { keys: issue.keys.join(", ") }];
    case "not_multiple_of":
      return ["field_type_number", {}];
    default:
      return ["field_invalid", {}];
  }
}

/** A schema issue in the caller's language: the schema's own message key where it names one, ours otherwise. */
export function fieldMessage(issue: Issue, lang: Lang, ruleParams: MessageParams = {}): string {
  const field = fieldName(issue.path, lang);
  // a rule found by a use case names its own message and brings its values (a file's size limit)
  if (isMessageKey(issue.message)) return translate(issue.message, lang, { ...ruleParams, field });
  const [key, params] = ruleOf(issue);
  return translate(key, lang, { field, ...params });
}

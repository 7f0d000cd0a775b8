import type * as z from "zod";
import en from "zod/v4/locales/en.js";
import id from "zod/v4/locales/id.js";

export type Lang = "id" | "en";

/** Every user-facing message, in Bahasa Indonesia first and English. `{name}` is filled from params. */
export const messages = {
  validation_failed: { id: "Data yang dikirim tidak valid.", en: "The submitted data is invalid." },
  malformed_json: { id: "Isi permintaan bukan JSON yang valid.", en: "The request body is not valid JSON." },
  unsupported_media_type: { id: "Kirim data sebagai application/json.", en: "Send the data as application/json." },
  body_too_large: { id: "Isi permintaan terlalu besar (maksimal {limit} byte).", en: "The request body is too large (at most {limit} bytes)." },
  unauthorized: { id: "Silakan masuk terlebih dahulu.", en: "Please sign in first." },
  forbidden: { id: "Anda tidak memiliki akses untuk tindakan ini.", en: "You do not have access to this action." },
  not_found: { id: "Data tidak ditemukan.", en: "Not found." },
  route_not_found: { id: "Alamat ini tidak ada.", en: "This address does not exist." },
  invalid_cursor: { id: "Penanda halaman (cursor) tidak valid.", en: "The page cursor is invalid." },
  service_busy: { id: "Layanan sedang sibuk, coba lagi sebentar lagi.", en: "The service is busy, please try again shortly." },
  internal_error: { id: "Terjadi kesalahan di server kami.", en: "Something went wrong on our side." },

  profile_not_found: { id: "Profil usaha belum dibuat.", en: "The business profile has not been created yet." },
  profile_exists: { id: "Profil usaha sudah ada; ubah dengan PATCH.", en: "The business profile already exists; change it with PATCH." },
  profile_required: { id: "Lengkapi profil usaha sebelum mendaftar kelas.", en: "Complete your business profile before enrolling in a class." },
  class_not_found: { id: "Kelas tidak ditemukan.", en: "Class not found." },
  enrolment_closed: { id: "Pendaftaran kelas ini sedang tidak dibuka.", en: "Enrolment for this class is not open." },
  class_full: { id: "Kursi kelas sudah penuh dan daftar tunggu tidak dibuka.", en: "The class is full and has no waitlist." },
  enrolment_not_found: { id: "Anda tidak terdaftar di kelas ini.", en: "You are not enrolled in this class." },
  capacity_below_enrolled: { id: "Kapasitas tidak boleh kurang dari {enrolled} peserta yang sudah terdaftar.", en: "Capacity cannot be below the {enrolled} applicants already enrolled." },
  invalid_window: { id: "Pendaftaran harus ditutup setelah dibuka.", en: "Enrolment must close after it opens." },

  // field-level messages used by the schemas
  nib_format: { id: "NIB harus 13 digit angka.", en: "NIB must be exactly 13 digits." },
  phone_format: { id: "Nomor HP harus berformat +628… atau 08… (8–11 digit setelah 8).", en: "Mobile number must look like +628… or 08… (8–11 digits after the 8)." },
  consent_required: { id: "Persetujuan penggunaan data wajib dicentang.", en: "Consent to data use is required." },
  regency_unknown: { id: "Kode kabupaten/kota tidak dikenal.", en: "Unknown regency/city code." },
  sector_unknown: { id: "Klaster usaha tidak dikenal.", en: "Unknown business cluster." },
  founded_year_range: { id: "Tahun berdiri harus antara 1900 dan tahun ini.", en: "Founding year must be between 1900 and this year." },
  rupiah_amount: { id: "Jumlah rupiah harus bilangan bulat tidak negatif.", en: "Rupiah amounts must be non-negative whole numbers." },
  datetime_format: { id: "Waktu harus berformat ISO-8601 dengan zona, mis. 2027-01-10T09:00:00+08:00.", en: "Time must be ISO-8601 with a zone, e.g. 2027-01-10T09:00:00+08:00." },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

export function translate(key: MessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** `Accept-Language: en-US,en;q=0.9` → en; anything else (or nothing) → id, the platform's first language. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  const first = acceptLanguage?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "id";
}

/** zod's own messages in the request's language; a schema that names one of our keys overrides them. */
export const zodErrorMaps: Record<Lang, z.core.$ZodErrorMap> = {
  id: id().localeError,
  en: en().localeError,
};

export function fieldMessage(issue: z.core.$ZodIssue, lang: Lang): string {
  return isMessageKey(issue.message) ? translate(issue.message, lang) : issue.message;
}

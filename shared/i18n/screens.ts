import type { Lang } from "./messages.js";

/**
 * Every word of the web app's screens, in Bahasa Indonesia and English. Messages about a refused request
 * come from the API itself (messages.ts, in the caller's language); these are the screens' own words.
 */
export const screens = {
  app_name: { id: "Lab Wirausaha", en: "Lab Wirausaha" },
  language_switch: { id: "English", en: "Bahasa Indonesia" },
  sign_in_title: { id: "Masuk", en: "Sign in" },
  sign_in_demo: { id: "Pilih pengguna demo untuk masuk:", en: "Choose a demo user to sign in:" },
  sign_in_none: { id: "Masuk dengan akun Anda lewat halaman masuk penyelenggara.", en: "Sign in with your account on the organisers' sign-in page." },
  sign_out: { id: "Keluar", en: "Sign out" },
  loading: { id: "Memuat…", en: "Loading…" },
  offline: { id: "Koneksi terputus atau server tidak menjawab. Data Anda tidak hilang.", en: "The connection dropped or the server did not answer. Nothing you typed is lost." },
  retry: { id: "Coba lagi", en: "Try again" },
  role_missing: { id: "Halaman untuk peran ini belum ada di aplikasi web; sementara gunakan API.", en: "This role's pages are not in the web app yet; use the API for now." },
  profile_title: { id: "Profil usaha", en: "Business profile" },
  profile_intro: { id: "Isi profil usaha Anda sekali; kelas dan kompetisi memakainya.", en: "Fill in your business profile once; classes and competitions use it." },
  profile_products_hint: { id: "Pisahkan dengan koma", en: "Separate with commas" },
  profile_consent: { id: "Saya setuju data usaha saya dipakai untuk kelas dan kompetisi ini.", en: "I agree that my business data is used for these classes and competitions." },
  profile_save: { id: "Simpan profil", en: "Save profile" },
  profile_saved_as: { id: "Masuk sebagai", en: "Signed in as" },
  choose: { id: "— pilih —", en: "— choose —" },
  classes_title: { id: "Kelas yang dibuka", en: "Open classes" },
  classes_none: { id: "Belum ada kelas yang dibuka.", en: "No class is open yet." },
  class_starts: { id: "Mulai", en: "Starts" },
  class_seats_left: { id: "Kursi tersisa", en: "Seats left" },
  class_waiting: { id: "Daftar tunggu", en: "Waitlist" },
  class_enrol: { id: "Daftar", en: "Enrol" },
  class_enrolment_closed: { id: "Pendaftaran tutup", en: "Enrolment closed" },
  my_classes_title: { id: "Kelas saya", en: "My classes" },
  my_classes_none: { id: "Anda belum terdaftar di kelas mana pun.", en: "You are not in any class yet." },
  status_enrolled: { id: "Terdaftar: kursi Anda aman", en: "Enrolled: your seat is yours" },
  status_waitlisted: { id: "Daftar tunggu, urutan ke-{position}", en: "Waitlist, place {position}" },
  status_withdrawn: { id: "Mengundurkan diri", en: "Withdrawn" },
} as const satisfies Record<string, Record<Lang, string>>;

export type ScreenKey = keyof typeof screens;

export function screenText(key: ScreenKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return screens[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

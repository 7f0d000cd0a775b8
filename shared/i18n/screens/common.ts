import type { Lang } from "../messages.js";

/** The words every screen shares: the app's name, signing in, loading, a dropped connection. */
export const commonWords = {
  app_name: { id: "Lab Wirausaha", en: "Lab Wirausaha" },
  language_switch: { id: "English", en: "Bahasa Indonesia" },
  sign_in_title: { id: "Masuk", en: "Sign in" },
  sign_in_demo: { id: "Pilih pengguna demo untuk masuk:", en: "Choose a demo user to sign in:" },
  sign_in_account: { id: "Masuk dengan nomor HP atau e-mail Anda. Belum punya akun? Daftar di halaman yang sama.", en: "Sign in with your phone number or e-mail. No account yet? Sign up on the same page." },
  sign_in_button: { id: "Masuk atau daftar", en: "Sign in or sign up" },
  sign_in_none: { id: "Masuk dengan akun Anda lewat halaman masuk penyelenggara.", en: "Sign in with your account on the organisers' sign-in page." },
  sign_out: { id: "Keluar", en: "Sign out" },
  loading: { id: "Memuat…", en: "Loading…" },
  offline: { id: "Koneksi terputus atau server tidak menjawab. Data Anda tidak hilang.", en: "The connection dropped or the server did not answer. Nothing you typed is lost." },
  more: { id: "Muat lebih banyak", en: "Load more" },
  retry: { id: "Coba lagi", en: "Try again" },
  role_missing: { id: "Halaman untuk peran ini belum ada di aplikasi web; sementara gunakan API.", en: "This role's pages are not in the web app yet; use the API for now." },
  choose: { id: "— pilih —", en: "— choose —" },
  back: { id: "Kembali", en: "Back" },
  calendar_download: { id: "Unduh kalender (.ics)", en: "Download the calendar (.ics)" },
} as const satisfies Record<string, Record<Lang, string>>;

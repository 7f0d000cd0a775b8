import type { Lang } from "../messages.js";

/** The investors' screens and the meetings both investor and finalist see. */
export const investingWords = {
  inv_competitions: { id: "Finalis yang bisa Anda temui", en: "Finalists you can meet" },
  inv_competitions_none: { id: "Belum ada finalis yang diumumkan untuk Anda.", en: "No finalists are published for you yet." },
  inv_finalists: { id: "Lima finalis", en: "The five finalists" },
  inv_place: { id: "Tempat {place}", en: "Place {place}" },
  inv_interest: { id: "Saya tertarik", en: "I am interested" },
  inv_note: { id: "Catatan pribadi (hanya untuk Anda)", en: "Private note (only you see it)" },
  inv_save: { id: "Simpan", en: "Save" },
  inv_saved: { id: "Tersimpan.", en: "Saved." },
  inv_meetings: { id: "Pertemuan saya", en: "My meetings" },
  inv_meetings_none: { id: "Belum ada pertemuan yang diusulkan.", en: "No meeting is proposed yet." },
  meeting_status_proposed: { id: "Diusulkan", en: "Proposed" },
  meeting_status_confirmed: { id: "Dikonfirmasi kedua pihak", en: "Confirmed by both" },
  meeting_status_declined: { id: "Ditolak", en: "Declined" },
  meeting_status_cancelled: { id: "Dibatalkan", en: "Cancelled" },
  meeting_accept: { id: "Terima", en: "Accept" },
  meeting_decline: { id: "Tolak", en: "Decline" },
  meeting_you_accepted: { id: "Anda sudah menerima; menunggu pihak lain.", en: "You accepted; waiting for the other side." },
  meeting_contact: { id: "Kontak", en: "Contact" },
} as const satisfies Record<string, Record<Lang, string>>;

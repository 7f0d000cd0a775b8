import { fill, type Lang } from "./messages.js";

/** Every notification a user (applicant or judge) may receive, in both languages. `{name}` is filled from its data. */
export const notifications = {
  enrolled: {
    id: { subject: "Anda mendapat kursi di {classTitle}", body: "Selamat, {ownerName}! Anda terdaftar di {classTitle}. Modul pertama sudah bisa dibuka." },
    en: { subject: "You have a seat in {classTitle}", body: "Congratulations, {ownerName}! You are enrolled in {classTitle}. The first module is open." },
  },
  waitlisted: {
    id: { subject: "Anda di daftar tunggu {classTitle}", body: "{ownerName}, kursi {classTitle} sudah penuh. Anda masuk daftar tunggu dan akan kami kabari begitu mendapat kursi." },
    en: { subject: "You are on the waitlist for {classTitle}", body: "{ownerName}, {classTitle} is full. You are on the waitlist and we will tell you as soon as you have a seat." },
  },
  promoted: {
    id: { subject: "Kursi untuk Anda di {classTitle}", body: "Kabar baik, {ownerName}: ada kursi yang kosong di {classTitle} dan sekarang menjadi milik Anda. Modul pertama sudah bisa dibuka." },
    en: { subject: "A seat for you in {classTitle}", body: "Good news, {ownerName}: a seat freed up in {classTitle} and it is now yours. The first module is open." },
  },
  certificateIssued: {
    id: { subject: "Sertifikat {classTitle} terbit", body: "Selamat, {ownerName}! Anda menyelesaikan {classTitle}. Sertifikat Anda bisa diperiksa siapa saja dengan kode {certificateId}." },
    en: { subject: "Your {classTitle} certificate is issued", body: "Congratulations, {ownerName}! You completed {classTitle}. Anyone can verify your certificate with the code {certificateId}." },
  },
  judgeInvited: {
    id: { subject: "Undangan menjadi juri {competitionTitle}", body: "Yth. {judgeName}, Anda diundang menjadi juri {competitionTitle}. Masuk ke Lab Wirausaha untuk mencatat usaha yang terkait dengan Anda (milik sendiri, keluarga, klien, kepemilikan saham) agar tidak ditugaskan menilai mereka." },
    en: { subject: "Invitation to judge {competitionTitle}", body: "Dear {judgeName}, you are invited to judge {competitionTitle}. Sign in to Lab Wirausaha to declare the businesses you are tied to (your own, family, clients, shareholdings) so that you are never assigned to them." },
  },
  reviewsAssigned: {
    id: { subject: "{count} pitch baru untuk Anda nilai", body: "Yth. {judgeName}, {count} pitch di {competitionTitle} baru ditugaskan kepada Anda. Masuk ke Lab Wirausaha untuk membaca dan menilainya." },
    en: { subject: "New pitches for you to score: {count}", body: "Dear {judgeName}, pitches in {competitionTitle} were just assigned to you: {count}. Sign in to Lab Wirausaha to read and score them." },
  },
  judgingReminder: {
    id: { subject: "Pengingat: {outstanding} penilaian belum dikirim", body: "Yth. {judgeName}, masih ada {outstanding} pitch di {competitionTitle} yang nilainya belum Anda kirim. Penjurian ditutup {judgingClosesAt}." },
    en: { subject: "Reminder: reviews not yet submitted: {outstanding}", body: "Dear {judgeName}, pitches in {competitionTitle} still awaiting your submitted scores: {outstanding}. Judging closes {judgingClosesAt}." },
  },
  resultFinalist: {
    id: { subject: "Selamat! Anda finalis {competitionTitle}", body: "Selamat, {ownerName}! Pitch Anda di {competitionTitle} ada di tempat ke-{place} dan terpilih sebagai salah satu dari lima finalis yang akan tampil di depan investor. Masuk ke Lab Wirausaha untuk membaca komentar juri." },
    en: { subject: "Congratulations! You are a finalist of {competitionTitle}", body: "Congratulations, {ownerName}! Your pitch in {competitionTitle} placed {place} and is one of the five finalists who will pitch to investors. Sign in to Lab Wirausaha to read the judges' comments." },
  },
  resultReserve: {
    id: { subject: "Anda cadangan finalis {competitionTitle}", body: "{ownerName}, pitch Anda di {competitionTitle} ada di tempat ke-{place}: Anda cadangan, dan akan menggantikan finalis yang mengundurkan diri sesuai urutan. Masuk ke Lab Wirausaha untuk membaca komentar juri." },
    en: { subject: "You are a reserve for {competitionTitle}", body: "{ownerName}, your pitch in {competitionTitle} placed {place}: you are a reserve and will replace a finalist who withdraws, in order. Sign in to Lab Wirausaha to read the judges' comments." },
  },
  resultNotSelected: {
    id: { subject: "Hasil {competitionTitle}", body: "{ownerName}, terima kasih sudah mengajukan pitch di {competitionTitle}. Kali ini pitch Anda belum terpilih sebagai finalis. Komentar juri untuk Anda bisa dibaca di Lab Wirausaha." },
    en: { subject: "Results of {competitionTitle}", body: "{ownerName}, thank you for pitching in {competitionTitle}. This time your pitch was not selected as a finalist. The judges' comments for you are in Lab Wirausaha." },
  },
  resultNotRanked: {
    id: { subject: "Hasil {competitionTitle}", body: "{ownerName}, pitch Anda di {competitionTitle} tidak mendapat cukup penilaian juri untuk masuk peringkat. Hubungi penyelenggara bila ada pertanyaan." },
    en: { subject: "Results of {competitionTitle}", body: "{ownerName}, your pitch in {competitionTitle} did not receive enough judges' reviews to be ranked. Contact the organisers with any questions." },
  },
  resultWithdrawn: {
    id: { subject: "Pengunduran diri Anda dari {competitionTitle} tercatat", body: "{ownerName}, penyelenggara mencatat bahwa pitch Anda di {competitionTitle} mengundurkan diri dari kompetisi. Komentar juri untuk Anda tetap bisa dibaca di Lab Wirausaha." },
    en: { subject: "Your withdrawal from {competitionTitle} is recorded", body: "{ownerName}, the organisers recorded that your pitch in {competitionTitle} withdrew from the competition. The judges' comments for you are still in Lab Wirausaha." },
  },
  resultCorrected: {
    id: { subject: "Perbaikan hasil {competitionTitle}", body: "{ownerName}, penyelenggara memperbaiki hasil {competitionTitle}. Hasil Anda sekarang: {outcome}, tempat ke-{place}. Rinciannya ada di Lab Wirausaha." },
    en: { subject: "Corrected results of {competitionTitle}", body: "{ownerName}, the organisers corrected the results of {competitionTitle}. Your result now: {outcome}, place {place}. The details are in Lab Wirausaha." },
  },
  resultCorrectedNoPlace: {
    id: { subject: "Perbaikan hasil {competitionTitle}", body: "{ownerName}, penyelenggara memperbaiki hasil {competitionTitle}. Hasil Anda sekarang: {outcome}. Rinciannya ada di Lab Wirausaha." },
    en: { subject: "Corrected results of {competitionTitle}", body: "{ownerName}, the organisers corrected the results of {competitionTitle}. Your result now: {outcome}. The details are in Lab Wirausaha." },
  },
  pitchSlot: {
    id: { subject: "Jadwal pitch Anda di demo day {competitionTitle}", body: "Yth. {name}, Anda tampil di slot {slot}: {when}, di {place}. Konfirmasi jadwal ini atau minta tukar di Lab Wirausaha." },
    en: { subject: "Your pitch time at demo day of {competitionTitle}", body: "Dear {name}, you pitch in slot {slot}: {when}, at {place}. Confirm this time or ask to swap in Lab Wirausaha." },
  },
  meetingsProposed: {
    id: { subject: "Usulan pertemuan investor di {competitionTitle}", body: "Yth. {name}, ada usulan pertemuan baru untuk Anda:\n{meetings}\nTerima atau tolak setiap usulan di Lab Wirausaha. Kontak dibagikan sesudah kedua pihak menerima." },
    en: { subject: "Investor meeting proposals in {competitionTitle}", body: "Dear {name}, new meetings are proposed to you:\n{meetings}\nAccept or decline each in Lab Wirausaha. Contacts are shared once both sides accept." },
  },
  meetingConfirmed: {
    id: { subject: "Pertemuan dengan {other} dikonfirmasi", body: "Yth. {name}, pertemuan Anda dengan {other} pada {when} di {room} sudah diterima kedua pihak. Kontak: {contact}" },
    en: { subject: "Meeting with {other} confirmed", body: "Dear {name}, your meeting with {other} on {when} at {room} is accepted by both sides. Contact: {contact}" },
  },
  meetingDeclined: {
    id: { subject: "{other} tidak bisa bertemu", body: "Yth. {name}, {other} menolak pertemuan pada {when}. Waktu itu akan diberikan kepada permintaan lain." },
    en: { subject: "{other} cannot meet", body: "Dear {name}, {other} declined the meeting on {when}. That time goes to another request." },
  },
  meetingCancelled: {
    id: { subject: "Pertemuan dengan {other} dibatalkan", body: "Yth. {name}, pertemuan Anda dengan {other} pada {when} tidak bisa berlangsung lagi (jadwal, ruangan, atau waktu luang berubah) dan dibatalkan." },
    en: { subject: "Meeting with {other} cancelled", body: "Dear {name}, your meeting with {other} on {when} can no longer take place (the schedule, the rooms or someone's free time changed) and is cancelled." },
  },
} as const satisfies Record<string, Record<Lang, { subject: string; body: string }>>;

export type NotificationTemplate = keyof typeof notifications;

/** Values for the placeholders; text that differs by language comes as `{ id, en }`. */
export type NotificationData = Record<string, string | number | Record<Lang, string>>;

export function renderNotification(template: NotificationTemplate, lang: Lang, data: NotificationData): { subject: string; body: string } {
  const { subject, body } = notifications[template][lang];
  return { subject: fill(subject, lang, data), body: fill(body, lang, data) };
}

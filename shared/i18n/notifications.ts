import type { Lang } from "./messages.js";

/** Every notification an applicant may receive, in both languages. `{name}` is filled from its data. */
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
} as const satisfies Record<string, Record<Lang, { subject: string; body: string }>>;

export type NotificationTemplate = keyof typeof notifications;

/** Values for the placeholders; text that differs by language comes as `{ id, en }`. */
export type NotificationData = Record<string, string | number | Record<Lang, string>>;

export function renderNotification(template: NotificationTemplate, lang: Lang, data: NotificationData): { subject: string; body: string } {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[lang] : String(value);
  });
  const { subject, body } = notifications[template][lang];
  return { subject: fill(subject), body: fill(body) };
}

import type { Lang } from "./messages.js";

// Numbers as people read them in each language: one place for the API's sentences and the web app's screens.

const locale = (lang: Lang) => (lang === "id" ? "id-ID" : "en-GB");

/** A score with one decimal: 7,4 in Bahasa Indonesia, 7.4 in English. */
export const decimal = (lang: Lang, value: number) => new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** A share as a whole percentage: 42%. */
export const percent = (lang: Lang, value: number) => new Intl.NumberFormat(locale(lang), { style: "percent", maximumFractionDigits: 0 }).format(value);

/** Rupiah, which has no minor unit in practice: Rp 25.000.000 in Bahasa Indonesia, IDR 25,000,000 in English. */
export const rupiah = (lang: Lang, value: number) =>
  lang === "id" ? `Rp ${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(value)}` : `IDR ${new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(value)}`;

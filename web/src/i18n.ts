import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Lang } from "../../shared/i18n/messages.js";
import { rupiah } from "../../shared/i18n/numbers.js";
import { screenText, type ScreenKey } from "../../shared/i18n/screens.js";

export const LangContext = createContext<Lang>("id");

/** The screen's words in the chosen language. */
export function useText() {
  const lang = useContext(LangContext);
  return { lang, t: (key: ScreenKey, params?: Record<string, string | number>) => screenText(key, lang, params), money: (value: number) => rupiah(lang, value) };
}

const locale = (lang: Lang) => (lang === "id" ? "id-ID" : "en-GB");


/** A calendar date for people: 10 Maret 2027. */
export const day = (iso: string, lang: Lang) => new Intl.DateTimeFormat(locale(lang), { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));

import type { Lang } from "../../shared/i18n/messages.js";

// Who is signed in and in which language, kept on the phone so a reload or a dropped connection loses nothing.

export interface Session {
  token: string;
  username: string;
  groups: string[];
}

const SESSION = "lw.session";
const LANG = "lw.lang";

export function loadSession(): Session | undefined {
  try {
    const session = JSON.parse(localStorage.getItem(SESSION) ?? "null") as Session | null;
    return session ?? undefined;
  } catch {
    return undefined;
  }
}

export const saveSession = (session: Session | undefined) =>
  session ? localStorage.setItem(SESSION, JSON.stringify(session)) : localStorage.removeItem(SESSION);

export const loadLang = (): Lang => (localStorage.getItem(LANG) === "en" ? "en" : "id");
export const saveLang = (lang: Lang) => localStorage.setItem(LANG, lang);

/** A form's half-typed values, kept until it is sent. */
export function loadDraft<T>(name: string): Partial<T> {
  try {
    return (JSON.parse(localStorage.getItem(`lw.draft.${name}`) ?? "{}") as Partial<T>) ?? {};
  } catch {
    return {};
  }
}
export const saveDraft = (name: string, values: unknown) => localStorage.setItem(`lw.draft.${name}`, JSON.stringify(values));
export const dropDraft = (name: string) => localStorage.removeItem(`lw.draft.${name}`);

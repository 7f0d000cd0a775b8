import { useState } from "preact/hooks";
import { Unreachable, type ApiError } from "./api.js";
import { loadDraft, saveDraft } from "./session.js";

type Result<T> = { data: T; error?: undefined } | { data?: undefined; error: ApiError; status: number };
export type Problem = ApiError | "unreachable" | undefined;

/** Sends one request for a screen: keeps the API's refusal, or word that the connection dropped. */
export function useAction() {
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const run = async <T,>(call: () => Promise<Result<T>>): Promise<T | undefined> => {
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await call();
      if (result.error) setProblem(result.error);
      return result.data;
    } catch (error) {
      if (error instanceof Unreachable) setProblem("unreachable");
      else throw error;
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  /** The API's message for one body field, if it refused that field (a rule's refusal names no field: its details are not a list). */
  const errorOf = (field: string) => {
    const details = problem && problem !== "unreachable" ? problem.details : undefined;
    const issues = Array.isArray(details) ? (details as { field?: string; message?: string }[]) : [];
    return issues.find((d) => d.field === `body.${field}` || d.field?.startsWith(`body.${field}.`))?.message;
  };
  return { problem, busy, run, errorOf };
}

/** A form's values kept as a draft on the phone, so a reload or a dropped connection loses nothing. */
export function useForm<V extends Record<string, unknown>>(draft: string, initial: V) {
  const [values, setValues] = useState<V>(() => ({ ...initial, ...(loadDraft<V>(draft) as Partial<V>) }));
  const set = <K extends keyof V>(name: K, value: V[K]) => {
    setValues((current) => {
      const next = { ...current, [name]: value };
      saveDraft(draft, next);
      return next;
    });
  };
  const reset = (next: V) => {
    setValues(next);
    saveDraft(draft, next);
  };
  return { values, set, reset, ...useAction() };
}

/**
 * The fields of `after` that differ from `before` (both built by the same function, so their shapes match),
 * for a PATCH that sends only what the organiser changed: a field `after` leaves out is sent as null, which removes it.
 */
export function changesOf(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries([...fields].filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).map((field) => [field, after[field] ?? null]));
}

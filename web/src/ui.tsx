import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { Unreachable, type ApiError } from "./api.js";
import { useAction, type Problem as Failure } from "./form.js";
import { useText } from "./i18n.js";
import { loadedOf } from "./loaded.js";

/** What a screen loads: its data, the API's refusal, or no answer at all (then it offers to try again). */
export type Loaded<T> = { state: "loading" } | { state: "ready"; data: T } | { state: "refused"; error: ApiError; status: number } | { state: "unreachable" };

export function useLoad<T>(load: () => Promise<Loaded<T>>, deps: unknown[]): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const latest = useRef(0);
  const fetchInto = useCallback((refresh: boolean) => {
    const call = ++latest.current;
    // a refresh keeps what is on the screen until the new answer comes (on a slow line nothing blinks
    // away); another object (other deps) starts from "loading"; an answer overtaken by a newer call is dropped
    setLoaded((shown) => (refresh && shown.state === "ready" ? shown : { state: "loading" }));
    const settle = (next: Loaded<T>) => { if (call === latest.current) setLoaded(next); };
    load().then(settle, (error: unknown) => {
      if (error instanceof Unreachable) settle({ state: "unreachable" });
      else throw error;
    });
  }, deps);
  useEffect(() => fetchInto(false), [fetchInto]);
  return [loaded, useCallback(() => fetchInto(true), [fetchInto])];
}

/** The connection dropped: say so, keep what was typed, offer to try again. */
export function Offline({ retry }: { retry: () => void }) {
  const { t } = useText();
  return (
    <div class="problem" role="alert">
      <p>{t("offline")}</p>
      <button type="button" onClick={retry}>{t("retry")}</button>
    </div>
  );
}

export function Refused({ error }: { error: ApiError }) {
  return <p class="problem" role="alert">{error.message}</p>;
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function Loading() {
  const { t } = useText();
  return <p aria-busy="true">{t("loading")}</p>;
}

/** What went wrong with the last thing sent: the API's words, or the dropped connection. */
export function Problem({ problem }: { problem: Failure }) {
  const { t } = useText();
  if (!problem) return null;
  return <p class="problem" role="alert">{problem === "unreachable" ? t("offline") : problem.message}</p>;
}

/** A loaded part of a screen: "loading", the offer to try again, the API's refusal, or the part itself. */
export function Shown<T>({ loaded, retry, children }: { loaded: Loaded<T>; retry: () => void; children: (data: T) => ComponentChildren }) {
  if (loaded.state === "loading") return <Loading />;
  if (loaded.state === "unreachable") return <Offline retry={retry} />;
  if (loaded.state === "refused") return <Refused error={loaded.error} />;
  return <>{children(loaded.data)}</>;
}

type Answer<P> = { data: P; error?: undefined } | { data?: undefined; error: ApiError; status: number };

/**
 * A listing read a page at a time with the API's cursor: the first page as a screen's state, the pages
 * asked for after it, and `more` while there is a next page (its failure is the action's `problem`).
 */
export function usePages<P extends { nextCursor?: string | undefined }>(pageAt: (cursor: string | undefined) => Promise<Answer<P>>, deps: unknown[]) {
  const [first, reload] = useLoad(async () => loadedOf(await pageAt(undefined)), deps);
  const [later, setLater] = useState<P[]>([]);
  const action = useAction();
  // a new first page (another object, or a reload after a change) starts the listing again
  useEffect(() => setLater([]), [first]);
  const pages: Loaded<P[]> = first.state === "ready" ? { state: "ready", data: [first.data, ...later] } : first;
  const cursor = pages.state === "ready" ? pages.data.at(-1)?.nextCursor : undefined;
  const more = cursor
    ? async () => {
      const next = await action.run(() => pageAt(cursor));
      if (next) setLater((shown) => [...shown, next]);
    }
    : undefined;
  return { pages, reload, more, problem: action.problem, busy: action.busy };
}

/** The button that reads the next page, while there is one, and what went wrong reading it. */
export function MorePages({ more, problem, busy }: { more: (() => void) | undefined; problem: Failure; busy: boolean }) {
  const { t } = useText();
  if (!more) return null;
  return (
    <>
      <Problem problem={problem} />
      <button type="button" class="secondary" disabled={busy} onClick={more}>{t("more")}</button>
    </>
  );
}

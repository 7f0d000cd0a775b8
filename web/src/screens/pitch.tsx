import { useState } from "preact/hooks";
import { localTime, zoneOfRegency } from "../../../shared/domain/time.js";
import { fieldName } from "../../../shared/i18n/fields.js";
import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { dropDraft } from "../session.js";
import { Loading, Offline, Problem, Refused, Section, useLoad, type Loaded } from "../ui.js";
import { putFile } from "../upload.js";
import { Field } from "./fields.js";

/** The applicant's own pitch in a competition; "not found" until the first draft is saved. */
export const loadMyPitch = (api: Api, competitionId: string) => answer(api.GET("/competitions/{competitionId}/submissions/me", { params: { path: { competitionId } } }));
export type MyPitch = NonNullable<Awaited<ReturnType<typeof loadMyPitch>>["data"]>;

const longTexts = ["summary", "problem", "product", "targetMarket", "traction", "team"] as const;
const amounts = ["revenueLast12MonthsIdr", "capitalAskIdr"] as const;

type Values = {
  title: string; videoUrl: string;
  useOfFunds: { item: string; amountIdr: string }[];
} & Record<(typeof longTexts)[number] | (typeof amounts)[number], string>;

const digits = (value: string) => value.replace(/\D/g, "");
/** Rupiah as typed, dots and all ("25.000.000"); nothing typed is no amount. */
export const amountOf = (value: string) => (digits(value) === "" ? undefined : Number(digits(value)));

/** A rupiah amount typed as digits, shown back formatted (Rp 25.000.000) so a missing zero shows. */
export function MoneyField({ id, label, value, change, error }: { id: string; label: string; value: string; change: (value: string) => void; error?: string | undefined }) {
  const { money } = useText();
  const amount = amountOf(value);
  return (
    <div>
      <Field id={id} label={label} error={error}><input type="text" inputMode="numeric" value={value} onInput={(e) => change(e.currentTarget.value)} /></Field>
      {amount !== undefined && <p class="muted">{money(amount)}</p>}
    </div>
  );
}

function valuesOf(pitch: MyPitch | undefined): Values {
  const text = (value: string | undefined) => value ?? "";
  const amount = (value: number | undefined) => (value === undefined ? "" : String(value));
  return {
    title: text(pitch?.title), videoUrl: text(pitch?.videoUrl),
    ...Object.fromEntries(longTexts.map((name) => [name, text(pitch?.[name])])) as Record<(typeof longTexts)[number], string>,
    ...Object.fromEntries(amounts.map((name) => [name, amount(pitch?.[name])])) as Record<(typeof amounts)[number], string>,
    useOfFunds: pitch?.useOfFunds?.map((f) => ({ item: f.item, amountIdr: String(f.amountIdr) })) ?? [{ item: "", amountIdr: "" }],
  };
}

/** The draft as the API takes it, whole: an empty field is left out, so it is not in the draft. */
function bodyOf(values: Values, pitchDeckKey: string | undefined) {
  const texts = Object.fromEntries((["title", "videoUrl", ...longTexts] as const).map((name) => [name, values[name].trim()]).filter(([, value]) => value !== ""));
  const money = Object.fromEntries(amounts.map((name) => [name, amountOf(values[name])]).filter(([, value]) => value !== undefined));
  const funds = values.useOfFunds.filter((f) => f.item.trim() !== "" || digits(f.amountIdr) !== "").map((f) => ({ item: f.item.trim(), amountIdr: amountOf(f.amountIdr) ?? 0 }));
  return { ...texts, ...money, ...(funds.length ? { useOfFunds: funds } : {}), ...(pitchDeckKey ? { pitchDeckKey } : {}) };
}

/**
 * The applicant's pitch, before the results: written and saved as a draft (on the phone as typed, and in
 * the API), the deck uploaded, and submitted before the deadline, which is shown in the event's zone. An
 * applicant who may not pitch reads the API's reason; once the deadline passes the pitch is only shown.
 */
export function PitchPart({ api, competitionId, pitch, retry }: { api: Api; competitionId: string; pitch: Loaded<MyPitch>; retry: () => void }) {
  const { t, lang } = useText();
  const deadline = useDeadline(api, competitionId);
  const fresh = pitch.state === "refused" && pitch.error.code === "pitch_not_found";
  return (
    <Section title={t("pitch_title")}>
      {deadline && <p>{t("pitch_deadline", { when: deadline[lang] })}</p>}
      {pitch.state === "loading" && <Loading />}
      {pitch.state === "unreachable" && <Offline retry={retry} />}
      {pitch.state === "refused" && !fresh && <Refused error={pitch.error} />}
      {fresh && <PitchForm api={api} competitionId={competitionId} />}
      {pitch.state === "ready" && (pitch.data.editable ? <PitchForm api={api} competitionId={competitionId} initial={pitch.data} /> : <PitchShown pitch={pitch.data} />)}
    </Section>
  );
}

/** The deadline as people at the event read it: the zone of the class's regency, as the API's own messages use. */
function useDeadline(api: Api, competitionId: string) {
  const [deadline] = useLoad(async () => {
    const competition = await answer(api.GET("/competitions/{competitionId}", { params: { path: { competitionId } } }));
    if (competition.error) return loadedOf(competition);
    const cls = await answer(api.GET("/classes/{classId}", { params: { path: { classId: competition.data.classId } } }));
    return cls.error ? loadedOf(cls) : loadedOf({ data: localTime(competition.data.submissionDeadline, zoneOfRegency(cls.data.regencyCode)) });
  }, [api, competitionId]);
  return deadline.state === "ready" ? deadline.data : undefined;
}

function PitchShown({ pitch }: { pitch: MyPitch }) {
  const { t } = useText();
  return (
    <>
      <p><strong>{pitch.title}</strong></p>
      <p>{t(`pitch_closed_${pitch.status}`)}</p>
      {pitch.pitchDeck && <p><a href={pitch.pitchDeck.downloadUrl} rel="noopener noreferrer" target="_blank">{t("pitch_deck_open")}</a></p>}
    </>
  );
}

/** The form keeps the pitch each answer brings back (what it lacks, the deck), so nothing on it blinks away while saving. */
function PitchForm({ api, competitionId, initial }: { api: Api; competitionId: string; initial?: MyPitch }) {
  const { t, lang, money } = useText();
  const draft = `pitch.${competitionId}`;
  const [pitch, setPitch] = useState(initial);
  const form = useForm(draft, valuesOf(initial));
  const { values, set, errorOf } = form;
  const [deck, setDeck] = useState<File | undefined>();
  // a new key empties the file input once its file is uploaded
  const [deckInput, setDeckInput] = useState(0);
  const [outcome, setOutcome] = useState<"saved" | "submitted" | undefined>();
  const path = { params: { path: { competitionId } } };

  const save = async (): Promise<MyPitch | undefined> => {
    setOutcome(undefined);
    let pitchDeckKey = pitch?.pitchDeckKey;
    if (deck) {
      const ticket = await form.run(() => answer(api.POST("/competitions/{competitionId}/submissions/me/uploads", { ...path, body: { contentType: deck.type || "application/octet-stream", size: deck.size } })));
      if (!ticket || !(await form.run(() => putFile(ticket, deck)))) return undefined;
      pitchDeckKey = ticket.fileKey;
    }
    const saved = await form.run(() => answer(api.PUT("/competitions/{competitionId}/submissions/me", { ...path, body: bodyOf(values, pitchDeckKey) })));
    if (saved) {
      setPitch(saved);
      dropDraft(draft);
      setDeck(undefined);
      setDeckInput((n) => n + 1);
    }
    return saved;
  };
  const saveDraft = async () => {
    if (await save()) setOutcome("saved");
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!(await save())) return;
    const submitted = await form.run(() => answer(api.POST("/competitions/{competitionId}/submissions/me/submit", path)));
    if (submitted) {
      setPitch(submitted);
      setOutcome("submitted");
    }
  };

  const text = (name: "title" | "videoUrl" | (typeof longTexts)[number], rows?: number) => (
    <Field key={name} id={`pitch-${name}`} label={fieldName([name], lang)} error={errorOf(name)}>
      {rows
        ? <textarea rows={rows} value={values[name]} onInput={(e) => set(name, e.currentTarget.value)} />
        : <input type={name === "videoUrl" ? "url" : "text"} value={values[name]} onInput={(e) => set(name, e.currentTarget.value)} />}
    </Field>
  );
  const funds = values.useOfFunds;
  const setFund = (i: number, change: Partial<Values["useOfFunds"][number]>) => set("useOfFunds", funds.map((f, j) => (j === i ? { ...f, ...change } : f)));
  const fundsTotal = funds.reduce((sum, f) => sum + (amountOf(f.amountIdr) ?? 0), 0);
  const deckError = errorOf("pitchDeck") ?? errorOf("pitchDeckKey") ?? errorOf("contentType") ?? errorOf("size");

  return (
    <form onSubmit={submit} noValidate>
      <p>{pitch ? t(`pitch_status_${pitch.status}`) : t("pitch_new")}</p>
      {pitch && pitch.missingToSubmit.length > 0 && (
        <p class="muted">{t("pitch_missing", { fields: pitch.missingToSubmit.map((name) => fieldName([name], lang)).join(", ") })}</p>
      )}
      {text("title")}
      {text("summary", 3)}
      {text("problem", 4)}
      {text("product", 4)}
      {text("targetMarket", 3)}
      {text("traction", 3)}
      {amounts.map((name) => <MoneyField key={name} id={`pitch-${name}`} label={fieldName([name], lang)} value={values[name]} change={(value) => set(name, value)} error={errorOf(name)} />)}
      <fieldset>
        <legend>{fieldName(["useOfFunds"], lang)}</legend>
        {funds.map((f, i) => (
          <div key={i} class="card">
            <Field id={`pitch-fund-${i}`} label={t("pitch_fund_item", { n: i + 1 })}><input type="text" value={f.item} onInput={(e) => setFund(i, { item: e.currentTarget.value })} /></Field>
            <MoneyField id={`pitch-fund-amount-${i}`} label={t("pitch_fund_amount", { n: i + 1 })} value={f.amountIdr} change={(amountIdr) => setFund(i, { amountIdr })} />
            {funds.length > 1 && <button type="button" class="secondary" onClick={() => set("useOfFunds", funds.filter((_, j) => j !== i))}>{t("pitch_fund_remove", { n: i + 1 })}</button>}
          </div>
        ))}
        <p>{t("pitch_fund_total", { total: money(fundsTotal), ask: money(amountOf(values.capitalAskIdr) ?? 0) })}</p>
        {errorOf("useOfFunds") && <p class="field-error">{errorOf("useOfFunds")}</p>}
        {funds.length < 20 && <button type="button" class="secondary" onClick={() => set("useOfFunds", [...funds, { item: "", amountIdr: "" }])}>{t("pitch_fund_add")}</button>}
      </fieldset>
      {text("team", 3)}
      {text("videoUrl")}
      {pitch?.pitchDeck && <p><a href={pitch.pitchDeck.downloadUrl} rel="noopener noreferrer" target="_blank">{t("pitch_deck_open")}</a></p>}
      <Field id="pitch-deck" label={pitch?.pitchDeck ? t("pitch_deck_replace") : t("pitch_deck")} error={deckError}>
        <input key={deckInput} type="file" accept="application/pdf,.pdf" onChange={(e) => setDeck(e.currentTarget.files?.[0])} />
      </Field>
      <Problem problem={form.problem} />
      {outcome && <p class="done" role="status">{t(outcome === "saved" ? "pitch_saved" : "pitch_submitted")}</p>}
      <div class="actions">
        <button type="button" class="secondary" disabled={form.busy} onClick={() => void saveDraft()}>{t("pitch_save")}</button>
        <button type="submit" disabled={form.busy}>{t("pitch_submit")}</button>
      </div>
    </form>
  );
}

import { tieRelations } from "../../../shared/domain/competitions.js";
import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { dropDraft } from "../session.js";
import { Problem, Section, Shown, useLoad } from "../ui.js";
import { Field } from "./fields.js";

/** The judge's home: the competitions they were invited to. */
export function JudgeHome({ api }: { api: Api }) {
  const { t, lang } = useText();
  const [mine, reload] = useLoad(async () => loadedOf(await answer(api.GET("/judging/competitions"))), [api]);
  return (
    <Section title={t("judge_competitions")}>
      <Shown loaded={mine} retry={reload}>{(data) => (data.items.length === 0 ? <p>{t("judge_competitions_none")}</p> : (
        <ul class="cards">
          {data.items.map((c) => (
            <li key={c.competitionId} class="card">
              {c.status === "invited"
                ? <a href={hrefOf({ page: "judging", competitionId: c.competitionId })}><strong>{c.title[lang]}</strong></a>
                : <span><strong>{c.title[lang]}</strong> · {t("judge_withdrawn")}</span>}
            </li>
          ))}
        </ul>
      ))}</Shown>
    </Section>
  );
}

/** One competition: the pitches assigned to the judge, how far each review is, and the businesses the judge is tied to. */
export function JudgeCompetition({ api, competitionId }: { api: Api; competitionId: string }) {
  const { t, lang } = useText();
  const [judging, reload] = useLoad(async () => loadedOf(await answer(api.GET("/judging/competitions/{competitionId}", { params: { path: { competitionId } } }))), [api, competitionId]);
  return (
    <>
      <p><a href={hrefOf({ page: "home" })}>← {t("back")}</a></p>
      <Shown loaded={judging} retry={reload}>{(data) => (
        <Section title={data.competition.title[lang]}>
          <h3>{t("judge_assignments")}</h3>
          {data.assignments.length === 0 ? <p>{t("judge_assignments_none")}</p> : (
            <ul class="cards">
              {data.assignments.map((a) => (
                <li key={a.submissionId} class="card">
                  <a href={hrefOf({ page: "review", competitionId, submissionId: a.submissionId })}><strong>{a.title ?? a.submissionId.slice(0, 8)}</strong></a>
                  <span>{t(`review_status_${a.status}`)}{a.total === undefined ? "" : ` · ${a.total.toFixed(1)}`}</span>
                </li>
              ))}
            </ul>
          )}
          <Ties api={api} competitionId={competitionId} ties={data.ties} changed={reload} />
        </Section>
      )}</Shown>
    </>
  );
}

type Tie = { relation: (typeof tieRelations)[number]; nib?: string | undefined; phone?: string | undefined; note?: string | undefined };

/**
 * The businesses the judge is tied to, by NIB or phone: the judge is never assigned to them (and loses such
 * an assignment at once). The API takes the list whole, so adding or removing one sends them all.
 */
function Ties({ api, competitionId, ties, changed }: { api: Api; competitionId: string; ties: Tie[]; changed: () => void }) {
  const { t } = useText();
  const draft = `ties.${competitionId}`;
  const empty = { relation: "own" as Tie["relation"], nib: "", phone: "", note: "" };
  const form = useForm(draft, empty);
  const { values, set, errorOf } = form;
  const send = async (next: Tie[]) => Boolean(await form.run(() => answer(api.PUT("/judging/competitions/{competitionId}/ties", { params: { path: { competitionId } }, body: { ties: next } }))));
  const add = async (event: Event) => {
    event.preventDefault();
    const tie = { relation: values.relation, ...Object.fromEntries((["nib", "phone", "note"] as const).map((name) => [name, values[name].trim()]).filter(([, value]) => value !== "")) };
    if (await send([...ties, tie])) {
      form.reset(empty);
      dropDraft(draft);
      changed();
    }
  };
  const remove = async (index: number) => {
    if (await send(ties.filter((_, i) => i !== index))) changed();
  };
  // the new tie is the last of the list sent, so the API names its fields by that index
  const at = `ties.${ties.length}`;
  const nibError = errorOf(`${at}.nib`);
  const phoneError = errorOf(`${at}.phone`);
  return (
    <>
      <h3>{t("judge_ties")}</h3>
      <p class="muted">{t("judge_ties_intro")}</p>
      {ties.length === 0 ? <p>{t("judge_ties_none")}</p> : (
        <ul class="cards">
          {ties.map((tie, i) => (
            <li key={`${tie.nib ?? ""}${tie.phone ?? ""}${i}`} class="card">
              <strong>{t(`judge_tie_${tie.relation}`)}</strong>
              <span>{[tie.nib && `NIB ${tie.nib}`, tie.phone].filter(Boolean).join(" · ")}</span>
              {tie.note && <span class="muted">{tie.note}</span>}
              <button type="button" class="secondary" disabled={form.busy} onClick={() => void remove(i)}>{t("judge_tie_remove")}</button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <Field id="tie-relation" label={t("judge_tie_relation")} error={errorOf(`${at}.relation`)}>
          <select value={values.relation} onChange={(e) => set("relation", e.currentTarget.value as Tie["relation"])}>
            {tieRelations.map((relation) => <option key={relation} value={relation}>{t(`judge_tie_${relation}`)}</option>)}
          </select>
        </Field>
        <Field id="tie-nib" label={t("judge_tie_nib")} error={nibError}><input type="text" inputMode="numeric" value={values.nib} onInput={(e) => set("nib", e.currentTarget.value)} /></Field>
        <Field id="tie-phone" label={t("judge_tie_phone")} error={phoneError}><input type="tel" value={values.phone} onInput={(e) => set("phone", e.currentTarget.value)} /></Field>
        <Field id="tie-note" label={t("judge_tie_note")} error={errorOf(`${at}.note`)}><input type="text" value={values.note} onInput={(e) => set("note", e.currentTarget.value)} /></Field>
        {/* a tie with neither NIB nor phone is refused as a whole, not on one field */}
        {!nibError && !phoneError && errorOf(at) && <p class="field-error">{errorOf(at)}</p>}
        <Problem problem={form.problem} />
        <button type="submit" disabled={form.busy}>{t("judge_tie_add")}</button>
      </form>
    </>
  );
}

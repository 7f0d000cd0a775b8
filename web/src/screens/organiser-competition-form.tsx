import { zoneNames, type IndonesianZone } from "../../../shared/domain/time.js";
import { changesOf, type useForm } from "../form.js";
import { useText } from "../i18n.js";
import { utcOf, wallClockOf } from "../zoned.js";
import { Field } from "./fields.js";

// What the organisers' competition screens share: the competition's own
// fields (titles, windows, judges, the weighted rubric) as the new-competition and the edit form show them.

export interface CriterionRow { criterionId: string; nameId: string; nameEn: string; guidanceId: string; guidanceEn: string; weight: string; min: string; max: string }

const blankCriterion = (): CriterionRow => ({ criterionId: "", nameId: "", nameEn: "", guidanceId: "", guidanceEn: "", weight: "", min: "1", max: "10" });

export const blankCompetition = {
  titleId: "", titleEn: "", submissionOpensAt: "", submissionDeadline: "", judgingOpensAt: "", judgingClosesAt: "",
  judgesPerSubmission: "3", blindReview: true, rubric: [blankCriterion()],
};
export type CompetitionValues = typeof blankCompetition;

const windows = ["submissionOpensAt", "submissionDeadline", "judgingOpensAt", "judgingClosesAt"] as const;

interface CompetitionRead {
  title: { id: string; en: string };
  submissionOpensAt: string; submissionDeadline: string; judgingOpensAt: string; judgingClosesAt: string;
  judgesPerSubmission: number; blindReview: boolean;
  rubric: { criterionId: string; name: { id: string; en: string }; guidance: { id: string; en: string }; weight: number; scale: { min: number; max: number } }[];
}

/** A competition as the form shows it, its times in the event's zone. */
export function valuesOf(competition: CompetitionRead, zone: IndonesianZone): CompetitionValues {
  return {
    titleId: competition.title.id, titleEn: competition.title.en,
    ...Object.fromEntries(windows.map((w) => [w, wallClockOf(competition[w], zone)])) as Record<(typeof windows)[number], string>,
    judgesPerSubmission: String(competition.judgesPerSubmission), blindReview: competition.blindReview,
    rubric: competition.rubric.map((c) => ({
      criterionId: c.criterionId, nameId: c.name.id, nameEn: c.name.en, guidanceId: c.guidance.id, guidanceEn: c.guidance.en,
      weight: String(c.weight), min: String(c.scale.min), max: String(c.scale.max),
    })),
  };
}

/** A new criterion's id (scores are keyed by it): its English name as a slug, unique within the rubric. */
function criterionIdOf(row: CriterionRow, i: number, taken: Set<string>): string {
  const slug = row.nameEn.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^[^a-z]+/, "").slice(0, 30).replace(/-+$/, "");
  const id = !slug ? `criterion-${i + 1}` : taken.has(slug) ? `${slug}-${i + 1}` : slug;
  taken.add(id);
  return id;
}

/** The form as the API's competition; a criterion read from the API keeps its id. */
export function bodyOf(v: CompetitionValues, zone: IndonesianZone) {
  const taken = new Set(v.rubric.map((row) => row.criterionId).filter(Boolean));
  return {
    title: { id: v.titleId, en: v.titleEn },
    ...Object.fromEntries(windows.map((w) => [w, utcOf(v[w], zone)])) as Record<(typeof windows)[number], string>,
    judgesPerSubmission: Number(v.judgesPerSubmission), blindReview: v.blindReview,
    rubric: v.rubric.map((row, i) => ({
      criterionId: row.criterionId || criterionIdOf(row, i, taken),
      name: { id: row.nameId, en: row.nameEn }, guidance: { id: row.guidanceId, en: row.guidanceEn },
      weight: Number(row.weight), scale: { min: Number(row.min), max: Number(row.max) },
    })),
  };
}

/** Only what the organiser changed, so a frozen rubric left alone does not stop a new title. */
export const competitionChanges = (v: CompetitionValues, competition: CompetitionRead, zone: IndonesianZone) =>
  changesOf(bodyOf(valuesOf(competition, zone), zone), bodyOf(v, zone));

type CompetitionForm = ReturnType<typeof useForm<CompetitionValues>>;

/** The competition's fields inside a form: titles, windows in the event's zone, judges, blind review and the rubric. */
export function CompetitionFields({ form, zone, prefix }: { form: CompetitionForm; zone: IndonesianZone; prefix: string }) {
  const { t } = useText();
  const { values: v, set, errorOf } = form;
  const zoneName = zoneNames[zone];
  const setRow = (i: number, row: CriterionRow) => set("rubric", v.rubric.map((r, j) => (j === i ? row : r)));
  const weights = v.rubric.reduce((sum, row) => sum + (Number(row.weight) || 0), 0);
  const rowField = (i: number, key: keyof CriterionRow, label: string, error: string, numeric = false) => (
    <Field id={`${prefix}-c${i}-${key}`} label={label} error={errorOf(`rubric.${i}.${error}`)}>
      <input {...(numeric ? { inputMode: "decimal" } : {})} value={v.rubric[i]![key]} onInput={(e) => setRow(i, { ...v.rubric[i]!, [key]: e.currentTarget.value })} />
    </Field>
  );
  return (
    <>
      <Field id={`${prefix}-title-id`} label={t("comp_title_id")} error={errorOf("title.id")}><input value={v.titleId} onInput={(e) => set("titleId", e.currentTarget.value)} /></Field>
      <Field id={`${prefix}-title-en`} label={t("comp_title_en")} error={errorOf("title.en")}><input value={v.titleEn} onInput={(e) => set("titleEn", e.currentTarget.value)} /></Field>
      {windows.map((w) => (
        <Field key={w} id={`${prefix}-${w}`} label={t(`comp_${w}`, { zone: zoneName })} error={errorOf(w)}>
          <input type="datetime-local" value={v[w]} onInput={(e) => set(w, e.currentTarget.value)} />
        </Field>
      ))}
      <Field id={`${prefix}-judges`} label={t("comp_judges_per_submission")} error={errorOf("judgesPerSubmission")}>
        <input inputMode="numeric" value={v.judgesPerSubmission} onInput={(e) => set("judgesPerSubmission", e.currentTarget.value)} />
      </Field>
      <div class="field check">
        <input id={`${prefix}-blind`} type="checkbox" checked={v.blindReview} onChange={(e) => set("blindReview", e.currentTarget.checked)} />
        <label for={`${prefix}-blind`}>{t("comp_blind_review")}</label>
      </div>
      <h3>{t("comp_rubric")}</h3>
      {errorOf("rubric") && !v.rubric.some((_, i) => errorOf(`rubric.${i}`)) && <p class="field-error">{errorOf("rubric")}</p>}
      {v.rubric.map((row, i) => (
        <fieldset key={i}>
          <legend>{t("comp_criterion", { n: i + 1 })}</legend>
          {rowField(i, "nameId", t("comp_criterion_name_id"), "name.id")}
          {rowField(i, "nameEn", t("comp_criterion_name_en"), "name.en")}
          {rowField(i, "guidanceId", t("comp_criterion_guidance_id"), "guidance.id")}
          {rowField(i, "guidanceEn", t("comp_criterion_guidance_en"), "guidance.en")}
          {rowField(i, "weight", t("comp_criterion_weight"), "weight", true)}
          <div class="comp-scale">
            {rowField(i, "min", t("comp_criterion_min"), "scale.min", true)}
            {rowField(i, "max", t("comp_criterion_max"), "scale.max", true)}
          </div>
          {errorOf(`rubric.${i}.criterionId`) && <p class="field-error">{errorOf(`rubric.${i}.criterionId`)}</p>}
          {v.rubric.length > 1 && (
            <button type="button" class="secondary" onClick={() => set("rubric", v.rubric.filter((_, j) => j !== i))}>{t("comp_criterion_remove", { n: i + 1 })}</button>
          )}
        </fieldset>
      ))}
      <p aria-live="polite">{t("comp_weights_sum", { sum: weights })}</p>
      <button type="button" class="secondary" onClick={() => set("rubric", [...v.rubric, blankCriterion()])}>{t("comp_criterion_add")}</button>
    </>
  );
}

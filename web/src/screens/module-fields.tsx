import { zoneNames, type IndonesianZone } from "../../../shared/domain/time.js";
import type { operations } from "../api-types.js";
import { changesOf, type useForm } from "../form.js";
import { isZone, utcOf, wallClockOf, zones } from "../zoned.js";
import { useText } from "../i18n.js";
import { Field } from "./fields.js";

// A module's fields as organisers type them, for all four kinds: the same for a new module (module-editor)
// and a change to one (organiser-module).

export type Module = operations["listModules"]["responses"]["2XX"]["content"]["application/json"]["items"][number];
export type Kind = Module["kind"];
export const kinds = ["material", "quiz", "assignment", "session"] as const satisfies readonly Kind[];
interface Question { promptId: string; promptEn: string; options: { id: string; en: string }[]; correct: number }

const blankQuestion = (): Question => ({ promptId: "", promptEn: "", options: [{ id: "", en: "" }, { id: "", en: "" }, { id: "", en: "" }], correct: 0 });

/** A new module's form; a session starts in `zone` unless the organiser picks another. */
export const blankModule = (zone: IndonesianZone) => ({
  kind: "material" as Kind, titleId: "", titleEn: "", summaryId: "", summaryEn: "", minutes: "30", required: true,
  /** Off: the module needs the one before it (the API's default); on: exactly the ticked `prerequisites`. */
  ownPrerequisites: false, prerequisites: [] as string[],
  bodyId: "", bodyEn: "", instructionsId: "", instructionsEn: "", allowText: true, allowFile: true,
  questions: [blankQuestion()], passPercent: "70", maxAttempts: "3",
  startsAt: "", endsAt: "", timeZone: zone as string, place: "", onlineUrl: "",
});
export type ModuleValues = ReturnType<typeof blankModule>;

/** The form of a stored module; a session's times as the wall clock of its zone. */
export function moduleValuesOf(m: Module): ModuleValues {
  const common = {
    ...blankModule(m.kind === "session" && isZone(m.timeZone) ? m.timeZone : "Asia/Makassar"),
    kind: m.kind, titleId: m.title.id, titleEn: m.title.en, summaryId: m.summary.id, summaryEn: m.summary.en, minutes: String(m.durationMinutes), required: m.required,
    ownPrerequisites: m.prerequisites !== undefined, prerequisites: m.prerequisites ?? m.effectivePrerequisites,
  };
  switch (m.kind) {
    case "material": return { ...common, bodyId: m.body.id, bodyEn: m.body.en };
    case "assignment": return { ...common, instructionsId: m.instructions.id, instructionsEn: m.instructions.en, allowText: m.allowText, allowFile: m.allowFile };
    case "quiz": return {
      ...common, passPercent: String(m.passPercent), maxAttempts: String(m.maxAttempts),
      questions: m.questions.map((q) => ({ promptId: q.prompt.id, promptEn: q.prompt.en, options: q.options.map((o) => ({ ...o.text })), correct: q.options.findIndex((o) => o.optionId === q.correctOptionId) })),
    };
    case "session": {
      const zone = common.timeZone as IndonesianZone;
      return { ...common, startsAt: wallClockOf(m.startsAt, zone), endsAt: wallClockOf(m.endsAt, zone), place: m.place ?? "", onlineUrl: m.onlineUrl ?? "" };
    }
  }
}

/** What the API takes for a new module of the form's kind; a field left empty is left out. */
export function moduleBodyOf(v: ModuleValues) {
  const common = {
    title: { id: v.titleId, en: v.titleEn }, summary: { id: v.summaryId, en: v.summaryEn }, durationMinutes: Number(v.minutes), required: v.required,
    ...(v.ownPrerequisites ? { prerequisites: [...v.prerequisites].sort() } : {}),
  };
  switch (v.kind) {
    case "material": return { kind: v.kind, ...common, body: { id: v.bodyId, en: v.bodyEn } };
    case "assignment": return { kind: v.kind, ...common, instructions: { id: v.instructionsId, en: v.instructionsEn }, allowText: v.allowText, allowFile: v.allowFile };
    case "quiz": return {
      kind: v.kind, ...common, passPercent: Number(v.passPercent), maxAttempts: Number(v.maxAttempts),
      questions: v.questions.map((q) => ({ prompt: { id: q.promptId, en: q.promptEn }, options: q.options.filter((o) => o.id || o.en).map((o, i) => ({ text: o, correct: i === q.correct })) })),
    };
    case "session": {
      const zone = isZone(v.timeZone) ? v.timeZone : "Asia/Makassar";
      return {
        kind: v.kind, ...common, startsAt: utcOf(v.startsAt, zone), endsAt: utcOf(v.endsAt, zone), timeZone: zone,
        ...(v.place.trim() ? { place: v.place } : {}), ...(v.onlineUrl.trim() ? { onlineUrl: v.onlineUrl } : {}),
      };
    }
  }
}

/** What changed in the form against the stored module, as a PATCH (a module's kind never changes). */
export function moduleChangesOf(v: ModuleValues, m: Module): Record<string, unknown> {
  const { kind: _before, ...before } = moduleBodyOf(moduleValuesOf(m));
  const { kind: _after, ...after } = moduleBodyOf(v);
  return changesOf(before, after);
}

type ModuleForm = ReturnType<typeof useForm<ModuleValues>>;

/** The inputs of a module form of the form's kind; `others` are the modules it may wait for. */
export function ModuleFields({ form, others }: { form: ModuleForm; others: Module[] }) {
  const { t, lang } = useText();
  const { values: v, set } = form;
  const { errorOf } = form;
  const setQuestion = (i: number, question: Question) => set("questions", v.questions.map((q, j) => (j === i ? question : q)));
  const text = (id: string, key: keyof ModuleValues, label: string, rows = 0) => (
    <Field id={id} label={label} error={errorOf(id.replace(/^module-/, "").replace(/-(id|en)$/, ".$1"))}>
      {rows ? <textarea rows={rows} value={String(v[key])} onInput={(e) => set(key, e.currentTarget.value as never)} />
        : <input value={String(v[key])} onInput={(e) => set(key, e.currentTarget.value as never)} />}
    </Field>
  );
  const check = (key: "required" | "ownPrerequisites" | "allowText" | "allowFile", label: string) => (
    <div class="field check">
      <input id={`module-${key}`} type="checkbox" checked={v[key]} onChange={(e) => set(key, e.currentTarget.checked)} />
      <label for={`module-${key}`}>{label}</label>
      {errorOf(key) && <p class="field-error">{errorOf(key)}</p>}
    </div>
  );
  const zone = isZone(v.timeZone) ? zoneNames[v.timeZone] : "";
  return (
    <>
      {text("module-title-id", "titleId", t("org_title_id"))}
      {text("module-title-en", "titleEn", t("org_title_en"))}
      {text("module-summary-id", "summaryId", t("org_summary_id"))}
      {text("module-summary-en", "summaryEn", t("org_summary_en"))}
      <Field id="module-minutes" label={t("org_minutes")} error={errorOf("durationMinutes")}><input inputMode="numeric" value={v.minutes} onInput={(e) => set("minutes", e.currentTarget.value)} /></Field>
      {check("required", t("org_required"))}
      <fieldset>
        <legend>{t("org_prerequisites")}</legend>
        {check("ownPrerequisites", t("org_prerequisites_own"))}
        {v.ownPrerequisites && (others.length === 0 ? <p class="muted">{t("org_prerequisites_nothing")}</p> : (
          <>
            {others.map((m) => (
              <label class="option" key={m.moduleId}>
                <input type="checkbox" checked={v.prerequisites.includes(m.moduleId)}
                  onChange={(e) => set("prerequisites", e.currentTarget.checked ? [...v.prerequisites, m.moduleId] : v.prerequisites.filter((id) => id !== m.moduleId))} />
                {m.title[lang]}
              </label>
            ))}
            <p class="muted">{t("org_prerequisites_hint")}</p>
          </>
        ))}
        {errorOf("prerequisites") && <p class="field-error">{errorOf("prerequisites")}</p>}
      </fieldset>
      {v.kind === "material" && <>{text("module-body-id", "bodyId", t("org_body_id"), 6)}{text("module-body-en", "bodyEn", t("org_body_en"), 6)}</>}
      {v.kind === "assignment" && (
        <>
          {text("module-instructions-id", "instructionsId", t("org_instructions_id"), 4)}
          {text("module-instructions-en", "instructionsEn", t("org_instructions_en"), 4)}
          {check("allowText", t("org_allow_text"))}
          {check("allowFile", t("org_allow_file"))}
        </>
      )}
      {v.kind === "session" && (
        <>
          <Field id="module-zone" label={t("org_zone")} error={errorOf("timeZone")}>
            <select value={v.timeZone} onChange={(e) => set("timeZone", e.currentTarget.value)}>
              {zones.map((z) => <option key={z} value={z}>{t(`org_zone_${zoneNames[z]}`)}</option>)}
            </select>
          </Field>
          <Field id="module-starts" label={t("org_session_starts", { zone })} error={errorOf("startsAt")}><input type="datetime-local" value={v.startsAt} onInput={(e) => set("startsAt", e.currentTarget.value)} /></Field>
          <Field id="module-ends" label={t("org_session_ends", { zone })} error={errorOf("endsAt")}><input type="datetime-local" value={v.endsAt} onInput={(e) => set("endsAt", e.currentTarget.value)} /></Field>
          <p class="muted">{t("org_place_hint")}</p>
          <Field id="module-place" label={t("org_place")} error={errorOf("place")}><input value={v.place} onInput={(e) => set("place", e.currentTarget.value)} /></Field>
          <Field id="module-online" label={t("org_online_url")} error={errorOf("onlineUrl")}><input type="url" inputMode="url" value={v.onlineUrl} onInput={(e) => set("onlineUrl", e.currentTarget.value)} /></Field>
        </>
      )}
      {v.kind === "quiz" && (
        <>
          {v.questions.map((q, i) => (
            <fieldset key={i}>
              <legend>{t("org_question", { n: i + 1 })}</legend>
              <Field id={`q${i}-prompt-id`} label={t("org_prompt_id")} error={errorOf(`questions.${i}.prompt`)}><input value={q.promptId} onInput={(e) => setQuestion(i, { ...q, promptId: e.currentTarget.value })} /></Field>
              <Field id={`q${i}-prompt-en`} label={t("org_prompt_en")}><input value={q.promptEn} onInput={(e) => setQuestion(i, { ...q, promptEn: e.currentTarget.value })} /></Field>
              {q.options.map((o, k) => (
                <div key={k} class="option-editor">
                  <Field id={`q${i}-o${k}-id`} label={t("org_option_id", { n: k + 1 })}><input value={o.id} onInput={(e) => setQuestion(i, { ...q, options: q.options.map((p, m) => (m === k ? { ...p, id: e.currentTarget.value } : p)) })} /></Field>
                  <Field id={`q${i}-o${k}-en`} label={t("org_option_en", { n: k + 1 })}><input value={o.en} onInput={(e) => setQuestion(i, { ...q, options: q.options.map((p, m) => (m === k ? { ...p, en: e.currentTarget.value } : p)) })} /></Field>
                  <label class="option"><input type="radio" name={`q${i}-correct`} checked={q.correct === k} onChange={() => setQuestion(i, { ...q, correct: k })} />{t("org_option_correct", { n: k + 1 })}</label>
                </div>
              ))}
              {errorOf(`questions.${i}.options`) && <p class="field-error">{errorOf(`questions.${i}.options`)}</p>}
            </fieldset>
          ))}
          <button type="button" class="secondary" onClick={() => set("questions", [...v.questions, blankQuestion()])}>{t("org_add_question")}</button>
          <Field id="module-pass" label={t("org_pass_percent")} error={errorOf("passPercent")}><input inputMode="numeric" value={v.passPercent} onInput={(e) => set("passPercent", e.currentTarget.value)} /></Field>
          <Field id="module-attempts" label={t("org_max_attempts")} error={errorOf("maxAttempts")}><input inputMode="numeric" value={v.maxAttempts} onInput={(e) => set("maxAttempts", e.currentTarget.value)} /></Field>
        </>
      )}
    </>
  );
}

import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { dropDraft } from "../session.js";
import { Problem, Section } from "../ui.js";
import { Field } from "./fields.js";

type Kind = "material" | "quiz" | "assignment";
interface Question { promptId: string; promptEn: string; options: { id: string; en: string }[]; correct: number }

const blankQuestion = (): Question => ({ promptId: "", promptEn: "", options: [{ id: "", en: "" }, { id: "", en: "" }, { id: "", en: "" }], correct: 0 });
const blank = {
  kind: "material" as Kind, titleId: "", titleEn: "", summaryId: "", summaryEn: "", minutes: "30",
  bodyId: "", bodyEn: "", instructionsId: "", instructionsEn: "", allowText: true, allowFile: true,
  questions: [blankQuestion()], passPercent: "70", maxAttempts: "3",
};

function bodyOf(v: typeof blank) {
  const common = { kind: v.kind, title: { id: v.titleId, en: v.titleEn }, summary: { id: v.summaryId, en: v.summaryEn }, durationMinutes: Number(v.minutes) };
  if (v.kind === "material") return { ...common, body: { id: v.bodyId, en: v.bodyEn } };
  if (v.kind === "assignment") return { ...common, instructions: { id: v.instructionsId, en: v.instructionsEn }, allowText: v.allowText, allowFile: v.allowFile };
  return {
    ...common, passPercent: Number(v.passPercent), maxAttempts: Number(v.maxAttempts),
    questions: v.questions.map((q) => ({ prompt: { id: q.promptId, en: q.promptEn }, options: q.options.filter((o) => o.id || o.en).map((o, i) => ({ text: o, correct: i === q.correct })) })),
  };
}

/** A new module at the end of the class: reading material, a quiz with its questions, or an assignment. */
export function ModuleEditor({ api, classId, saved }: { api: Api; classId: string; saved: () => void }) {
  const { t } = useText();
  const draft = `module.${classId}`;
  const form = useForm(draft, blank);
  const { values: v, set, errorOf } = form;
  const setQuestion = (i: number, question: Question) => set("questions", v.questions.map((q, j) => (j === i ? question : q)));
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await form.run(() => answer(api.POST("/classes/{classId}/modules", { params: { path: { classId } }, body: bodyOf(v) as never })))) {
      dropDraft(draft);
      form.reset(blank);
      saved();
    }
  };
  const text = (id: string, key: keyof typeof blank, label: string, rows = 0) => (
    <Field id={id} label={label} error={errorOf(id.replace(/^module-/, "").replace(/-(id|en)$/, ".$1"))}>
      {rows ? <textarea rows={rows} value={String(v[key])} onInput={(e) => set(key, e.currentTarget.value as never)} />
        : <input value={String(v[key])} onInput={(e) => set(key, e.currentTarget.value as never)} />}
    </Field>
  );
  return (
    <Section title={t("org_add_module")}>
      <form onSubmit={submit} noValidate>
        <Field id="module-kind" label={t("org_module_kind")}>
          <select value={v.kind} onChange={(e) => set("kind", e.currentTarget.value as Kind)}>
            {(["material", "quiz", "assignment"] as const).map((kind) => <option key={kind} value={kind}>{t(`org_kind_${kind}`)}</option>)}
          </select>
        </Field>
        {text("module-title-id", "titleId", t("org_title_id"))}
        {text("module-title-en", "titleEn", t("org_title_en"))}
        {text("module-summary-id", "summaryId", t("org_summary_id"))}
        {text("module-summary-en", "summaryEn", t("org_summary_en"))}
        <Field id="module-minutes" label={t("org_minutes")} error={errorOf("durationMinutes")}><input inputMode="numeric" value={v.minutes} onInput={(e) => set("minutes", e.currentTarget.value)} /></Field>
        {v.kind === "material" && <>{text("module-body-id", "bodyId", t("org_body_id"), 6)}{text("module-body-en", "bodyEn", t("org_body_en"), 6)}</>}
        {v.kind === "assignment" && (
          <>
            {text("module-instructions-id", "instructionsId", t("org_instructions_id"), 4)}
            {text("module-instructions-en", "instructionsEn", t("org_instructions_en"), 4)}
            {(["allowText", "allowFile"] as const).map((key) => (
              <div class="field check" key={key}>
                <input id={`module-${key}`} type="checkbox" checked={v[key]} onChange={(e) => set(key, e.currentTarget.checked)} />
                <label for={`module-${key}`}>{t(key === "allowText" ? "org_allow_text" : "org_allow_file")}</label>
              </div>
            ))}
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
        <Problem problem={form.problem} />
        <button type="submit" disabled={form.busy}>{t("org_save_module")}</button>
      </form>
    </Section>
  );
}

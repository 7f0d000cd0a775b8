import type { IndonesianZone } from "../../../shared/domain/time.js";
import { answer, type Api } from "../api.js";
import { useForm } from "../form.js";
import { useText } from "../i18n.js";
import { dropDraft } from "../session.js";
import { Problem, Section } from "../ui.js";
import { Field } from "./fields.js";
import { blankModule, kinds, moduleBodyOf, ModuleFields, type Kind, type Module } from "./module-fields.js";

/**
 * A new module at the end of the class: reading material, a quiz with its questions, an assignment, or a
 * live or online session (its times in `zone`, the class's zone, unless the organiser picks another).
 */
export function ModuleEditor({ api, classId, modules, zone, saved }: { api: Api; classId: string; modules: Module[]; zone: IndonesianZone; saved: () => void }) {
  const { t } = useText();
  const draft = `module.${classId}`;
  const blank = blankModule(zone);
  const form = useForm(draft, blank);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await form.run(() => answer(api.POST("/classes/{classId}/modules", { params: { path: { classId } }, body: moduleBodyOf(form.values) })))) {
      dropDraft(draft);
      form.reset(blank);
      saved();
    }
  };
  return (
    <Section title={t("org_add_module")}>
      <form onSubmit={submit} noValidate>
        <Field id="module-kind" label={t("org_module_kind")}>
          <select value={form.values.kind} onChange={(e) => form.set("kind", e.currentTarget.value as Kind)}>
            {kinds.map((kind) => <option key={kind} value={kind}>{t(`org_kind_${kind}`)}</option>)}
          </select>
        </Field>
        <ModuleFields form={form} others={modules} />
        <Problem problem={form.problem} />
        <button type="submit" disabled={form.busy}>{t("org_save_module")}</button>
      </form>
    </Section>
  );
}

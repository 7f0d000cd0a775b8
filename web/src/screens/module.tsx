import { useState } from "preact/hooks";
import { answer, type Api } from "../api.js";
import { useAction, useForm } from "../form.js";
import { useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { dropDraft } from "../session.js";
import { Problem, Section, Shown, useLoad } from "../ui.js";
import { putFile } from "../upload.js";

type Content = NonNullable<Awaited<ReturnType<typeof loadModule>>["data"]>;
type Ids = { classId: string; moduleId: string };

const loadModule = (api: Api, ids: Ids) => answer(api.GET("/classes/{classId}/modules/{moduleId}", { params: { path: ids } }));

export function ModulePage({ api, classId, moduleId }: { api: Api; classId: string; moduleId: string }) {
  const { t, lang } = useText();
  const ids = { classId, moduleId };
  const [content, reload] = useLoad(async () => loadedOf(await loadModule(api, ids)), [api, classId, moduleId]);
  return (
    <>
      <p><a href={hrefOf({ page: "class", classId })}>← {t("back")}</a></p>
      <Shown loaded={content} retry={reload}>{(data) => (
        <Section title={data.title[lang]}>
          <p class="muted">{t(`module_status_${data.status}`)} · {t("module_minutes", { minutes: data.durationMinutes })}</p>
          {data.kind === "material" && <Material api={api} ids={ids} content={data} done={reload} />}
          {data.kind === "quiz" && <Quiz api={api} ids={ids} content={data} done={reload} />}
          {data.kind === "assignment" && <Assignment api={api} ids={ids} content={data} done={reload} />}
          {data.kind === "session" && <Session content={data} />}
        </Section>
      )}</Shown>
    </>
  );
}

type Of<K extends string> = Extract<Content, { kind: K }>;

function Material({ api, ids, content, done }: { api: Api; ids: Ids; content: Of<"material">; done: () => void }) {
  const { t, lang } = useText();
  const { problem, busy, run } = useAction();
  return (
    <>
      {content.body[lang].split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
      {content.links.length > 0 && <ul>{content.links.map((link) => <li key={link.url}><a href={link.url} rel="noopener noreferrer" target="_blank">{link.label[lang]}</a></li>)}</ul>}
      <Problem problem={problem} />
      {content.status !== "completed" && (
        <button type="button" disabled={busy} onClick={async () => (await run(() => answer(api.POST("/classes/{classId}/modules/{moduleId}/read", { params: { path: ids } }))), done())}>{t("material_done")}</button>
      )}
    </>
  );
}

function Quiz({ api, ids, content, done }: { api: Api; ids: Ids; content: Of<"quiz">; done: () => void }) {
  const { t, lang } = useText();
  const draft = `quiz.${ids.moduleId}`;
  const { values: answers, set, problem, busy, run } = useForm<Record<string, string>>(draft, {});
  const [result, setResult] = useState<string | undefined>();
  const choose = (questionId: string, optionId: string) => set(questionId, optionId);
  const submit = async (event: Event) => {
    event.preventDefault();
    const outcome = await run(() => answer(api.POST("/classes/{classId}/modules/{moduleId}/attempts", { params: { path: ids }, body: { answers } })));
    if (!outcome) return;
    dropDraft(draft);
    setResult(t("quiz_result", { score: outcome.scorePercent, correct: outcome.correct, total: outcome.total, verdict: outcome.passed ? t("quiz_passed") : t("quiz_failed"), left: outcome.attemptsLeft }));
    done();
  };
  return (
    <form onSubmit={submit}>
      <p class="muted">{t("quiz_attempts", { pass: content.passPercent, left: content.attemptsLeft })}</p>
      {content.questions.map((q) => (
        <fieldset key={q.questionId}>
          <legend>{q.prompt[lang]}</legend>
          {q.options.map((o) => (
            <label class="option" key={o.optionId}>
              <input type="radio" name={q.questionId} value={o.optionId} checked={answers[q.questionId] === o.optionId} onChange={() => choose(q.questionId, o.optionId)} />
              {o.text[lang]}
            </label>
          ))}
        </fieldset>
      ))}
      {result && <p class="done" role="status">{result}</p>}
      <Problem problem={problem} />
      {content.status !== "completed" && content.attemptsLeft > 0 && <button type="submit" disabled={busy}>{t("quiz_submit")}</button>}
    </form>
  );
}

function Assignment({ api, ids, content, done }: { api: Api; ids: Ids; content: Of<"assignment">; done: () => void }) {
  const { t, lang } = useText();
  const draft = `assignment.${ids.moduleId}`;
  const { values: { text }, set, problem, busy, run } = useForm(draft, { text: "" });
  const [file, setFile] = useState<File | undefined>();
  const submit = async (event: Event) => {
    event.preventDefault();
    let fileKey: string | undefined;
    if (file) {
      const ticket = await run(() => answer(api.POST("/classes/{classId}/modules/{moduleId}/uploads", { params: { path: ids }, body: { fileName: file.name, contentType: file.type || "application/octet-stream", size: file.size } })));
      if (!ticket) return;
      const uploaded = await run(() => putFile(ticket, file));
      if (!uploaded) return;
      fileKey = ticket.fileKey;
    }
    const handedIn = await run(() => answer(api.PUT("/classes/{classId}/modules/{moduleId}/submission", { params: { path: ids }, body: { ...(text.trim() ? { text } : {}), ...(fileKey ? { fileKey } : {}) } })));
    if (handedIn) {
      dropDraft(draft);
      done();
    }
  };
  return (
    <form onSubmit={submit}>
      {content.instructions[lang].split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
      {content.allowText && (
        <div class="field">
          <label for="assignment-text">{t("assignment_text")}</label>
          <textarea id="assignment-text" rows={6} value={text} onInput={(e) => set("text", e.currentTarget.value)} />
        </div>
      )}
      {content.allowFile && (
        <div class="field">
          <label for="assignment-file">{t("assignment_file")}</label>
          <input id="assignment-file" type="file" accept=".pdf,.jpg,.jpeg,.png,.webp,.xlsx,.xls" onChange={(e) => setFile(e.currentTarget.files?.[0])} />
        </div>
      )}
      <Problem problem={problem} />
      {content.status !== "completed" && <button type="submit" disabled={busy}>{t("assignment_submit")}</button>}
    </form>
  );
}

function Session({ content }: { content: Of<"session"> }) {
  const { t, lang } = useText();
  return (
    <>
      <p><strong>{t("session_when")}:</strong> {content.startsAtLocal[lang]}</p>
      {content.place && <p><strong>{t("session_where")}:</strong> {content.place}</p>}
      {content.onlineUrl && <p><a href={content.onlineUrl} rel="noopener noreferrer" target="_blank">{t("session_join")}</a></p>}
      <p class="muted">{content.attended ? t("session_attended") : t("session_pending")}</p>
    </>
  );
}

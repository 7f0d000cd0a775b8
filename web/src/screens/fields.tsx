import { cloneElement, type VNode } from "preact";

/** A labelled input with the API's message about it, tied together for screen readers. */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string | undefined; children: VNode }) {
  const input = cloneElement(children, { id, ...(error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {}) });
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {input}
      {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

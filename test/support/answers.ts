import { expect } from "vitest";
import type { Answer } from "./api.js";

/** The answer's body, once its status is the one expected (the body is shown when it is not). */
export function ok(answer: Answer, status = 200) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

/** A refusal with this status and error code. */
export function refused(answer: Answer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body.error.code).toBe(code);
}

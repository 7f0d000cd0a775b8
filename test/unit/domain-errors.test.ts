import { describe, expect, it } from "vitest";
import { busy, DomainError, InvalidInput, invalidField, seatRequired } from "../../shared/domain/errors.js";

describe("domain errors", () => {
  it("carry their code, and the code is the message key unless a more specific one is given", () => {
    const error = new DomainError("class_full");
    expect(error).toMatchObject({ code: "class_full", messageKey: "class_full", params: {}, details: undefined, message: "class_full" });
    expect(new DomainError("wrong_module_kind", { messageKey: "not_found", params: { kind: "quiz" }, details: { kind: "quiz" } }))
      .toMatchObject({ code: "wrong_module_kind", messageKey: "not_found", params: { kind: "quiz" }, details: { kind: "quiz" } });
  });

  it("for input are validation failures by default, field by field", () => {
    const issues = [{ path: ["title", "en"], code: "too_small", message: "field_min_length" }];
    expect(new InvalidInput(issues)).toMatchObject({ code: "validation_failed", issues });
    expect(new InvalidInput(issues, "prerequisite_unknown")).toMatchObject({ code: "prerequisite_unknown", messageKey: "prerequisite_unknown" });
  });

  it("for one field read like a schema refinement on that field", () => {
    const error = invalidField("enrolmentClosesAt", "invalid_window");
    expect(error).toBeInstanceOf(InvalidInput);
    expect(error).toMatchObject({ code: "validation_failed", issues: [{ path: ["enrolmentClosesAt"], code: "custom", message: "invalid_window" }] });
    expect(invalidField("fileKey", "file_missing", "file_missing", { params: { limit: 10 } })).toMatchObject({ code: "file_missing", params: { limit: 10 } });
  });

  it("keep a seat holder's content from others and say which status keeps them out", () => {
    expect(seatRequired("waitlisted")).toMatchObject({ code: "seat_required", messageKey: "seat_required_waitlisted", details: { status: "waitlisted" } });
    expect(seatRequired("not_enrolled")).toMatchObject({ messageKey: "seat_required_not_enrolled", details: { status: "not_enrolled" } });
  });

  it("include a busy service, to be asked again in a second; others say nothing of retrying unless told", () => {
    expect(busy()).toMatchObject({ code: "service_busy", retryAfterSeconds: 1 });
    expect(new DomainError("class_full").retryAfterSeconds).toBeUndefined();
    expect(new DomainError("too_many_uploads", { retryAfterSeconds: 900 }).retryAfterSeconds).toBe(900);
  });
});

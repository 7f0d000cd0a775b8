import type { PostConfirmationTriggerEvent } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { assignApplicantRole, type AddToGroup } from "../../functions/auth/post-confirmation.js";

const event = (triggerSource: PostConfirmationTriggerEvent["triggerSource"]) =>
  ({ triggerSource, userPoolId: "ap-southeast-3_pool", userName: "fransiska", request: { userAttributes: {} }, response: {} }) as PostConfirmationTriggerEvent;

describe("signing up", () => {
  it("makes a confirmed new user an applicant and hands the event back to Cognito", async () => {
    const added: Parameters<AddToGroup>[] = [];
    const trigger = assignApplicantRole(async (...args) => void added.push(args));
    const signUp = event("PostConfirmation_ConfirmSignUp");
    expect(await trigger(signUp)).toBe(signUp);
    expect(added).toEqual([["ap-southeast-3_pool", "fransiska", "applicant"]]);
  });

  it("does nothing when a forgotten password is confirmed", async () => {
    const added: Parameters<AddToGroup>[] = [];
    await assignApplicantRole(async (...args) => void added.push(args))(event("PostConfirmation_ConfirmForgotPassword"));
    expect(added).toEqual([]);
  });
});

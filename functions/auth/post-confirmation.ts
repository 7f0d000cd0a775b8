import { AdminAddUserToGroupCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { PostConfirmationTriggerEvent } from "aws-lambda";
import type { Role } from "../../shared/domain/roles.js";
import { log } from "../../shared/log/logger.js";

export type AddToGroup = (userPoolId: string, username: string, group: Role) => Promise<void>;

/**
 * Cognito trigger: whoever signs up and confirms is a UMKM applicant. Judges, investors and
 * organisers are added to their groups by an organiser, never by themselves.
 */
export function assignApplicantRole(addToGroup: AddToGroup) {
  return async (event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> => {
    if (event.triggerSource !== "PostConfirmation_ConfirmSignUp") return event;
    // the user's sub, never the user name: that may be an e-mail address or a phone number
    const line = { job: "assignApplicantRole", userId: event.request.userAttributes.sub, group: "applicant" };
    try {
      await addToGroup(event.userPoolId, event.userName, "applicant");
    } catch (error) {
      log().error("role not assigned", { ...line, error: error as Error });
      throw error;
    }
    log().info("role assigned", line);
    return event;
  };
}

const cognito = new CognitoIdentityProviderClient({});

export const handler = assignApplicantRole(async (userPoolId, username, group) => {
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }));
});

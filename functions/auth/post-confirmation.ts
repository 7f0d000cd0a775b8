import { AdminAddUserToGroupCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { PostConfirmationTriggerEvent } from "aws-lambda";
import type { Role } from "../../shared/domain/roles.js";

export type AddToGroup = (userPoolId: string, username: string, group: Role) => Promise<void>;

/**
 * Cognito trigger: whoever signs up and confirms is a UMKM applicant. Judges, investors and
 * organisers are added to their groups by an organiser, never by themselves.
 */
export function assignApplicantRole(addToGroup: AddToGroup) {
  return async (event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> => {
    if (event.triggerSource === "PostConfirmation_ConfirmSignUp") await addToGroup(event.userPoolId, event.userName, "applicant");
    return event;
  };
}

const cognito = new CognitoIdentityProviderClient({});

export const handler = assignApplicantRole(async (userPoolId, username, group) => {
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }));
});

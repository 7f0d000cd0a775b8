import { App } from "aws-cdk-lib";
import { LabStack } from "./lab-stack.js";
import { acceptFindings, checkAwsSolutions } from "./nag.js";

const app = new App();
const stack = new LabStack(app, "LabWirausaha", {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? "ap-southeast-3" },
});
acceptFindings(stack);
checkAwsSolutions(app);

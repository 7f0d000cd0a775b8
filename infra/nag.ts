import { DefaultStackSynthesizer, Stack, Validations, type App } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
// The function cdk-nag itself uses to name a finding's resource (`<ClassesTable4AE801CB.Arn>/index/*`, or in a
// nested stack `<referencetoLabWirausahaClassesTable99811218Arn>/index/*`).
import { flattenCfnReference } from "cdk-nag/lib/utils/flatten-cfn-reference.js";
import type { IConstruct } from "constructs";
import { tables } from "../shared/data/tables.js";
import { sesIdentities } from "./lab-function.js";
import type { LabStack } from "./lab-stack.js";

/** cdk-nag's AwsSolutions rules, run by CDK's policy validation when the app synthesises: an error fails `cdk synth`. */
export function checkAwsSolutions(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}

const accept = (scope: IConstruct, id: string, reason: string) => Validations.of(scope).acknowledge({ id, reason });

/**
 * Accepts an IAM wildcard (AwsSolutions-IAM5) on a resource, by the resource as cdk-nag names it. A function
 * in a nested stack names a resource of the parent by the parameter that carries it in
 * (`<referencetoLabWirausahaClassesTable…Arn>/index/*`), and CDK makes those parameters when it wires
 * cross-stack references during synthesis: after acceptFindings runs, before cdk-nag does. Synthesis
 * validates every construct in between, so that is where the name is worked out.
 */
function acceptWildcard(scope: IConstruct, resource: string, reason: string): void {
  scope.node.addValidation({
    validate: () => {
      accept(scope, `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(resource))}]`, reason);
      return [];
    },
  });
}

/**
 * Every AwsSolutions finding this product accepts, and why, in one place. Each is acknowledged on the
 * construct it concerns, and an IAM wildcard by its exact resource, so a new finding elsewhere still
 * fails. test/infra/stack.test.ts proves each one silences a finding that is really there.
 */
export function acceptFindings(stack: LabStack): void {
  accept(stack.jobFailures, "AwsSolutions-SQS3", "This queue is the dead-letter destination of the stream jobs (SqsDlq); cdk-nag only sees DLQs named in a redrive policy.");
  accept(stack.userPool, "AwsSolutions-COG2", "MFA is not required: applicants sign up on their phones for a free programme and a second factor would keep many out (organisers share the pool; their MFA is still to decide).");
  accept(stack.userPool, "AwsSolutions-COG8", "No Plus feature plan (threat protection): it is priced per monthly active user, not justified for a free programme until account takeover is seen.");
  accept(stack.userPool.node.findChild("smsRole"), "AwsSolutions-IAM5[Resource::*]", "Cognito texts verification codes through SNS, and a phone number has no ARN to name; only Cognito can assume the role (external id).");

  const indexed = new Set(Object.entries(tables).filter(([, table]) => table.indexes.length > 0).map(([name]) => name));
  for (const fn of stack.functions) {
    accept(fn.function, "AwsSolutions-L1", "nodejs22.x is the house runtime (STACK.md) and bundles target node22; it moves with the planned Node upgrade, not with each new Lambda runtime.");
    for (const table of Object.keys(fn.uses.tables).filter((name) => indexed.has(name))) {
      acceptWildcard(fn, `${stack.dataTables[table as keyof typeof tables].tableArn}/index/*`, `The ${table} table's own indexes, which its queries read: the table is one the route or job declares.`);
    }
    if (fn.uses.files) {
      acceptWildcard(fn, stack.files.arnForObjects("*"), "Objects of the file store: keys are made per applicant and per export by the use case, which checks who may have one.");
    }
    if (fn.uses.notifies) {
      acceptWildcard(fn, sesIdentities(fn), "SES authorises the sender's identity and, in the sandbox, every recipient's: recipients are only known when sending.");
    }
  }
  const { web } = stack;
  accept(web.distribution, "AwsSolutions-CFR1", "No geographic restriction: applicants, judges and investors may be anywhere, and the app holds nothing without a sign-in.");
  accept(web.distribution, "AwsSolutions-CFR2", "No WAF on the app: it serves only static files; the API behind it has its own per-route throttling.");
  accept(web.distribution, "AwsSolutions-CFR4", "No custom domain yet: the default *.cloudfront.net certificate fixes the minimum TLS; TLSv1.2_2021 comes with the organisers' own domain.");
  const copying = "CDK's upload of the web app (BucketDeployment) reads its asset and replaces the app's files; CDK writes this policy.";
  for (const action of ["s3:GetBucket*", "s3:GetObject*", "s3:List*", "s3:Abort*", "s3:DeleteObject*"]) accept(web.deployRole, `AwsSolutions-IAM5[Action::${action}]`, copying);
  acceptWildcard(web.deployRole, web.bucket.arnForObjects("*"), "Every file of the web app's own bucket, which the upload replaces.");
  const { account, region, partition, synthesizer } = Stack.of(web);
  const assetBucket = `cdk-${synthesizer.bootstrapQualifier ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${account}-${region}`;
  acceptWildcard(web.deployRole, `arn:${partition}:s3:::${assetBucket}/*`, "CDK's asset bucket, where the built app waits to be copied; CDK names the objects at deploy time.");
  accept(web.deployRole, "AwsSolutions-IAM5[Resource::*]", "CloudFront invalidations of the app's index.html and config.json after an upload; CDK grants them on every distribution.");
  const copier = stack.node.children.find((child) => child.node.id.startsWith("Custom::CDKBucketDeployment"));
  if (copier) accept(copier, "AwsSolutions-L1", "CDK's own upload function (BucketDeployment), on the Python runtime CDK chooses; it runs only during a deploy.");

  for (const { route, httpRoute } of stack.publicRoutes) {
    accept(httpRoute, "AwsSolutions-APIG4", `Public in the route table, no sign-in by design: ${route.summary}.`);
  }
}

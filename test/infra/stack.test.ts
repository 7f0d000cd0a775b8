import { readFileSync } from "node:fs";
import { App, Validations, type PolicyValidationPluginReport } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { beforeAll, describe, expect, it } from "vitest";
import { LabStack, routeKey, throttling } from "../../infra/lab-stack.js";
import { acceptFindings } from "../../infra/nag.js";
import { jobList, jobs } from "../../shared/api/jobs.js";
import type { Uses } from "../../shared/api/route.js";
import { routeList } from "../../shared/api/routes/index.js";
import { getReviewSheet, saveScores } from "../../shared/api/routes/judging.js";
import { tableNames, type TableName } from "../../shared/data/tables.js";

let stack: LabStack;
let template: Template;
/** cdk-nag's AwsSolutions findings before and after infra/nag.ts accepted its list. */
let nag: { found: PolicyValidationPluginReport; left: PolicyValidationPluginReport };

beforeAll(() => {
  const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
  // `new App()` does not read cdk.json; bundling is skipped so the test needs no esbuild run.
  const app = new App({ context: { ...context, "aws:cdk:bundling-stacks": [] } });
  stack = new LabStack(app, "Test", { env: { account: "123456789012", region: "ap-southeast-3" } });
  template = Template.fromStack(stack);
  // One synthesis for the whole file. cdk-nag 3 reports through CDK's policy validation, not annotations:
  // `validateScope` runs the pack that `cdk synth` runs (infra/app.ts) on the synthesised tree, here
  // once before the acknowledgements (they only add metadata) and once after.
  const found = new AwsSolutionsChecks().validateScope(stack);
  acceptFindings(stack);
  nag = { found, left: new AwsSolutionsChecks().validateScope(stack) };
});

const resourcesOf = (type: string) => Object.entries(template.findResources(type)) as [string, any][];

/** Every function the route and job tables declare, found in the template by its description. */
function declaredFunctions(): { name: string; id: string; fn: any; uses: Uses; stream?: TableName }[] {
  const functions = resourcesOf("AWS::Lambda::Function");
  const find = (prefix: string) => {
    const found = functions.filter(([, f]) => f.Properties.Description?.startsWith(prefix));
    expect(found, prefix).toHaveLength(1);
    return found[0]!;
  };
  return [
    ...routeList.map((route) => ({ name: route.name, found: find(`${route.method} ${route.path} `), uses: route as Uses, stream: undefined })),
    ...jobList.map((job) => ({ name: job.name, found: find(`job: ${job.summary}`), uses: job as Uses, stream: "stream" in job.trigger ? job.trigger.stream : undefined })),
  ].map(({ found: [id, fn], ...rest }) => ({ ...rest, id, fn }));
}

function statementsOf(fn: any): any[] {
  const roleId = fn.Properties.Role["Fn::GetAtt"][0];
  return resourcesOf("AWS::IAM::Policy")
    .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}

/** Logical id of each table, by its name in the table definitions. */
function tableLogicalIds(): Record<string, string> {
  return Object.fromEntries(tableNames.map((name) => {
    const [id] = Object.keys(template.findResources("AWS::DynamoDB::GlobalTable")).filter((logicalId) => logicalId.toLowerCase().startsWith(name));
    return [name, id!];
  }));
}

describe("the CDK stack", () => {
  it("has every route of the route table, with the JWT authorizer on every non-public one", () => {
    const routes = resourcesOf("AWS::ApiGatewayV2::Route");
    expect(routes).toHaveLength(routeList.length);
    for (const route of routeList) {
      const found = routes.find(([, resource]) => resource.Properties.RouteKey === `${route.method} ${route.path}`);
      expect(found, `${route.method} ${route.path}`).toBeDefined();
      expect(found![1].Properties.AuthorizationType).toBe(route.roles === "public" ? "NONE" : "JWT");
    }
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", { AuthorizerType: "JWT", IdentitySource: ["$request.header.Authorization"] });
  });

  it("runs every function on nodejs22.x arm64 with a log group that expires", () => {
    const functions = resourcesOf("AWS::Lambda::Function");
    expect(functions).toHaveLength(routeList.length + jobList.length);
    for (const [, fn] of functions) {
      expect(fn.Properties.Runtime).toBe("nodejs22.x");
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
    }
    for (const [, group] of resourcesOf("AWS::Logs::LogGroup")) expect(group.Properties.RetentionInDays).toBe(30);
  });

  it("fits in one CloudFormation stack, which takes at most 500 resources", () => {
    // each route costs 7 (function, role, policy, log group, permission, integration, route), each job 4–6:
    // 450 with issue 9's 63 functions, so a handful more routes need a second stack (deploys fail past 500)
    expect(Object.keys(template.toJSON().Resources).length).toBeLessThanOrEqual(500);
  });

  it("lets every function write its own log group and no other, with no AWS managed policy", () => {
    for (const [, role] of resourcesOf("AWS::IAM::Role")) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    for (const { name, fn } of declaredFunctions()) {
      const logGroup = fn.Properties.LoggingConfig.LogGroup.Ref;
      const logs = statementsOf(fn).filter((s: any) => [s.Action].flat().some((a: string) => a.startsWith("logs:")));
      expect(logs, name).toEqual([expect.objectContaining({ Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: { "Fn::GetAtt": [logGroup, "Arn"] } })]);
    }
  });

  it("grants each function only the tables its route or job declares, read-only where it only reads, and a stream job its trigger's stream", () => {
    const ids = tableLogicalIds();
    for (const { name, fn, uses, stream } of declaredFunctions()) {
      const statements = statementsOf(fn);
      const onStream = (s: any) => JSON.stringify(s.Resource).includes("StreamArn");
      const dataStatements = statements.filter((s: any) => !onStream(s));
      const named = new Set(JSON.stringify(dataStatements).match(/"[A-Za-z0-9]+Table[A-Z0-9]{8}"/g)?.map((s) => s.slice(1, -1)) ?? []);
      expect([...named].sort(), name).toEqual(Object.keys(uses.tables).map((table) => ids[table]).sort());
      const writes = statements.some((s: any) => [s.Action].flat().some((a: string) => a.startsWith("dynamodb:Put") || a.startsWith("dynamodb:Update")));
      expect(writes, name).toBe(Object.values(uses.tables).includes("RW"));
      const env = fn.Properties.Environment.Variables;
      expect(Object.keys(env).filter((k) => k.startsWith("TABLE_")).sort(), name).toEqual(Object.keys(uses.tables).map((t) => `TABLE_${t.toUpperCase()}`).sort());
      const streamReads = statements.filter(onStream);
      expect(streamReads.length > 0, name).toBe(stream !== undefined);
      if (stream) expect(JSON.stringify(streamReads), name).toContain(ids[stream]);
    }
  });

  it("starts every stream job from its table's stream, which keeps old and new images", () => {
    const ids = tableLogicalIds();
    const mappings = resourcesOf("AWS::Lambda::EventSourceMapping");
    const streamJobs = declaredFunctions().filter((f) => f.stream);
    const [failures] = Object.keys(template.findResources("AWS::SQS::Queue"));
    expect(mappings).toHaveLength(streamJobs.length);
    for (const { name, id, stream } of streamJobs) {
      const mapping = mappings.find(([, m]) => m.Properties.FunctionName.Ref === id);
      expect(mapping, name).toBeDefined();
      expect(mapping![1].Properties.EventSourceArn["Fn::GetAtt"]).toEqual([ids[stream!], "StreamArn"]);
      expect(mapping![1].Properties).toMatchObject({ StartingPosition: "TRIM_HORIZON", BisectBatchOnFunctionError: true, MaximumRetryAttempts: 3 });
      // what a job gives up on is kept for an operator, not dropped
      expect(mapping![1].Properties.DestinationConfig.OnFailure.Destination["Fn::GetAtt"]).toEqual([failures, "Arn"]);
    }
    for (const table of new Set(streamJobs.map((f) => f.stream!))) {
      expect(template.findResources("AWS::DynamoDB::GlobalTable")[ids[table]!]!.Properties.StreamSpecification).toEqual({ StreamViewType: "NEW_AND_OLD_IMAGES" });
    }
  });

  it("lets only the functions that declare notifications send e-mail, from the configured sender", () => {
    for (const { name, fn, uses } of declaredFunctions()) {
      const sends = statementsOf(fn).some((s: any) => [s.Action].flat().includes("ses:SendEmail"));
      expect(sends, name).toBe(uses.notifies === true);
      expect(fn.Properties.Environment?.Variables?.NOTIFY_FROM, name).toBe(uses.notifies ? "no-reply@example.org" : undefined);
    }
  });

  it("keeps tables on demand, with point-in-time recovery and deletion protection", () => {
    const tables = resourcesOf("AWS::DynamoDB::GlobalTable");
    expect(tables).toHaveLength(tableNames.length);
    for (const [, table] of tables) {
      expect(table.Properties.BillingMode).toBe("PAY_PER_REQUEST");
      for (const replica of table.Properties.Replicas) {
        expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
        expect(replica.DeletionProtectionEnabled).toBe(true);
      }
    }
  });

  it("keeps assignment files in a private, encrypted bucket whose CORS admits only our web origins", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    const [, bucket] = resourcesOf("AWS::S3::Bucket").find(([, b]) => b.Properties.CorsConfiguration)!;
    const rules = bucket.Properties.CorsConfiguration.CorsRules;
    expect(rules).toHaveLength(1);
    expect(rules[0].AllowedOrigins).toEqual(["http://localhost:5173"]);
    expect(rules[0].AllowedOrigins).not.toContain("*");
    expect(rules[0].AllowedMethods.sort()).toEqual(["GET", "PUT"]);
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } })]) },
    });
    // who fetched or stored which file, in a private bucket that forgets after 90 days
    const [logsId, logs] = resourcesOf("AWS::S3::Bucket").find(([, b]) => !b.Properties.CorsConfiguration)!;
    expect(bucket.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logsId }, LogFilePrefix: "files/" });
    expect(logs.Properties.PublicAccessBlockConfiguration).toEqual(bucket.Properties.PublicAccessBlockConfiguration);
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([{ ExpirationInDays: 90, Status: "Enabled" }]);
    // uploads never handed in are deleted after a day; handed-in copies and exports live outside the staging prefix
    expect(bucket.Properties.LifecycleConfiguration.Rules).toContainEqual({ Prefix: "uploads/", ExpirationInDays: 1, Status: "Enabled" });
  });

  it("gives the file store only to functions that declare it, write access only where they upload or write", () => {
    for (const { name, fn, uses } of declaredFunctions()) {
      const s3 = statementsOf(fn).flatMap((s: any) => [s.Action].flat() as string[]).filter((a) => a.startsWith("s3:"));
      // no deletes, tagging or bucket settings; ListBucket makes a HEAD of a missing key 404, not 403
      const expected = { R: ["s3:GetObject", "s3:ListBucket"], RW: ["s3:GetObject", "s3:ListBucket", "s3:PutObject"] };
      expect(s3.sort(), name).toEqual(uses.files ? expected[uses.files] : []);
      expect("FILES_BUCKET" in fn.Properties.Environment.Variables, name).toBe(uses.files !== undefined);
    }
  });

  it("makes every new sign-up an applicant, and nothing more", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", { LambdaConfig: { PostConfirmation: Match.anyValue() } });
    const [, trigger] = resourcesOf("AWS::Lambda::Function").find(([, f]) => f.Properties.Description?.startsWith("job: Cognito post-confirmation"))!;
    const roleId = trigger.Properties.Role["Fn::GetAtt"][0];
    const actions = resourcesOf("AWS::IAM::Policy")
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement.flatMap((s: any) => [s.Action].flat()))
      .filter((action: string) => !action.startsWith("logs:")); // its own log group, as every function
    expect(actions).toEqual(["cognito-idp:AdminAddUserToGroup"]);
    const [poolId] = Object.keys(template.findResources("AWS::Cognito::UserPool"));
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: { Statement: [Match.objectLike({ Action: "cognito-idp:AdminAddUserToGroup", Resource: { "Fn::GetAtt": [poolId, "Arn"] } })] },
    });
  });

  it("has a Cognito user pool with the four role groups", () => {
    for (const group of ["applicant", "judge", "investor", "admin"]) {
      template.hasResourceProperties("AWS::Cognito::UserPoolGroup", { GroupName: group, UserPoolId: Match.anyValue() });
    }
  });
});

describe("judging (issue 9)", () => {
  const judgingTable = () => template.findResources("AWS::DynamoDB::GlobalTable")[tableLogicalIds().judging!]!.Properties;
  const functionNamed = (name: string) => declaredFunctions().find((f) => f.name === name)!;
  const dynamoActions = (fn: any) => statementsOf(fn).flatMap((s: any) => [s.Action].flat() as string[]).filter((a) => a.startsWith("dynamodb:"));
  const s3Actions = (fn: any) => statementsOf(fn).flatMap((s: any) => [s.Action].flat() as string[]).filter((a) => a.startsWith("s3:")).sort();
  /** The tables a function's data statements name (its stream aside), by logical id. */
  const tablesNamed = (fn: any) => [...new Set(JSON.stringify(statementsOf(fn).filter((s: any) => !JSON.stringify(s.Resource).includes("StreamArn")))
    .match(/"[A-Za-z0-9]+Table[A-Z0-9]{8}"/g)?.map((id) => id.slice(1, -1)))].sort();
  const READS = /^dynamodb:(BatchGetItem|ConditionCheckItem|DescribeTable|GetItem|GetRecords|GetShardIterator|Query|Scan)$/;

  it("keeps competitions, pitches, judges and reviews in a table of their own, streamed with old and new images", () => {
    const table = judgingTable();
    expect(table.StreamSpecification).toEqual({ StreamViewType: "NEW_AND_OLD_IMAGES" });
    expect(table.KeySchema).toEqual([{ AttributeName: "pk", KeyType: "HASH" }, { AttributeName: "sk", KeyType: "RANGE" }]);
    const keys = (n: number) => [{ AttributeName: `gsi${n}pk`, KeyType: "HASH" }, { AttributeName: `gsi${n}sk`, KeyType: "RANGE" }];
    expect(table.GlobalSecondaryIndexes).toEqual([
      { IndexName: "competitionsOfClass", KeySchema: keys(1), Projection: { ProjectionType: "ALL" } },
      { IndexName: "competitionsOfJudge", KeySchema: keys(2), Projection: { ProjectionType: "ALL" } },
      { IndexName: "reviewsOfSubmission", KeySchema: keys(3), Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: ["submissionId", "active", "status", "comment"] } },
    ]);
  });

  it("copies into the index an applicant's comments are read from no private note, no raw scores and no judgeId attribute", () => {
    // (the judge is the index's sort key, which shared/data/reviews.ts#submittedComments never returns)
    const reviews = judgingTable().GlobalSecondaryIndexes.find((index: any) => index.IndexName === "reviewsOfSubmission");
    for (const attribute of ["privateNote", "scores", "judgeId"]) expect(reviews.Projection.NonKeyAttributes, attribute).not.toContain(attribute);
  });

  it("starts the assignment and the judges' notifications from the judging stream, and only those", () => {
    const judging = tableLogicalIds().judging!;
    const onJudging = resourcesOf("AWS::Lambda::EventSourceMapping").filter(([, m]) => m.Properties.EventSourceArn["Fn::GetAtt"][0] === judging);
    const started = onJudging.map(([, m]) => declaredFunctions().find((f) => f.id === m.Properties.FunctionName.Ref)?.name).sort();
    expect(started).toEqual([jobs.assignJudges.name, jobs.notifyJudges.name].sort());
    for (const [, mapping] of onJudging) {
      expect(mapping.Properties.EventSourceArn).toEqual({ "Fn::GetAtt": [judging, "StreamArn"] });
      expect(mapping.Properties).toMatchObject({ StartingPosition: "TRIM_HORIZON", BisectBatchOnFunctionError: true, MaximumRetryAttempts: 3 });
    }
  });

  it("lets the assignment job write judging and nothing else: no files, no e-mail; it has a minute for the solver", () => {
    const { fn } = functionNamed(jobs.assignJudges.name);
    expect(tablesNamed(fn)).toEqual([tableLogicalIds().judging]);
    expect(dynamoActions(fn)).toContain("dynamodb:UpdateItem");
    expect(s3Actions(fn)).toEqual([]);
    expect(statementsOf(fn).some((s: any) => [s.Action].flat().includes("ses:SendEmail"))).toBe(false);
    expect(fn.Properties.Timeout).toBe(60);
  });

  it("lets a judge's scores be written to the judging table only, the deck read but never written", () => {
    const { fn } = functionNamed(saveScores.name);
    expect(tablesNamed(fn)).toEqual([tableLogicalIds().judging]);
    expect(dynamoActions(fn)).toEqual(expect.arrayContaining(["dynamodb:PutItem", "dynamodb:UpdateItem"]));
    expect(s3Actions(fn)).toEqual(["s3:GetObject", "s3:ListBucket"]);
    expect(fn.Properties.Environment.Variables).not.toHaveProperty("NOTIFY_FROM");
  });

  it("lets a judge's review sheet only read: the judging table and the deck", () => {
    const { fn } = functionNamed(getReviewSheet.name);
    expect(tablesNamed(fn)).toEqual([tableLogicalIds().judging]);
    const actions = dynamoActions(fn);
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).toMatch(READS);
    expect(s3Actions(fn)).toEqual(["s3:GetObject", "s3:ListBucket"]);
  });
});

describe("throttling", () => {
  const stageOf = () => {
    const stages = resourcesOf("AWS::ApiGatewayV2::Stage");
    expect(stages).toHaveLength(1);
    return stages[0]!;
  };

  it("limits every route of the default stage, which logs each request", () => {
    const [, stage] = stageOf();
    expect(stage.Properties).toMatchObject({ StageName: "$default", AutoDeploy: true });
    expect(stage.Properties.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: throttling.everyRoute.rateLimit, ThrottlingBurstLimit: throttling.everyRoute.burstLimit });
    expect(JSON.parse(stage.Properties.AccessLogSettings.Format)).toMatchObject({ requestId: "$context.requestId", status: "$context.status", error: "$context.error.message" });
  });

  it("holds each public route of the route table to the stricter limit, and only those", () => {
    const [, stage] = stageOf();
    const publicKeys = routeList.filter((route) => route.roles === "public").map(routeKey);
    expect(publicKeys).toContain("GET /certificates/{certificateId}");
    expect(Object.keys(stage.Properties.RouteSettings).sort()).toEqual([...publicKeys].sort());
    for (const key of publicKeys) {
      expect(stage.Properties.RouteSettings[key], key).toEqual({ ThrottlingRateLimit: throttling.publicRoute.rateLimit, ThrottlingBurstLimit: throttling.publicRoute.burstLimit });
    }
    expect(throttling.publicRoute.rateLimit).toBeLessThan(throttling.everyRoute.rateLimit);
    expect(throttling.publicRoute.burstLimit).toBeLessThan(throttling.everyRoute.burstLimit);
  });

  it("deploys the stage after the routes its settings name", () => {
    const [, stage] = stageOf();
    for (const key of Object.keys(stage.Properties.RouteSettings)) {
      const [routeId] = resourcesOf("AWS::ApiGatewayV2::Route").find(([, r]) => r.Properties.RouteKey === key)!;
      expect(stage.DependsOn ?? [], key).toContain(routeId);
    }
  });
});

describe("cdk-nag AwsSolutions", () => {
  const describeViolations = (report: PolicyValidationPluginReport) =>
    report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.severity} ${v.ruleName} at ${r.constructPath}: ${v.description}`));

  it("leaves no error and no warning unaccepted", () => {
    expect(describeViolations(nag.left)).toEqual([]);
    expect(nag.left.success).toBe(true);
  });

  it("reports what the stack really has: each acceptance silences a finding on its own construct", () => {
    // Without infra/nag.ts the pack fails (a check that cannot fail proves nothing) ...
    expect(nag.found.success).toBe(false);
    expect(nag.found.violations.some((v) => v.severity === "error")).toBe(true);
    expect(nag.found.violations.some((v) => v.severity === "warning")).toBe(true);
    // ... and every acceptance matches a finding at or below where it was made: none is stale or too wide.
    const acceptances = stack.node.findAll().flatMap((construct) => construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({ at: construct.node.path, id: id.replace(/^annotation::/i, ""), reason }))));
    expect(acceptances.length).toBeGreaterThan(0);
    for (const { at, id, reason } of acceptances) {
      const found = nag.found.violations.find((v) => v.ruleName === id)?.violatingResources.some((r) => r.constructPath === at || r.constructPath?.startsWith(`${at}/`));
      expect(found, `${id} at ${at}`).toBe(true);
      expect(reason, `${id} at ${at}`).toMatch(/^\S.{20,200}$/); // one line, a real reason
    }
  });
});


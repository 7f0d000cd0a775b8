import { readFileSync } from "node:fs";
import { App, NestedStack, Stack, Validations, type PolicyValidationPluginReport } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { beforeAll, describe, expect, it } from "vitest";
import { appendOnlyDenied, LabStack, routeKey, throttling } from "../../infra/lab-stack.js";
import { acceptFindings } from "../../infra/nag.js";
import { jobList, jobs } from "../../shared/api/jobs.js";
import { isWrite, type Route, type Uses } from "../../shared/api/route.js";
import { routeAreas, routeList } from "../../shared/api/routes/index.js";
import { getReviewSheet, saveScores } from "../../shared/api/routes/judging.js";
import { tableNames, type TableName } from "../../shared/data/tables.js";

let stack: LabStack;
/** The parent stack's template: tables, buckets, user pool, queue, API, stage, authorizer, the nested stacks. */
let template: Template;
/** Each template: the parent's and every nested stack's. */
let templates: { stack: Stack; template: Template }[];
/**
 * The resources of every template in one map, as if the deployment were one template: in a nested stack each
 * parameter is replaced by what the parent passes in, in the parent each nested stack's output by its value,
 * so a policy names `ClassesTable4AE801CB` and not the parameter that carries it in.
 */
let deployed: Record<string, any>;
/** The stack each resource of `deployed` is in, by logical id. */
let stackOf: Map<string, Stack>;
/** cdk-nag's AwsSolutions findings without infra/nag.ts, and what is left with it. */
let nag: { found: PolicyValidationPluginReport; left: PolicyValidationPluginReport };

/** Copies `value`, replacing each node `replace` has a replacement for. */
const replaced = (value: unknown, replace: (node: any) => unknown): any => {
  const replacement = replace(value);
  if (replacement !== undefined) return replacement;
  if (Array.isArray(value)) return value.map((item) => replaced(item, replace));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaced(item, replace)]));
  return value;
};

beforeAll(() => {
  const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
  // `new App()` does not read cdk.json; bundling is skipped so the test needs no esbuild run.
  const labStack = () => new LabStack(new App({ context: { ...context, "aws:cdk:bundling-stacks": [] } }), "Test", { env: { account: "123456789012", region: "ap-southeast-3" } });
  // As infra/app.ts does: the findings are accepted before synthesis (some ids are worked out during it).
  stack = labStack();
  acceptFindings(stack);
  template = Template.fromStack(stack);
  const nestedStacks = stack.node.findAll().filter(NestedStack.isNestedStack);
  templates = [{ stack, template }, ...nestedStacks.map((nested) => ({ stack: nested, template: Template.fromStack(nested) }))];

  deployed = {};
  stackOf = new Map();
  const parent = template.toJSON();
  const nested = templates.slice(1).map(({ stack: owner, template: t }) => ({
    owner, json: t.toJSON(), resource: parent.Resources[stack.resolve((owner as NestedStack).nestedStackResource!.logicalId)],
  }));
  const add = (owner: Stack, resources: Record<string, any>) => {
    for (const [id, resource] of Object.entries(resources)) {
      if (id in deployed) throw new Error(`${id} is in two templates`);
      deployed[id] = resource;
      stackOf.set(id, owner);
    }
  };
  // in the parent, `{ "Fn::GetAtt": [<nested stack>, "Outputs.<name>"] }` becomes that output's value
  add(stack, replaced(parent.Resources, (node) => {
    const [resource, attribute] = node?.["Fn::GetAtt"] ?? [];
    if (typeof attribute !== "string" || !attribute.startsWith("Outputs.")) return undefined;
    return nested.find((n) => n.resource === parent.Resources[resource])!.json.Outputs[attribute.slice("Outputs.".length)].Value;
  }));
  // in a nested stack, `{ "Ref": <parameter> }` becomes what the parent passes in
  for (const { owner, json, resource } of nested) {
    const passed = resource.Properties.Parameters ?? {};
    expect(Object.keys(passed).sort(), owner.node.path).toEqual(Object.keys(json.Parameters ?? {}).sort());
    add(owner, replaced(json.Resources, (node) => (typeof node?.Ref === "string" && node.Ref in passed ? passed[node.Ref] : undefined)));
  }

  // cdk-nag 3 reports through CDK's policy validation, not annotations: `validateScope` runs the pack that
  // `cdk synth` runs (infra/app.ts) on the synthesised tree, nested stacks included. What is left with the
  // acceptances, and what the same stack built without them has: every acceptance must silence a finding.
  const left = new AwsSolutionsChecks().validateScope(stack);
  const bare = labStack();
  Template.fromStack(bare); // synthesis wires the nested stacks' parameters, which findings name
  nag = { found: new AwsSolutionsChecks().validateScope(bare), left };
});

/** Every resource of a type, in whichever template it is. */
const resourcesOf = (type: string) => Object.entries(deployed).filter(([, resource]) => resource.Type === type) as [string, any][];

/** The web app's origin as the template writes it: https:// and the distribution's domain. */
const webOrigin = (path = "") => {
  const [distributionId] = resourcesOf("AWS::CloudFront::Distribution")[0]!;
  return { "Fn::Join": ["", ["https://", { "Fn::GetAtt": [distributionId, "DomainName"] }, ...(path ? [path] : [])]] };
};

/** CDK's own function that uploads the web app at deploy time (BucketDeployment), by its logical id. */
const isWebUploader = (id: string) => id.startsWith("CustomCDKBucketDeployment");
/** CDK's own function that invokes the after-deploy jobs at deploy time (aws-cdk-lib/triggers), and its role. */
const isTriggerProvider = (id: string) => id.startsWith("AWSCDKTriggerCustomResourceProvider");
/** The functions of the route and job tables: every function but CDK's own deploy-time ones. */
const ownFunctions = () => resourcesOf("AWS::Lambda::Function").filter(([id]) => !isWebUploader(id) && !isTriggerProvider(id));

/** Every function the route and job tables declare, found in the templates by its description. */
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
    // one authorizer, beside the API in the parent, named by every signed-in route of every nested stack
    const authorizers = resourcesOf("AWS::ApiGatewayV2::Authorizer");
    expect(authorizers).toHaveLength(1);
    const [authorizerId] = authorizers[0]!;
    expect(stackOf.get(authorizerId)).toBe(stack);
    for (const [id, route] of routes.filter(([, r]) => r.Properties.AuthorizationType === "JWT")) expect(route.Properties.AuthorizerId, id).toEqual({ Ref: authorizerId });
  });

  it("runs every function on nodejs22.x arm64 with a log group that expires", () => {
    const functions = ownFunctions();
    expect(functions).toHaveLength(routeList.length + jobList.length);
    for (const [, fn] of functions) {
      expect(fn.Properties.Runtime).toBe("nodejs22.x");
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
    }
    for (const [, group] of resourcesOf("AWS::Logs::LogGroup")) expect(group.Properties.RetentionInDays).toBe(30);
  });

  it("keeps every template, the parent's and each nested stack's, within CloudFormation's 500 resources", () => {
    // Deploys fail past 500. A route costs 7 (function, role, policy, log group, permission, integration,
    // route), so an area of the route table has room for about 70 routes before it needs splitting.
    const counts = templates.map(({ stack: owner, template: t }) => ({ stack: owner.node.path, resources: Object.keys(t.toJSON().Resources).length }));
    const largest = counts.reduce((a, b) => (b.resources > a.resources ? b : a));
    expect(largest.resources, `largest: ${largest.stack} with ${largest.resources} resources`).toBeLessThanOrEqual(500);
  });

  it("puts the functions in nested stacks, one per area of the route table and one for the jobs, and none in the parent", () => {
    const nested = stack.node.findAll().filter(NestedStack.isNestedStack);
    expect(Object.keys(stack.areaStacks)).toEqual(Object.keys(routeAreas));
    expect(new Set(nested)).toEqual(new Set([...Object.values(stack.areaStacks), stack.jobStack]));
    expect(Object.keys(template.findResources("AWS::CloudFormation::Stack"))).toHaveLength(Object.keys(routeAreas).length + 1);
    // only CDK's uploader of the web app, which runs during a deploy
    expect(Object.keys(template.findResources("AWS::Lambda::Function")).map(isWebUploader)).toEqual([true]);
  });

  it("keeps each route's function, integration, permission and API route in its area's nested stack, and each job in the jobs stack", () => {
    const functions = declaredFunctions();
    const functionOf = (name: string) => functions.find((f) => f.name === name)!;
    const routes = resourcesOf("AWS::ApiGatewayV2::Route");
    for (const [area, areaRoutes] of Object.entries(routeAreas)) {
      const areaStack = stack.areaStacks[area as keyof typeof routeAreas];
      for (const route of Object.values(areaRoutes) as Route[]) {
        const { id: fnId } = functionOf(route.name);
        expect(stackOf.get(fnId)?.node.path, `${route.name}'s function`).toBe(areaStack.node.path);
        const [routeId, httpRoute] = routes.find(([, r]) => r.Properties.RouteKey === routeKey(route))!;
        expect(stackOf.get(routeId)?.node.path, `${route.name}'s API route`).toBe(areaStack.node.path);
        // the route calls its own function, through an integration beside it
        const integrationId = httpRoute.Properties.Target["Fn::Join"][1][1].Ref;
        expect(stackOf.get(integrationId)?.node.path, `${route.name}'s integration`).toBe(areaStack.node.path);
        expect(deployed[integrationId].Properties.IntegrationUri, route.name).toEqual({ "Fn::GetAtt": [fnId, "Arn"] });
        const permissions = resourcesOf("AWS::Lambda::Permission").filter(([, p]) => p.Properties.FunctionName["Fn::GetAtt"]?.[0] === fnId);
        expect(permissions.map(([id]) => stackOf.get(id)?.node.path), `${route.name}'s permission`).toEqual([areaStack.node.path]);
      }
    }
    for (const job of jobList) expect(stackOf.get(functionOf(job.name).id)?.node.path, job.name).toBe(stack.jobStack.node.path);
  });

  it("lets every function write its own log group and no other, with no AWS managed policy", () => {
    // but CDK's trigger provider, whose role CDK makes with the basic execution policy (checked in "after a deploy")
    for (const [id, role] of resourcesOf("AWS::IAM::Role").filter(([id]) => !isTriggerProvider(id))) expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
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
      expect(writes, name).toBe(Object.values(uses.tables).some((access) => access === "RW" || access === "append"));
      // an append grant is PutItem on the table and nothing else: no read, no update, no delete
      for (const table of Object.keys(uses.tables).filter((t) => uses.tables[t as TableName] === "append")) {
        const onTable = dataStatements.filter((s: any) => JSON.stringify(s.Resource).includes(ids[table]!));
        expect(onTable.flatMap((s: any) => [s.Action].flat()), `${name} on ${table}`).toEqual(["dynamodb:PutItem"]);
      }
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

  it("keeps assignment files in a private, encrypted bucket whose CORS admits only the web app's origin", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    const [, bucket] = resourcesOf("AWS::S3::Bucket").find(([, b]) => b.Properties.CorsConfiguration)!;
    const rules = bucket.Properties.CorsConfiguration.CorsRules;
    expect(rules).toHaveLength(1);
    expect(rules[0].AllowedOrigins).toEqual([webOrigin()]);
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
    const [triggerId, trigger] = resourcesOf("AWS::Lambda::Function").find(([, f]) => f.Properties.Description?.startsWith("job: Cognito post-confirmation"))!;
    const [poolId, pool] = resourcesOf("AWS::Cognito::UserPool")[0]!;
    expect(pool.Properties.LambdaConfig).toEqual({ PostConfirmation: { "Fn::GetAtt": [triggerId, "Arn"] } });
    // Cognito, and only for this pool, may invoke it
    expect(resourcesOf("AWS::Lambda::Permission").filter(([, p]) => p.Properties.FunctionName["Fn::GetAtt"]?.[0] === triggerId).map(([, p]) => p.Properties)).toEqual([
      { Action: "lambda:InvokeFunction", FunctionName: { "Fn::GetAtt": [triggerId, "Arn"] }, Principal: "cognito-idp.amazonaws.com", SourceArn: { "Fn::GetAtt": [poolId, "Arn"] } },
    ]);
    const roleId = trigger.Properties.Role["Fn::GetAtt"][0];
    const actions = resourcesOf("AWS::IAM::Policy")
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement.flatMap((s: any) => [s.Action].flat()))
      .filter((action: string) => !action.startsWith("logs:")); // its own log group, as every function
    expect(actions).toEqual(["cognito-idp:AdminAddUserToGroup"]);
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

describe("idempotency keys (issue 14)", () => {
  it("keeps them in a table of their own that forgets them by its time to live, granted to every write route and to nothing else", () => {
    const ids = tableLogicalIds();
    const table = template.findResources("AWS::DynamoDB::GlobalTable")[ids.idempotency!]!;
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: "expiration", Enabled: true });
    for (const { name, fn, uses } of declaredFunctions()) {
      const granted = JSON.stringify(statementsOf(fn)).includes(ids.idempotency!);
      const write = "method" in uses && isWrite(uses as Route);
      expect(granted, name).toBe(write);
      expect(Object.keys(fn.Properties.Environment.Variables).includes("TABLE_IDEMPOTENCY"), name).toBe(write);
    }
  });

  it("lets the web app send the header across origins", () => {
    const [, api] = resourcesOf("AWS::ApiGatewayV2::Api")[0]!;
    expect(api.Properties.CorsConfiguration.AllowHeaders).toContain("idempotency-key");
  });
});

describe("after a deploy (issue 13)", () => {
  const afterDeployJobs = jobList.filter((job) => "afterDeploy" in job.trigger);
  const migration = () => declaredFunctions().find((f) => f.name === jobs.migrateProfiles.name)!;

  it("has the profile migration, granted the profiles table to read and write, classes and learning to read, and nothing else: no stream, no files, no e-mail", () => {
    expect(afterDeployJobs.map((job) => job.name)).toEqual([jobs.migrateProfiles.name]);
    const { id, fn } = migration();
    const data = statementsOf(fn).filter((s: any) => [s.Action].flat().some((a: string) => a.startsWith("dynamodb:")));
    const onTable = (table: string) => data.filter((s: any) => JSON.stringify(s.Resource).includes(tableLogicalIds()[table]!)).flatMap((s: any) => [s.Action].flat());
    expect(onTable("profiles")).toEqual(expect.arrayContaining(["dynamodb:Scan", "dynamodb:UpdateItem"]));
    // the classes a business completed before its row of the cluster map: read only
    for (const table of ["classes", "learning"]) {
      expect(onTable(table), table).toEqual(expect.arrayContaining(["dynamodb:Query", "dynamodb:BatchGetItem"]));
      expect(onTable(table).filter((a: string) => /Put|Update|Delete|Write/.test(a)), table).toEqual([]);
    }
    expect(Object.keys(fn.Properties.Environment.Variables).filter((name) => name.startsWith("TABLE_")).sort()).toEqual(["TABLE_CLASSES", "TABLE_LEARNING", "TABLE_PROFILES"]);
    const actions = statementsOf(fn).flatMap((s: any) => [s.Action].flat() as string[]);
    expect(actions.filter((a) => a.startsWith("s3:") || a.startsWith("ses:"))).toEqual([]);
    expect(resourcesOf("AWS::Lambda::EventSourceMapping").filter(([, m]) => m.Properties.FunctionName.Ref === id)).toEqual([]);
  });

  it("runs it once CloudFormation has put its code, grants and tables in place, again whenever its code changes, and fails the deploy if it fails", () => {
    const { id } = migration();
    const triggers = resourcesOf("Custom::Trigger");
    expect(triggers).toHaveLength(afterDeployJobs.length);
    const [triggerId, trigger] = triggers[0]!;
    // the version just published: a new one, so a new run, whenever the function's code or settings change
    const version = deployed[trigger.Properties.HandlerArn.Ref];
    expect(version).toMatchObject({ Type: "AWS::Lambda::Version", Properties: { FunctionName: { Ref: id } } });
    expect(trigger.Properties).toMatchObject({ InvocationType: "RequestResponse", ExecuteOnHandlerChange: true });
    // waits longer than the function may run
    expect(Number(trigger.Properties.Timeout)).toBeGreaterThan(migration().fn.Properties.Timeout * 1000);
    const continues = resourcesOf("AWS::IAM::Policy").find(([, p]) => JSON.stringify(p.Properties.PolicyDocument).includes("lambda:InvokeFunction")
      && p.Properties.Roles.some((r: any) => r.Ref === migration().fn.Properties.Role["Fn::GetAtt"][0]))!;
    expect(trigger.DependsOn).toEqual(expect.arrayContaining([id, continues[0]]));
    // in the jobs stack, beside the function (the tables come in as parameters, deployed before it)
    expect(stackOf.get(triggerId)).toBe(stack.jobStack);
    // CDK's provider that invokes it may invoke that function's versions and nothing else
    const [providerRoleId, providerRole] = resourcesOf("AWS::IAM::Role").find(([roleId]) => isTriggerProvider(roleId))!;
    expect(providerRole.Properties.Policies.flatMap((p: any) => p.PolicyDocument.Statement)).toEqual([
      { Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: [{ "Fn::Join": ["", [{ "Fn::GetAtt": [id, "Arn"] }, ":*"]] }] },
    ]);
    expect(resourcesOf("AWS::IAM::Policy").filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === providerRoleId))).toEqual([]);
  });

  it("lets it hand the rest of its work to a new invocation of itself, and only itself, keeping one that fails for an operator", () => {
    const { id, fn } = migration();
    const invokes = statementsOf(fn).filter((s: any) => [s.Action].flat().includes("lambda:InvokeFunction"));
    expect(invokes).toEqual([expect.objectContaining({ Action: "lambda:InvokeFunction", Resource: { "Fn::GetAtt": [id, "Arn"] } })]);
    // no other function of ours may invoke a function
    for (const { name, fn: other } of declaredFunctions().filter((f) => f.id !== id)) {
      expect(statementsOf(other).some((s: any) => [s.Action].flat().some((a: string) => a.startsWith("lambda:"))), name).toBe(false);
    }
    const [failures] = Object.keys(template.findResources("AWS::SQS::Queue"));
    const [, config] = resourcesOf("AWS::Lambda::EventInvokeConfig").find(([, c]) => c.Properties.FunctionName.Ref === id)!;
    expect(config.Properties).toMatchObject({ MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: { "Fn::GetAtt": [failures, "Arn"] } } } });
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

  it("starts the assignment, the meeting schedule and the judges', applicants' and demo day's notifications from the judging stream, and only those", () => {
    const judging = tableLogicalIds().judging!;
    const onJudging = resourcesOf("AWS::Lambda::EventSourceMapping").filter(([, m]) => m.Properties.EventSourceArn["Fn::GetAtt"][0] === judging);
    const started = onJudging.map(([, m]) => declaredFunctions().find((f) => f.id === m.Properties.FunctionName.Ref)?.name).sort();
    expect(started).toEqual([jobs.assignJudges.name, jobs.scheduleMeetings.name, jobs.notifyJudges.name, jobs.notifyResults.name, jobs.notifyDemoDay.name].sort());
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

  it("lets a judge's scores be written to the judging table only (and the idempotency keys), the class read (a refusal names its time in the event's zone), the deck read but never written", () => {
    const { fn } = functionNamed(saveScores.name);
    const ids = tableLogicalIds();
    expect(tablesNamed(fn)).toEqual([ids.classes, ids.judging, ids.idempotency].sort());
    const onClasses = statementsOf(fn).filter((s: any) => JSON.stringify(s.Resource).includes(ids.classes!));
    expect(onClasses.length).toBeGreaterThan(0);
    for (const action of onClasses.flatMap((s: any) => [s.Action].flat() as string[])) expect(action).toMatch(READS);
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

describe("the web app (issue 12)", () => {
  it("serves it from a private bucket that only its CloudFront distribution reads, over HTTPS", () => {
    const [distributionId, distribution] = resourcesOf("AWS::CloudFront::Distribution")[0]!;
    const config = distribution.Properties.DistributionConfig;
    expect(config.DefaultRootObject).toBe("index.html");
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe("redirect-to-https");
    expect(config.Logging.Bucket).toBeDefined();
    const bucketId = config.Origins[0].DomainName["Fn::GetAtt"][0];
    expect(config.Origins[0].OriginAccessControlId).toBeDefined();
    expect(deployed[bucketId].Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    // the bucket's policy lets CloudFront read, and only from this distribution
    const [, policy] = resourcesOf("AWS::S3::BucketPolicy").find(([, p]) => p.Properties.Bucket.Ref === bucketId)!;
    const reads = policy.Properties.PolicyDocument.Statement.filter((st: any) => st.Effect === "Allow");
    expect(reads).toEqual([expect.objectContaining({ Action: "s3:GetObject", Principal: { Service: "cloudfront.amazonaws.com" } })]);
    expect(JSON.stringify(reads[0].Condition)).toContain(distributionId);
  });

  it("uploads the built app, and a config.json naming the API and the user pool, written at deploy time", () => {
    const uploads = resourcesOf("Custom::CDKBucketDeployment").map(([, r]) => r.Properties);
    expect(uploads).toHaveLength(2);
    const entry = uploads.find((u) => u.Include)!;
    expect(entry.Include).toEqual(["index.html", "config.json"]);
    expect(entry.SystemMetadata).toEqual({ "cache-control": "no-cache" });
    expect(entry.DistributionPaths).toContain("/index.html");
    const assets = uploads.find((u) => !u.Include)!;
    expect(assets.SystemMetadata).toEqual({ "cache-control": "public, max-age=31536000, immutable" });
    expect(uploads.every((u) => u.Prune === false)).toBe(true);
    // config.json's values are markers the upload replaces with the API's URL, the pool and its client
    const markers = JSON.stringify(entry.SourceMarkers);
    const [apiId] = resourcesOf("AWS::ApiGatewayV2::Api")[0]!;
    const [clientId] = resourcesOf("AWS::Cognito::UserPoolClient")[0]!;
    const [poolId] = resourcesOf("AWS::Cognito::UserPool")[0]!;
    for (const id of [apiId, clientId, poolId]) expect(markers).toContain(id);
  });

  it("signs in with the authorization code flow (PKCE, no secret) back to the app, and lets only the app call the API", () => {
    const [, client] = resourcesOf("AWS::Cognito::UserPoolClient")[0]!;
    expect(client.Properties.AllowedOAuthFlows).toEqual(["code"]);
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties.AllowedOAuthScopes).toContain("openid");
    const back = webOrigin("/");
    expect(client.Properties.CallbackURLs).toEqual([back]);
    expect(client.Properties.LogoutURLs).toEqual([back]);
    expect(resourcesOf("AWS::Cognito::UserPoolDomain")).toHaveLength(1);
    const [, api] = resourcesOf("AWS::ApiGatewayV2::Api")[0]!;
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual([webOrigin()]);
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
      // the route is in a nested stack: the stage waits for that whole stack
      const routeStack = stackOf.get(routeId)!;
      expect(NestedStack.isNestedStack(routeStack), key).toBe(true);
      expect(stage.DependsOn ?? [], key).toContain(stack.resolve((routeStack as NestedStack).nestedStackResource!.logicalId));
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
    // a function in a nested stack names the parent's tables and bucket by the parameters that carry them in
    expect(acceptances.some(({ id }) => id.startsWith("AwsSolutions-IAM5[Resource::<referenceto"))).toBe(true);
    for (const { at, id, reason } of acceptances) {
      const found = nag.found.violations.find((v) => v.ruleName === id)?.violatingResources.some((r) => r.constructPath === at || r.constructPath?.startsWith(`${at}/`));
      expect(found, `${id} at ${at}`).toBe(true);
      expect(reason, `${id} at ${at}`).toMatch(/^\S.{20,200}$/); // one line, a real reason
    }
  });
});


describe("results (issue 10)", () => {
  const auditTable = () => template.findResources("AWS::DynamoDB::GlobalTable")[tableLogicalIds().audit!]!.Properties;

  it("keeps an audit table whose own policy refuses every update and delete to everyone", () => {
    const policy = auditTable().Replicas[0].ResourcePolicy.PolicyDocument;
    expect(policy.Statement).toEqual([expect.objectContaining({ Effect: "Deny", Principal: { AWS: "*" }, Action: [...appendOnlyDenied].sort(), Resource: "*" })]);
    // the other tables have no such policy: their items change as the product works
    for (const name of tableNames.filter((table) => table !== "audit")) {
      expect(template.findResources("AWS::DynamoDB::GlobalTable")[tableLogicalIds()[name]!]!.Properties.Replicas[0].ResourcePolicy, name).toBeUndefined();
    }
  });

  it("lets the routes that record in the audit log add entries only, and only organisers' reading route read it", () => {
    const auditors = routeList.filter((route) => route.tables.audit);
    expect(auditors.filter((route) => route.tables.audit === "R").map((route) => route.name)).toEqual(["readAuditLog"]);
    expect(auditors.filter((route) => route.tables.audit !== "R").every((route) => route.tables.audit === "append")).toBe(true);
    expect(auditors.every((route) => route.roles !== "public" && route.roles.length === 1 && route.roles[0] === "admin")).toBe(true);
    expect(jobList.filter((job) => job.tables.audit)).toEqual([]);
  });
});

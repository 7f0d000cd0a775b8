import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { LabStack } from "../../infra/lab-stack.js";
import { jobList } from "../../shared/api/jobs.js";
import type { Uses } from "../../shared/api/route.js";
import { routeList } from "../../shared/api/routes/index.js";
import { tableNames, type TableName } from "../../shared/data/tables.js";

let template: Template;

beforeAll(() => {
  const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
  // `new App()` does not read cdk.json; bundling is skipped so the test needs no esbuild run.
  const app = new App({ context: { ...context, "aws:cdk:bundling-stacks": [] } });
  template = Template.fromStack(new LabStack(app, "Test", { env: { account: "123456789012", region: "ap-southeast-3" } }));
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
    const [, bucket] = resourcesOf("AWS::S3::Bucket")[0]!;
    const rules = bucket.Properties.CorsConfiguration.CorsRules;
    expect(rules).toHaveLength(1);
    expect(rules[0].AllowedOrigins).toEqual(["http://localhost:5173"]);
    expect(rules[0].AllowedOrigins).not.toContain("*");
    expect(rules[0].AllowedMethods.sort()).toEqual(["GET", "PUT"]);
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } })]) },
    });
  });

  it("gives the file store only to functions that declare it, write access only where they upload or write", () => {
    for (const { name, fn, uses } of declaredFunctions()) {
      const s3 = statementsOf(fn).flatMap((s: any) => [s.Action].flat() as string[]).filter((a) => a.startsWith("s3:"));
      expect(s3.length > 0, name).toBe(uses.files !== undefined);
      expect(s3.some((a) => a.startsWith("s3:Put")), name).toBe(uses.files === "RW");
      expect("FILES_BUCKET" in fn.Properties.Environment.Variables, name).toBe(uses.files !== undefined);
    }
  });

  it("makes every new sign-up an applicant, and nothing more", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", { LambdaConfig: { PostConfirmation: Match.anyValue() } });
    const [, trigger] = resourcesOf("AWS::Lambda::Function").find(([, f]) => f.Properties.Description?.startsWith("job: Cognito post-confirmation"))!;
    const roleId = trigger.Properties.Role["Fn::GetAtt"][0];
    const actions = resourcesOf("AWS::IAM::Policy")
      .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement.flatMap((s: any) => [s.Action].flat()));
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

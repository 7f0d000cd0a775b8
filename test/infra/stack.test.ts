import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { LabStack } from "../../infra/lab-stack.js";
import { routeList } from "../../shared/api/routes/index.js";
import { tableNames } from "../../shared/data/tables.js";

let template: Template;

beforeAll(() => {
  const { context } = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8"));
  // `new App()` does not read cdk.json; bundling is skipped so the test needs no esbuild run.
  const app = new App({ context: { ...context, "aws:cdk:bundling-stacks": [] } });
  template = Template.fromStack(new LabStack(app, "Test", { env: { account: "123456789012", region: "ap-southeast-3" } }));
});

const resourcesOf = (type: string) => Object.entries(template.findResources(type)) as [string, any][];

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
    expect(functions).toHaveLength(routeList.length + 1); // + the sign-up trigger
    for (const [, fn] of functions) {
      expect(fn.Properties.Runtime).toBe("nodejs22.x");
      expect(fn.Properties.Architectures).toEqual(["arm64"]);
    }
    for (const [, group] of resourcesOf("AWS::Logs::LogGroup")) expect(group.Properties.RetentionInDays).toBe(30);
  });

  it("grants each function only the tables its route declares, read-only where the route only reads", () => {
    const ids = tableLogicalIds();
    const functions = resourcesOf("AWS::Lambda::Function");
    const policies = resourcesOf("AWS::IAM::Policy");
    for (const route of routeList) {
      const [fnId, fn] = functions.find(([, f]) => f.Properties.Description?.startsWith(`${route.method} ${route.path} `))!;
      const roleId = fn.Properties.Role["Fn::GetAtt"][0];
      const statements = policies
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      const named = new Set(JSON.stringify(statements).match(/"[A-Za-z0-9]+Table[A-Z0-9]{8}"/g)?.map((s) => s.slice(1, -1)) ?? []);
      const declared = Object.keys(route.tables).map((table) => ids[table]);
      expect([...named].sort(), `${route.name} (${fnId})`).toEqual(declared.sort());
      const writes = statements.some((s: any) => [s.Action].flat().some((a: string) => a.startsWith("dynamodb:Put") || a.startsWith("dynamodb:Update")));
      expect(writes, route.name).toBe(Object.values(route.tables).includes("RW"));
      const env = fn.Properties.Environment.Variables;
      expect(Object.keys(env).filter((k) => k.startsWith("TABLE_")).sort()).toEqual(Object.keys(route.tables).map((t) => `TABLE_${t.toUpperCase()}`).sort());
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

  it("gives the file store only to routes that declare it, write access only where they upload", () => {
    const functions = resourcesOf("AWS::Lambda::Function");
    const policies = resourcesOf("AWS::IAM::Policy");
    for (const route of routeList) {
      const [, fn] = functions.find(([, f]) => f.Properties.Description?.startsWith(`${route.method} ${route.path} `))!;
      const roleId = fn.Properties.Role["Fn::GetAtt"][0];
      const actions = policies
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement)
        .flatMap((s: any) => [s.Action].flat()) as string[];
      const s3 = actions.filter((a) => a.startsWith("s3:"));
      expect(s3.length > 0, route.name).toBe(route.files !== undefined);
      expect(s3.some((a) => a.startsWith("s3:Put")), route.name).toBe(route.files === "RW");
      expect("FILES_BUCKET" in fn.Properties.Environment.Variables, route.name).toBe(route.files !== undefined);
    }
  });

  it("makes every new sign-up an applicant, and nothing more", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", { LambdaConfig: { PostConfirmation: Match.anyValue() } });
    const [, trigger] = resourcesOf("AWS::Lambda::Function").find(([, f]) => f.Properties.Description?.startsWith("Cognito post-confirmation"))!;
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

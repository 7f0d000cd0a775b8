import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import { CorsHttpMethod, HttpApi, LogGroupLogDestination, type CfnStage, type HttpRoute, type ThrottleSettings } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { CfnUserPoolGroup, OAuthScope, UserPool, UserPoolOperation } from "aws-cdk-lib/aws-cognito";
import { AnyPrincipal, Effect, Policy, PolicyDocument, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { AttributeType, Billing, ProjectionType, StreamViewType, TableV2, type ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Function as LambdaFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { jobList } from "../shared/api/jobs.js";
import type { Route } from "../shared/api/route.js";
import { routeAreas, type RouteArea } from "../shared/api/routes/index.js";
import { STAGED_UPLOAD_PREFIX } from "../shared/data/keys.js";
import { tableNames, tables, type TableDefinition, type TableName } from "../shared/data/tables.js";
import { STAGED_UPLOAD_DAYS } from "../shared/domain/files.js";
import { roles } from "../shared/domain/roles.js";
import { JobStack, pascal, RouteAreaStack } from "./function-stacks.js";
import type { LabFunction } from "./lab-function.js";
import { WebSite } from "./web-site.js";

/**
 * API Gateway throttling, requests per second (steady rate, and the burst a full token bucket allows),
 * per route. A throttled request gets 429 before any Lambda runs.
 */
export const throttling = {
  /**
   * Every route, unless set below: room for an enrolment rush at the rate our write path sustains
   * (~300 enrolments/s into one class, ~500/s across classes: STACK.md §12), far under the Region's
   * 10,000/s (burst 5,000) that every API in the account shares, so one runaway client or retry loop
   * cannot spend the account's quota or its Lambda concurrency.
   */
  everyRoute: { rateLimit: 500, burstLimit: 1000 },
  /**
   * Routes the route table marks `public` (certificate lookup, reference lists, the OpenAPI document):
   * anonymous, so no token to trace or revoke, and each request still runs a Lambda (a certificate a
   * DynamoDB read too). People look these up by hand, a few a minute; 20/s caps what a scraper or an
   * id-guessing loop can cost. The limit is per route, not per caller: a flood makes that route answer
   * 429 for everyone while the signed-in routes keep their own limits.
   */
  publicRoute: { rateLimit: 20, burstLimit: 50 },
} as const satisfies Record<string, ThrottleSettings>;

/**
 * What nobody may do to an append-only table's items, whatever their own IAM says: an explicit deny in
 * the table's resource policy wins over every allow, so not even an operator with full DynamoDB rights
 * can rewrite or delete an audit entry (PutItem of an existing key is refused by the writer's condition).
 */
export const appendOnlyDenied = ["dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete"];
const appendOnlyPolicy = () => new PolicyDocument({
  statements: [new PolicyStatement({ sid: "AppendOnly", effect: Effect.DENY, principals: [new AnyPrincipal()], actions: appendOnlyDenied, resources: ["*"] })],
});

/** API Gateway's key for a route: `GET /certificates/{certificateId}`. */
export const routeKey = (route: Pick<Route, "method" | "path">) => `${route.method} ${route.path}`;

/**
 * Everything is generated from the table definitions, the route table and the job table; nothing here is
 * per-route, per-area or per-job. This stack holds what the functions share (tables, buckets, user pool,
 * job failure queue, HTTP API with its stage and authorizer); the functions live in nested stacks, one per
 * route area and one for the jobs (infra/function-stacks.ts), because CloudFormation takes at most 500
 * resources per template and each route costs 7. CDK passes what they use from here in as parameters.
 */
export class LabStack extends Stack {
  readonly dataTables = {} as Record<TableName, ITableV2>;
  readonly files: Bucket;
  readonly fileAccessLogs: Bucket;
  readonly web: WebSite;
  readonly userPool: UserPool;
  readonly jobFailures: Queue;
  readonly api: HttpApi;
  /** One nested stack per area of the route table. */
  readonly areaStacks = {} as Record<RouteArea, RouteAreaStack>;
  readonly jobStack: JobStack;
  /** One per route and per job. */
  readonly functions: LabFunction[] = [];
  /** The API route of each route the route table marks `public`. */
  readonly publicRoutes: { route: Route; httpRoute: HttpRoute }[] = [];

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const dataTables = this.dataTables;
    for (const name of tableNames) {
      const definition: TableDefinition = tables[name];
      dataTables[name] = new TableV2(this, `${pascal(name)}Table`, {
          partitionKey: { name: "pk", type: AttributeType.STRING },
          sortKey: { name: "sk", type: AttributeType.STRING },
          billing: Billing.onDemand(),
          pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
          deletionProtection: true,
          removalPolicy: RemovalPolicy.RETAIN,
          timeToLiveAttribute: definition.ttlAttribute,
          dynamoStream: definition.stream ? StreamViewType.NEW_AND_OLD_IMAGES : undefined,
          resourcePolicy: definition.appendOnly ? appendOnlyPolicy() : undefined,
          globalSecondaryIndexes: definition.indexes.map((index) => ({
            indexName: index.name,
            partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
            sortKey: { name: index.sortKey, type: AttributeType.STRING },
            ...(index.projection ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.projection] } : {}),
          })),
        });
    }

    // Who fetched or stored which file: presigned links can be passed on. 90 days is long enough to look
    // into a leaked link, short enough not to become a second store of people's addresses.
    const fileAccessLogs = this.fileAccessLogs = new Bucket(this, "FileAccessLogs", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    const web = this.web = new WebSite(this, "Web", { accessLogs: fileAccessLogs });
    // the web app's origin is the only one a browser may call the API or the file store from
    const webOrigins = [web.origin];
    const files = this.files = new Bucket(this, "Files", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: fileAccessLogs,
      serverAccessLogsPrefix: "files/",
      // browsers upload and download straight to S3 with presigned URLs, from our own web origins only
      cors: [{ allowedMethods: [HttpMethods.PUT, HttpMethods.GET], allowedOrigins: webOrigins, allowedHeaders: ["content-type"], maxAge: 3600 }],
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // uploads that were never handed in (a handed-in file is copied out of staging, shared/app/progress.ts)
        { prefix: STAGED_UPLOAD_PREFIX, expiration: Duration.days(STAGED_UPLOAD_DAYS) },
      ],
    });

    const userPool = this.userPool = new UserPool(this, "Users", {
      selfSignUpEnabled: true,
      signInAliases: { email: true, phone: true },
      autoVerify: { email: true },
      // Cognito's own default, written out so that a check (cdk-nag COG1) can see it.
      passwordPolicy: { minLength: 8, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const role of roles) new CfnUserPoolGroup(this, `${pascal(role)}Group`, { userPoolId: userPool.userPoolId, groupName: role });
    // The web app signs in with the authorization code flow and PKCE (no client secret in a browser) on the
    // pool's managed sign-in pages, and sends the access token to the API.
    const signInDomain = userPool.addDomain("SignIn", { cognitoDomain: { domainPrefix: `lab-wirausaha-${this.account}` } });
    const client = userPool.addClient("WebClient", {
      authFlows: { userSrp: true },
      generateSecret: false,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PHONE, OAuthScope.PROFILE],
        callbackUrls: [`${web.origin}/`],
        logoutUrls: [`${web.origin}/`],
      },
      preventUserExistenceErrors: true,
    });
    const notifyFrom = (this.node.tryGetContext("lab:notifyFrom") as string | undefined) ?? "no-reply@example.org";
    const shared = { tables: dataTables, files, notifyFrom };

    // Batches a stream job gave up on (after its retries) are kept here for an operator, not dropped.
    const jobFailures = this.jobFailures = new Queue(this, "JobFailures", { encryption: QueueEncryption.SQS_MANAGED, retentionPeriod: Duration.days(14), enforceSSL: true });

    const jobStack = this.jobStack = new JobStack(this, "Jobs", { jobs: jobList, jobFailures, ...shared });
    for (const { job, function: jobFunction } of jobStack.jobs) {
      this.functions.push(jobFunction);
      if (!("cognito" in job.trigger)) continue;
      // The pool's side of the trigger is made here, beside the pool. The pool names the function (an output
      // of the jobs stack), so nothing in the jobs stack may name the pool, or each stack would wait for the
      // other (pool → jobs stack → pool: synthesis refuses the cycle). So the invoke permission is made here,
      // on the function imported by its ARN, and the right to add users to groups is a policy of its own
      // here, on the function's role.
      const fn = jobFunction.function;
      userPool.addTrigger(UserPoolOperation.POST_CONFIRMATION, LambdaFunction.fromFunctionAttributes(this, `${pascal(job.name)}Trigger`, {
        functionArn: fn.functionArn, sameEnvironment: true,
      }));
      new Policy(this, `${pascal(job.name)}Policy`, {
        roles: [fn.role!],
        statements: [new PolicyStatement({ actions: ["cognito-idp:AdminAddUserToGroup"], resources: [userPool.userPoolArn] })],
      });
    }

    // The authorizer checks the token; each handler then checks the route's roles from `cognito:groups`.
    const authorizer = new HttpJwtAuthorizer("CognitoAuthorizer", `https://cognito-idp.${this.region}.amazonaws.com/${userPool.userPoolId}`, {
      jwtAudience: [client.userPoolClientId],
    });
    const api = this.api = new HttpApi(this, "Api", {
      // made below, under the same id, with throttling and access logs (HttpApi's own takes neither)
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: webOrigins,
        allowHeaders: ["authorization", "content-type", "accept-language", "idempotency-key"],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PATCH, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
      },
    });
    const accessLogs = new LogGroup(this, "ApiAccessLogs", { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const stage = api.addStage("DefaultStage", {
      autoDeploy: true,
      throttle: throttling.everyRoute,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // JSON for Logs Insights; `error` shows throttling ("Too Many Requests") and authorizer refusals.
        format: AccessLogFormat.custom(JSON.stringify({
          requestId: "$context.requestId", ip: "$context.identity.sourceIp", time: "$context.requestTime",
          route: "$context.routeKey", status: "$context.status", latency: "$context.responseLatency",
          error: "$context.error.message", authorizerError: "$context.authorizer.error", integrationError: "$context.integrationErrorMessage",
        })),
      },
    });

    for (const area of Object.keys(routeAreas) as RouteArea[]) {
      const areaStack = this.areaStacks[area] = new RouteAreaStack(this, `${pascal(area)}Routes`, {
        area, routes: Object.values(routeAreas[area]) as Route[], api, authorizer, ...shared,
      });
      for (const { route, function: routeFunction, httpRoute } of areaStack.routes) {
        this.functions.push(routeFunction);
        if (route.roles === "public") this.publicRoutes.push({ route, httpRoute });
      }
    }

    // The stricter limit for anonymous routes, as route settings of the stage (the L2 stage has none).
    (stage.node.defaultChild as CfnStage).routeSettings = Object.fromEntries(this.publicRoutes.map(({ route }) => [
      routeKey(route),
      { ThrottlingRateLimit: throttling.publicRoute.rateLimit, ThrottlingBurstLimit: throttling.publicRoute.burstLimit },
    ]));
    // A stage naming a route that does not exist yet fails to deploy ("Unable to find Route by key"). The
    // routes are in nested stacks: CDK turns each dependency into one on the route's nested stack.
    for (const { httpRoute } of this.publicRoutes) stage.node.addDependency(httpRoute);

    web.publish({
      signIn: "cognito",
      apiUrl: api.apiEndpoint,
      authority: `https://cognito-idp.${this.region}.amazonaws.com/${userPool.userPoolId}`,
      clientId: client.userPoolClientId,
      signInDomain: signInDomain.baseUrl(),
    });

    new CfnOutput(this, "WebUrl", { value: web.origin });
    new CfnOutput(this, "ApiUrl", { value: api.apiEndpoint });
    new CfnOutput(this, "UserPoolId", { value: userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: client.userPoolClientId });
  }
}

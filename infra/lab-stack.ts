import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import { CorsHttpMethod, HttpApi, HttpMethod, LogGroupLogDestination, type CfnStage, type HttpRoute, type ThrottleSettings } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { CfnUserPoolGroup, UserPool, UserPoolOperation } from "aws-cdk-lib/aws-cognito";
import { Policy, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { AttributeType, Billing, ProjectionType, StreamViewType, TableV2, type ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { StartingPosition } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { jobList } from "../shared/api/jobs.js";
import type { Route } from "../shared/api/route.js";
import { routeList } from "../shared/api/routes/index.js";
import { STAGED_UPLOAD_PREFIX } from "../shared/data/keys.js";
import { tableNames, tables, type TableDefinition, type TableName } from "../shared/data/tables.js";
import { STAGED_UPLOAD_DAYS } from "../shared/domain/files.js";
import { roles } from "../shared/domain/roles.js";
import { LabFunction } from "./lab-function.js";

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

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

/** API Gateway's key for a route: `GET /certificates/{certificateId}`. */
export const routeKey = (route: Pick<Route, "method" | "path">) => `${route.method} ${route.path}`;

/** Everything is generated from the table definitions, the route table and the job table; nothing here is per-route or per-job. */
export class LabStack extends Stack {
  readonly dataTables = {} as Record<TableName, ITableV2>;
  readonly files: Bucket;
  readonly fileAccessLogs: Bucket;
  readonly userPool: UserPool;
  readonly jobFailures: Queue;
  readonly api: HttpApi;
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
          globalSecondaryIndexes: definition.indexes.map((index) => ({
            indexName: index.name,
            partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
            sortKey: { name: index.sortKey, type: AttributeType.STRING },
            ...(index.projection ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.projection] } : {}),
          })),
        });
    }

    const webOrigins = (this.node.tryGetContext("lab:webOrigins") as string[] | undefined) ?? [];
    // Who fetched or stored which file: presigned links can be passed on. 90 days is long enough to look
    // into a leaked link, short enough not to become a second store of people's addresses.
    const fileAccessLogs = this.fileAccessLogs = new Bucket(this, "FileAccessLogs", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
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
    const client = userPool.addClient("WebClient", { authFlows: { userSrp: true }, generateSecret: false });
    const notifyFrom = (this.node.tryGetContext("lab:notifyFrom") as string | undefined) ?? "no-reply@example.org";
    const functionProps = { tables: dataTables, files, notifyFrom };

    // Batches a stream job gave up on (after its retries) are kept here for an operator, not dropped.
    const jobFailures = this.jobFailures = new Queue(this, "JobFailures", { encryption: QueueEncryption.SQS_MANAGED, retentionPeriod: Duration.days(14), enforceSSL: true });

    for (const job of jobList) {
      const jobFunction = new LabFunction(this, pascal(job.name), {
        handler: job.handler, description: `job: ${job.summary}`, uses: job, ...functionProps, timeout: Duration.seconds(60),
      });
      this.functions.push(jobFunction);
      const fn = jobFunction.function;
      if ("stream" in job.trigger) {
        // A failing batch is split to find the bad record and retried a few times; the work is idempotent.
        fn.addEventSource(new DynamoEventSource(dataTables[job.trigger.stream], {
          startingPosition: StartingPosition.TRIM_HORIZON, batchSize: 100, retryAttempts: 3, bisectBatchOnError: true,
          onFailure: new SqsDlq(jobFailures),
        }));
      } else {
        userPool.addTrigger(UserPoolOperation.POST_CONFIRMATION, fn);
        // A policy of its own: in the role's default policy the pool's ARN would close a cycle (pool → trigger → role → pool).
        new Policy(this, `${pascal(job.name)}Policy`, {
          roles: [fn.role!],
          statements: [new PolicyStatement({ actions: ["cognito-idp:AdminAddUserToGroup"], resources: [userPool.userPoolArn] })],
        });
      }
    }

    // The authorizer checks the token; each handler then checks the route's roles from `cognito:groups`.
    const authorizer = new HttpJwtAuthorizer("CognitoAuthorizer", `https://cognito-idp.${this.region}.amazonaws.com/${userPool.userPoolId}`, {
      jwtAudience: [client.userPoolClientId],
    });
    const api = this.api = new HttpApi(this, "Api", {
      // made below, under the same id, with throttling and access logs (HttpApi's own takes neither)
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: ["*"],
        allowHeaders: ["authorization", "content-type", "accept-language"],
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

    for (const route of routeList) {
      const routeFunction = new LabFunction(this, pascal(route.name), {
        handler: route.handler,
        description: `${route.method} ${route.path} — ${route.summary}`,
        uses: route,
        ...functionProps,
      });
      this.functions.push(routeFunction);
      const [httpRoute] = api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${pascal(route.name)}Integration`, routeFunction.function),
        authorizer: route.roles === "public" ? undefined : authorizer,
      });
      if (route.roles === "public") this.publicRoutes.push({ route, httpRoute: httpRoute! });
    }

    // The stricter limit for anonymous routes, as route settings of the stage (the L2 stage has none).
    (stage.node.defaultChild as CfnStage).routeSettings = Object.fromEntries(this.publicRoutes.map(({ route }) => [
      routeKey(route),
      { ThrottlingRateLimit: throttling.publicRoute.rateLimit, ThrottlingBurstLimit: throttling.publicRoute.burstLimit },
    ]));
    // A stage naming a route that does not exist yet fails to deploy ("Unable to find Route by key").
    for (const { httpRoute } of this.publicRoutes) stage.node.addDependency(httpRoute);

    new CfnOutput(this, "ApiUrl", { value: api.apiEndpoint });
    new CfnOutput(this, "UserPoolId", { value: userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: client.userPoolClientId });
  }
}

import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { CorsHttpMethod, HttpApi, HttpMethod } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { CfnUserPoolGroup, UserPool, UserPoolOperation } from "aws-cdk-lib/aws-cognito";
import { Policy, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { AttributeType, Billing, ProjectionType, StreamViewType, TableV2, type ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { jobList } from "../shared/api/jobs.js";
import { routeList } from "../shared/api/routes/index.js";
import { tableNames, tables, type TableDefinition, type TableName } from "../shared/data/tables.js";
import { roles } from "../shared/domain/roles.js";
import { LabFunction } from "./lab-function.js";

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Everything is generated from the table definitions, the route table and the job table; nothing here is per-route or per-job. */
export class LabStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const dataTables = {} as Record<TableName, ITableV2>;
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
    const files = new Bucket(this, "Files", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // browsers upload and download straight to S3 with presigned URLs, from our own web origins only
      cors: [{ allowedMethods: [HttpMethods.PUT, HttpMethods.GET], allowedOrigins: webOrigins, allowedHeaders: ["content-type"], maxAge: 3600 }],
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    });

    const userPool = new UserPool(this, "Users", {
      selfSignUpEnabled: true,
      signInAliases: { email: true, phone: true },
      autoVerify: { email: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const role of roles) new CfnUserPoolGroup(this, `${pascal(role)}Group`, { userPoolId: userPool.userPoolId, groupName: role });
    const client = userPool.addClient("WebClient", { authFlows: { userSrp: true }, generateSecret: false });
    const notifyFrom = (this.node.tryGetContext("lab:notifyFrom") as string | undefined) ?? "no-reply@example.org";
    const functionProps = { tables: dataTables, files, notifyFrom };

    // Batches a stream job gave up on (after its retries) are kept here for an operator, not dropped.
    const jobFailures = new Queue(this, "JobFailures", { encryption: QueueEncryption.SQS_MANAGED, retentionPeriod: Duration.days(14), enforceSSL: true });

    for (const job of jobList) {
      const { function: fn } = new LabFunction(this, pascal(job.name), {
        handler: job.handler, description: `job: ${job.summary}`, uses: job, ...functionProps, timeout: Duration.seconds(60),
      });
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
    const api = new HttpApi(this, "Api", {
      corsPreflight: {
        allowOrigins: ["*"],
        allowHeaders: ["authorization", "content-type", "accept-language"],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PATCH, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
      },
    });

    for (const route of routeList) {
      const { function: handler } = new LabFunction(this, pascal(route.name), {
        handler: route.handler,
        description: `${route.method} ${route.path} — ${route.summary}`,
        uses: route,
        ...functionProps,
      });
      api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${pascal(route.name)}Integration`, handler),
        authorizer: route.roles === "public" ? undefined : authorizer,
      });
    }

    new CfnOutput(this, "ApiUrl", { value: api.apiEndpoint });
    new CfnOutput(this, "UserPoolId", { value: userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: client.userPoolClientId });
  }
}

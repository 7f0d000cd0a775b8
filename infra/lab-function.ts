import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { TableAccess, Uses } from "../shared/api/route.js";
import { afterBundling, lambdaBundling } from "./bundling.js";
import { tableEnvVar, type TableName } from "../shared/data/tables.js";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));

/** Every SES identity of the account and Region: SES checks the sender's and, in the sandbox, each recipient's. */
export function sesIdentities(scope: Construct): string {
  const { account, region, partition } = Stack.of(scope);
  return `arn:${partition}:ses:${region}:${account}:identity/*`;
}

export interface LabFunctionProps {
  /** File under `functions/` exporting `handler`. */
  handler: string;
  description: string;
  /** What the function may touch: exactly what its route or job declares. */
  uses: Uses;
  tables: Record<TableName, ITableV2>;
  files: IBucket;
  /** The verified SES sender notifications come from. */
  notifyFrom: string;
  /** Requests get 10 s; jobs that walk a whole class get longer. */
  timeout?: Duration;
}

/** The only place a function's settings live: granted exactly the tables and files it declares. */
export class LabFunction extends Construct {
  readonly function: NodejsFunction;
  /** What the route or job declares, kept for the cdk-nag acknowledgements (infra/nag.ts). */
  readonly uses: Uses;

  constructor(scope: Construct, id: string, { handler, description, uses, tables, files, notifyFrom, timeout = Duration.seconds(10) }: LabFunctionProps) {
    super(scope, id);
    this.uses = uses;
    const granted = Object.entries(uses.tables) as [TableName, TableAccess][];
    const logGroup = new LogGroup(this, "Logs", { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    // A role of our own instead of AWSLambdaBasicExecutionRole, whose logs:* rights span every log group.
    const role = new Role(this, "Role", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    logGroup.grantWrite(role);
    this.function = new NodejsFunction(this, "Function", {
      description,
      entry: join(projectRoot, handler),
      handler: "handler",
      projectRoot,
      depsLockFilePath: join(projectRoot, "package-lock.json"),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout,
      role,
      logGroup,
      environment: {
        NODE_OPTIONS: "--enable-source-maps",
        ...Object.fromEntries(granted.map(([table]) => [tableEnvVar(table), tables[table].tableName])),
        ...(uses.files ? { FILES_BUCKET: files.bucketName } : {}),
        ...(uses.notifies ? { NOTIFY_FROM: notifyFrom } : {}),
      },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: [...lambdaBundling.mainFields],
        // the SDK we test is the SDK we run
        bundleAwsSDK: true,
        minify: lambdaBundling.minify,
        sourceMap: true,
        target: lambdaBundling.target,
        banner: lambdaBundling.banner,
        esbuildArgs: Object.fromEntries(Object.entries(lambdaBundling.alias).map(([name, path]) => [`--alias:${name}`, path])),
        // files a library reads beside the bundle (HiGHS's WebAssembly), for the handlers that need them
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => afterBundling(uses, inputDir, outputDir),
        },
      },
    });
    for (const [table, access] of granted) {
      if (access === "RW") tables[table].grantReadWriteData(this.function);
      else if (access === "R") tables[table].grantReadData(this.function);
      // new items only: no read, no update, no delete (the audit log); the table's policy refuses those too
      else tables[table].grant(this.function, "dynamodb:PutItem");
    }
    // Presigned URLs act with the signer's rights: uploads need PutObject, downloads GetObject. ListBucket
    // lets a HEAD of a missing key answer 404 rather than 403 (shared/files/s3-store.ts#describe).
    // Named actions rather than grantRead/grantReadWrite, which add deletes, tagging and bucket settings.
    if (uses.files) {
      const objectActions = uses.files === "RW" ? ["s3:GetObject", "s3:PutObject"] : ["s3:GetObject"];
      role.addToPrincipalPolicy(new PolicyStatement({ actions: objectActions, resources: [files.arnForObjects("*")] }));
      role.addToPrincipalPolicy(new PolicyStatement({ actions: ["s3:ListBucket"], resources: [files.bucketArn] }));
    }
    if (uses.notifies) this.function.addToRolePolicy(new PolicyStatement({ actions: ["ses:SendEmail"], resources: [sesIdentities(this)] }));
  }
}

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { Uses } from "../shared/api/route.js";
import { lambdaBundling } from "./bundling.js";
import { tableEnvVar, type TableName } from "../shared/data/tables.js";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));

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

  constructor(scope: Construct, id: string, { handler, description, uses, tables, files, notifyFrom, timeout = Duration.seconds(10) }: LabFunctionProps) {
    super(scope, id);
    const granted = Object.entries(uses.tables) as [TableName, "R" | "RW"][];
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
      logGroup: new LogGroup(this, "Logs", { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY }),
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
      },
    });
    for (const [table, access] of granted) {
      if (access === "RW") tables[table].grantReadWriteData(this.function);
      else tables[table].grantReadData(this.function);
    }
    // Presigned URLs act with the signer's rights: uploads need PutObject, downloads GetObject.
    if (uses.files === "RW") files.grantReadWrite(this.function);
    else if (uses.files === "R") files.grantRead(this.function);
    if (uses.notifies) {
      const { account, region, partition } = Stack.of(this);
      this.function.addToRolePolicy(new PolicyStatement({
        actions: ["ses:SendEmail"],
        resources: [`arn:${partition}:ses:${region}:${account}:identity/*`],
      }));
    }
  }
}

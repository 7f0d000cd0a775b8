import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import type { Route } from "../shared/api/route.js";
import { tableEnvVar, type TableName } from "../shared/data/tables.js";

const projectRoot = fileURLToPath(new URL("../", import.meta.url));

export interface LabFunctionProps {
  route: Route;
  tables: Record<TableName, ITableV2>;
  files: IBucket;
}

/** The only place a function's settings live: one per route, granted exactly the tables the route declares. */
export class LabFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, { route, tables, files }: LabFunctionProps) {
    super(scope, id);
    const granted = Object.entries(route.tables) as [TableName, "R" | "RW"][];
    this.function = new NodejsFunction(this, "Function", {
      description: `${route.method} ${route.path} — ${route.summary}`,
      entry: join(projectRoot, route.handler),
      handler: "handler",
      projectRoot,
      depsLockFilePath: join(projectRoot, "package-lock.json"),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      logGroup: new LogGroup(this, "Logs", { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY }),
      environment: {
        NODE_OPTIONS: "--enable-source-maps",
        ...Object.fromEntries(granted.map(([table]) => [tableEnvVar(table), tables[table].tableName])),
        ...(route.files ? { FILES_BUCKET: files.bucketName } : {}),
      },
      bundling: {
        format: OutputFormat.ESM,
        // esbuild's default mainFields pick the SDK's CommonJS build, which fails at run time in an ESM bundle.
        mainFields: ["module", "main"],
        bundleAwsSDK: true,
        minify: true,
        sourceMap: true,
        target: "node22",
        banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      },
    });
    for (const [table, access] of granted) {
      if (access === "RW") tables[table].grantReadWriteData(this.function);
      else tables[table].grantReadData(this.function);
    }
    // Presigned URLs act with the signer's rights: uploads need PutObject, downloads GetObject.
    if (route.files === "RW") files.grantReadWrite(this.function);
    else if (route.files === "R") files.grantRead(this.function);
  }
}

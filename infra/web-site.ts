import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { AssetHashType, DockerImage, Duration, RemovalPolicy } from "aws-cdk-lib";
import { Distribution, HttpVersion, PriceClass, ResponseHeadersPolicy, ViewerProtocolPolicy } from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, CacheControl, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import type { WebConfig } from "../shared/api/web-config.js";

const projectRoot = join(import.meta.dirname, "..");

/**
 * The web app (web/) on AWS: a private bucket that only CloudFront may read (origin access control), served
 * over HTTPS. Vite builds it when the app synthesises; the build's file names carry their hash, so assets
 * are cached for good and only index.html and config.json are asked for again.
 */
export class WebSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** https://…cloudfront.net — the one origin the API and the file store admit. */
  readonly origin: string;
  /** The role CDK's copying function runs with (one function for both uploads): no AWS managed policy. */
  readonly deployRole: Role;
  private readonly deployLogs: LogGroup;

  constructor(scope: Construct, id: string, { accessLogs }: { accessLogs: Bucket }) {
    super(scope, id);
    this.bucket = new Bucket(this, "Bucket", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: "web/",
    });
    // CloudFront's standard logs are written with ACLs, which the private buckets above refuse
    const viewerLogs = new Bucket(this, "ViewerLogs", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: "web-viewer-logs/",
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    this.distribution = new Distribution(this, "Distribution", {
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        compress: true,
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Indonesia is served from the Asia edge locations, which class 200 includes
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: viewerLogs,
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;
    this.deployLogs = new LogGroup(this, "DeployLogs", { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    this.deployRole = new Role(this, "DeployRole", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    this.deployRole.addToPolicy(new PolicyStatement({ actions: ["logs:CreateLogStream", "logs:PutLogEvents"], resources: [this.deployLogs.logGroupArn] }));
  }

  /** Uploads the built app and its config.json (written at deploy time, when the API and the pool exist). */
  publish(config: Extract<WebConfig, { signIn: "cognito" }>): void {
    const app = Source.asset(join(projectRoot, "web"), {
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // never used: Vite builds the app here, before any container would be asked for
        image: DockerImage.fromRegistry("public.ecr.aws/docker/library/node:20"),
        local: {
          tryBundle(outputDir: string) {
            execFileSync(process.execPath, [join(projectRoot, "node_modules", "vite", "bin", "vite.js"), "build", "--config", join(projectRoot, "web", "vite.config.ts"), "--outDir", outputDir, "--emptyOutDir"], { stdio: "inherit", cwd: projectRoot });
            return true;
          },
        },
      },
    });
    const copying = { role: this.deployRole, logGroup: this.deployLogs, destinationBucket: this.bucket, prune: false };
    const assets = new BucketDeployment(this, "Assets", {
      ...copying,
      sources: [app],
      // the build manifest serves the page-weight test, not the phones
      exclude: ["index.html", ".vite/*"],
      // a phone holding yesterday's index.html still finds yesterday's scripts: nothing is pruned
      cacheControl: [CacheControl.fromString("public, max-age=31536000, immutable")],
    });
    const entry = new BucketDeployment(this, "Entry", {
      ...copying,
      sources: [app, Source.jsonData("config.json", config)],
      exclude: ["*"],
      include: ["index.html", "config.json"],
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ["/", "/index.html", "/config.json"],
    });
    // the page that names the new scripts goes up after them
    entry.node.addDependency(assets);
  }
}

import { Duration, NestedStack } from "aws-cdk-lib";
import { HttpMethod, HttpRoute, HttpRouteKey, type IHttpApi, type IHttpRouteAuthorizer } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Policy, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { StartingPosition } from "aws-cdk-lib/aws-lambda";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Trigger } from "aws-cdk-lib/triggers";
import type { Construct } from "constructs";
import type { Job } from "../shared/api/jobs.js";
import type { Route } from "../shared/api/route.js";
import { LabFunction, type LabFunctionProps } from "./lab-function.js";

/** `getReference` → `GetReference`: construct ids from the names in the tables. */
export const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** What every function gets from the parent stack: CDK passes these in as the nested stack's parameters. */
export type SharedResources = Pick<LabFunctionProps, "tables" | "files" | "notifyFrom">;

/**
 * The functions of one area of the route table and their API routes. A nested stack per area keeps each
 * CloudFormation template far under its 500 resources (a route costs 7) as the route table grows; the
 * API, its stage and the JWT authorizer stay in the parent, and the routes here name them.
 */
export class RouteAreaStack extends NestedStack {
  readonly routes: { route: Route; function: LabFunction; httpRoute: HttpRoute }[] = [];

  constructor(scope: Construct, id: string, props: SharedResources & { area: string; routes: Route[]; api: IHttpApi; authorizer: IHttpRouteAuthorizer }) {
    const { area, routes, api, authorizer, ...shared } = props;
    super(scope, id, { description: `Lab Wirausaha: the ${area} area's functions and API routes` });
    for (const route of routes) {
      const routeFunction = new LabFunction(this, pascal(route.name), {
        handler: route.handler,
        description: `${route.method} ${route.path} — ${route.summary}`,
        uses: route,
        ...shared,
      });
      // Not api.addRoutes, which makes the route under the API, in the parent. Here the route, its
      // integration and the permission to invoke the function live beside the function; the authorizer
      // is made once, under the API (HttpJwtAuthorizer binds to the API, not to the route).
      const httpRoute = new HttpRoute(this, `${pascal(route.name)}Route`, {
        httpApi: api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(`${pascal(route.name)}Integration`, routeFunction.function),
        authorizer: route.roles === "public" ? undefined : authorizer,
      });
      this.routes.push({ route, function: routeFunction, httpRoute });
    }
  }
}

/** Every job has this long; an after-deploy job that needs longer hands the rest to a new invocation. */
export const JOB_TIMEOUT = Duration.seconds(60);

/**
 * The functions of the job table, with the event sources of the stream jobs and the deploy-time triggers
 * of the after-deploy jobs. The user pool's side of a Cognito trigger is wired in the parent
 * (infra/lab-stack.ts), where the pool is.
 */
export class JobStack extends NestedStack {
  readonly jobs: { job: Job; function: LabFunction }[] = [];

  constructor(scope: Construct, id: string, props: SharedResources & { jobs: Job[]; jobFailures: IQueue }) {
    const { jobs, jobFailures, ...shared } = props;
    super(scope, id, { description: "Lab Wirausaha: the functions of the job table and their event sources" });
    for (const job of jobs) {
      const jobFunction = new LabFunction(this, pascal(job.name), {
        handler: job.handler, description: `job: ${job.summary}`, uses: job, ...shared, timeout: JOB_TIMEOUT,
      });
      this.jobs.push({ job, function: jobFunction });
      if ("stream" in job.trigger) {
        // A failing batch is split to find the bad record and retried a few times; the work is idempotent.
        jobFunction.function.addEventSource(new DynamoEventSource(shared.tables[job.trigger.stream], {
          startingPosition: StartingPosition.TRIM_HORIZON, batchSize: 100, retryAttempts: 3, bisectBatchOnError: true,
          onFailure: new SqsDlq(jobFailures),
        }));
      }
      if ("afterDeploy" in job.trigger) {
        const fn = jobFunction.function;
        // It hands what is left when its time runs short to a new invocation of itself (shared/jobs/after-deploy.ts).
        // A policy of its own: in the role's default policy, naming the function would make the function
        // wait for the policy that waits for the function.
        const continues = new Policy(this, `${pascal(job.name)}Continues`, {
          roles: [fn.role!],
          statements: [new PolicyStatement({ actions: ["lambda:InvokeFunction"], resources: [fn.functionArn] })],
        });
        // a continuation that fails after Lambda's retries is kept for an operator, as a failed stream batch is
        fn.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(jobFailures) });
        // CloudFormation invokes it once the function, its grants and the tables are in place (the tables are
        // the parent's, deployed before this stack), and again whenever its code changes — a new rule to
        // derive by. Synchronously: a failing first run fails the deploy, for all to see.
        new Trigger(this, `${pascal(job.name)}AfterDeploy`, {
          handler: fn, timeout: JOB_TIMEOUT.plus(Duration.seconds(30)), executeOnHandlerChange: true, executeAfter: [jobFunction, continues],
        });
      }
    }
  }
}

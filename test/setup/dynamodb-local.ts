import type { TestProject } from "vitest/node";
import { javaMissing, startDynamoDbLocal } from "../../infra/local/dynamodb-local.js";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/** One in-memory DynamoDB Local for the whole run; each test file makes its own tables in it. */
export default async function setup(project: TestProject) {
  if (javaMissing()) throw new Error("Java not found: DynamoDB Local needs it. Install with: sudo apt-get install -y openjdk-17-jre-headless");
  const dynamo = await startDynamoDbLocal();
  project.provide("dynamoEndpoint", dynamo.endpoint);
  return () => dynamo.stop();
}

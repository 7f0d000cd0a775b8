import { inject } from "vitest";
import { useLocalCredentials } from "../../infra/local/dynamodb-local.js";

useLocalCredentials(inject("dynamoEndpoint"));

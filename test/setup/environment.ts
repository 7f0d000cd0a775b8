import { inject } from "vitest";
import { useLocalCredentials } from "../../infra/local/dynamodb-local.js";

useLocalCredentials(inject("dynamoEndpoint"));

// The request log lines (one per request, JSON) would bury the test report; tests that read them set their own level.
process.env.POWERTOOLS_LOG_LEVEL ??= "SILENT";

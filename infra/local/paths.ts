import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** `.data/` in the project; LAB_DATA_DIR puts it elsewhere (the restart test runs the server on a directory of its own). */
export const dataDir = process.env.LAB_DATA_DIR ? resolve(process.env.LAB_DATA_DIR) : join(projectRoot, ".data");
export const issuerKeyFile = join(dataDir, "issuer-key.json");
export const filesDir = join(dataDir, "files");
export const dataModelFile = join(dataDir, "data-model-version");
export const dynamoDbDir = join(dataDir, "dynamodb");
/** Where each background job got to in its table's stream (infra/local/jobs.ts). */
export const streamCheckpointsFile = join(dataDir, "stream-checkpoints.json");

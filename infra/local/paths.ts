import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export const dataDir = join(projectRoot, ".data");
export const issuerKeyFile = join(dataDir, "issuer-key.json");
export const filesDir = join(dataDir, "files");
export const dataModelFile = join(dataDir, "data-model-version");

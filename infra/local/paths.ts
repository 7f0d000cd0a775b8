import { join } from "node:path";
import { projectRoot } from "./api.js";

export const dataDir = join(projectRoot, ".data");
export const issuerKeyFile = join(dataDir, "issuer-key.json");
export const filesDir = join(dataDir, "files");

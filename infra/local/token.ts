import { parseArgs } from "node:util";
import { isRole } from "../../shared/domain/roles.js";
import { loadIssuer } from "./issuer.js";
import { issuerKeyFile } from "./paths.js";

const usage = "Usage: npm run token -- --role <applicant|judge|investor|admin>[,<role>…] --user <id> [--hours 12]";
let values: { role?: string; user?: string; hours?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { role: { type: "string" }, user: { type: "string" }, hours: { type: "string", default: "12" }, help: { type: "boolean", short: "h" } } }));
} catch {
  console.error(usage);
  process.exit(2);
}
if (values.help) {
  console.log(`${usage}\nMints a signed access token for the local server, e.g. npm run token -- --role judge --user judge-1`);
  process.exit(0);
}
const roles = (values.role ?? "").split(",").filter(Boolean);
const hours = Number(values.hours);
if (roles.length === 0 || !roles.every(isRole) || !values.user || !(hours > 0)) {
  console.error(usage);
  process.exit(2);
}
const issuer = await loadIssuer(issuerKeyFile, { create: false });
console.log(await issuer.mint({ sub: values.user, username: values.user, groups: roles.filter(isRole) }, { ttlSeconds: Math.round(hours * 3600) }));

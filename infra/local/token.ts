import { parseArgs } from "node:util";
import { isRole } from "../../shared/domain/roles.js";
import { loadIssuer } from "./issuer.js";
import { issuerKeyFile } from "./paths.js";

const { values } = parseArgs({
  options: { role: { type: "string" }, user: { type: "string" }, hours: { type: "string", default: "12" } },
});
const roles = (values.role ?? "").split(",").filter(Boolean);
if (roles.length === 0 || !roles.every(isRole) || !values.user) {
  console.error("Usage: npm run token -- --role <applicant|judge|investor|admin>[,<role>…] --user <id> [--hours 12]");
  process.exit(2);
}
const issuer = await loadIssuer(issuerKeyFile, { create: false });
console.log(await issuer.mint({ sub: values.user, username: values.user, groups: roles.filter(isRole) }, { ttlSeconds: Number(values.hours) * 3600 }));

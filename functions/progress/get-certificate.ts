import { routes } from "../../shared/api/routes.js";
import { getCertificate } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(routes.getCertificate, async ({ path }) => ok(await getCertificate(path.certificateId)));

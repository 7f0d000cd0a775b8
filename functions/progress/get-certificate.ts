import { getCertificate as route } from "../../shared/api/routes/progress.js";
import { getCertificate } from "../../shared/app/completion.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { certificateView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ path }) => ok(certificateView(await getCertificate(path.certificateId))));

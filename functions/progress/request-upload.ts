import { requestUpload as route } from "../../shared/api/routes/progress.js";
import { requestUpload } from "../../shared/app/progress.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";
import { uploadTicketView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ auth, path, body, now }) =>
  created(uploadTicketView(await requestUpload(path.classId, path.moduleId, auth.userId, body, now))),
);

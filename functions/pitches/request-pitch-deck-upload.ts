import { requestPitchDeckUpload as route } from "../../shared/api/routes/pitches.js";
import { requestPitchDeckUpload } from "../../shared/app/pitches.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";
import { uploadTicketView } from "../../shared/views/progress.js";

export const handler = lambda(route, async ({ auth, path, body, now }) => created(uploadTicketView(await requestPitchDeckUpload(path.competitionId, auth.userId, body, now))));

import { addConflict as route } from "../../shared/api/routes/competitions.js";
import { addConflict } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { created } from "../../shared/http/responses.js";
import { conflictView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ auth, path, body, now }) => created(conflictView(await addConflict(path.competitionId, body, auth.userId, now))));

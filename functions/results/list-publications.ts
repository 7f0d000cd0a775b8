import { listPublications as route } from "../../shared/api/routes/results.js";
import { listPublications } from "../../shared/app/results.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { publicationListView } from "../../shared/views/results.js";

export const handler = lambda(route, async ({ path }) => ok(publicationListView(await listPublications(path.competitionId))));

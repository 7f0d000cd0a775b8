import { getReviewSheet as route } from "../../shared/api/routes/judging.js";
import { reviewSheet } from "../../shared/app/judging.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { reviewSheetView } from "../../shared/views/judging.js";

export const handler = lambda(route, async ({ auth, path, now }) => ok(await reviewSheetView(await reviewSheet(path.competitionId, path.submissionId, auth.userId), now)));

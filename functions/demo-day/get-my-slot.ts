import { getMySlot as route } from "../../shared/api/routes/demo-day.js";
import { mySlot } from "../../shared/app/demo-day.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";
import { mySlotView } from "../../shared/views/demo-day.js";

export const handler = lambda(route, async ({ auth, path }) => ok(mySlotView(await mySlot(path.competitionId, auth.userId))));

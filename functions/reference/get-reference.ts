import { getReference as route } from "../../shared/api/routes/reference.js";
import { kbliList } from "../../shared/domain/kbli.js";
import { regencies, sectors } from "../../shared/domain/reference.js";
import { lambda } from "../../shared/http/lambda.js";
import { ok } from "../../shared/http/responses.js";

export const handler = lambda(route, async () =>
  ok({
    regencies: Object.entries(regencies).map(([code, name]) => ({ code, name })),
    sectors: Object.entries(sectors).map(([code, label]) => ({ code, ...label })),
    kbli: kbliList,
  }),
);

import { routes } from "../../shared/api/routes.js";
import { progressCsv } from "../../shared/data/progress.js";
import { lambda } from "../../shared/http/lambda.js";

export const handler = lambda(routes.exportProgress, async ({ path, lang }) => ({
  status: 200,
  text: { contentType: `${routes.exportProgress.produces}; charset=utf-8`, content: await progressCsv(path.classId, lang), filename: `progress-${path.classId}.csv` },
}));

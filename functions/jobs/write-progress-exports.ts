import { jobs } from "../../shared/api/jobs.js";
import { writeProgressExport } from "../../shared/app/progress-report.js";
import { exportsRequested } from "../../shared/data/exports.js";
import { streamJob } from "../../shared/jobs/stream.js";
import { progressCsv } from "../../shared/views/progress-export.js";

export const handler = streamJob(jobs.writeProgressExports, async (changes) => {
  for (const { classId, exportId } of exportsRequested(changes)) await writeProgressExport(classId, exportId, progressCsv, () => new Date());
});

import * as z from "zod/mini";
import { exportStatuses } from "../../domain/exports.js";
import { moduleKinds, moduleStatuses } from "../../domain/modules.js";
import { Bilingual } from "./common.js";

export const ProgressMatrix = z.object({
  modules: z.array(z.object({ moduleId: z.string(), title: Bilingual, kind: z.enum(moduleKinds), required: z.boolean() })),
  rows: z.array(z.object({
    applicantId: z.string(),
    ownerName: z.string(),
    businessName: z.string(),
    percent: z.number(),
    complete: z.boolean(),
    statuses: z.record(z.string(), z.enum(moduleStatuses)),
  })),
  nextCursor: z.optional(z.string()),
});

export const ExportIdParams = z.strictObject({ classId: z.uuid(), exportId: z.uuid() });

export const ProgressExport = z.object({
  exportId: z.string(),
  classId: z.string(),
  status: z.enum(exportStatuses),
  requestedAt: z.string(),
  finishedAt: z.optional(z.string()),
  rows: z.optional(z.number()),
  /** A short-lived link to the CSV, once ready. */
  downloadUrl: z.optional(z.string()),
});

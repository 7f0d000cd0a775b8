import { randomUUID } from "node:crypto";
import { DomainError } from "../domain/errors.js";
import type { Lang } from "../i18n/messages.js";
import { evaluateProgress, factStates, type ClassProgress } from "../domain/modules.js";
import type { EnrolmentItem } from "../data/enrolments.js";
import type { ItemChange } from "../data/changes.js";
import { exportsRequested, findExport, finishExport, insertExport, type ExportItem } from "../data/exports.js";
import { exportFileKey } from "../data/keys.js";
import type { ModuleItem } from "../data/modules.js";
import type { Page } from "../data/pagination.js";
import { recordsOfApplicants } from "../data/progress.js";
import { fileStore } from "../files/store.js";
import { seatHolders } from "./enrolment.js";
import { getClass } from "./lookups.js";
import { listModuleItems } from "./modules.js";

export interface MatrixRow {
  applicantId: string;
  ownerName: string;
  businessName: string;
  progress: ClassProgress;
}

export interface ProgressMatrix {
  modules: ModuleItem[];
  rows: MatrixRow[];
  nextCursor?: string;
}

/** Progress of a page of seat holders: one Query over their slice of the progress partition, states only. */
async function rowsOf(classId: string, modules: ModuleItem[], page: Page<EnrolmentItem>): Promise<MatrixRow[]> {
  const ids = page.items.map((e) => e.applicantId);
  const records = ids.length ? await recordsOfApplicants(classId, ids[0]!, ids.at(-1)!, ["state"]) : new Map();
  return page.items.map((enrolment) => ({
    applicantId: enrolment.applicantId,
    ownerName: enrolment.ownerName,
    businessName: enrolment.businessName,
    progress: evaluateProgress(modules, factStates(records.get(enrolment.applicantId)?.facts ?? new Map())),
  }));
}

/** Applicants × modules, a page of seat holders at a time. */
export async function progressMatrix(classId: string, limit: number, cursor?: string): Promise<ProgressMatrix> {
  await getClass(classId);
  const [modules, page] = await Promise.all([listModuleItems(classId), seatHolders(classId, limit, cursor)]);
  return { modules, rows: await rowsOf(classId, modules, page), nextCursor: page.nextCursor };
}

/** The organiser asks; the export job writes the file. */
export async function requestProgressExport(classId: string, requestedBy: string, lang: Lang, now: Date): Promise<ExportItem> {
  await getClass(classId);
  const item: ExportItem = { classId, exportId: randomUUID(), requestedBy, lang, status: "pending", requestedAt: now.toISOString() };
  await insertExport(item);
  return item;
}

export async function getProgressExport(classId: string, exportId: string): Promise<ExportItem> {
  const item = await findExport(classId, exportId);
  if (!item) throw new DomainError("export_not_found");
  return item;
}

const EXPORT_PAGE = 100;

/** How the export job lays out the matrix (the CSV is a view: `shared/views/progress-export.ts`). */
export interface ExportFormat {
  contentType: string;
  header(modules: ModuleItem[], lang: Lang): string;
  rows(modules: ModuleItem[], rows: MatrixRow[], lang: Lang): string;
}

/** Writes every export that was just asked for. */
export async function writeRequestedExports(changes: readonly ItemChange[], format: ExportFormat): Promise<void> {
  for (const { classId, exportId } of exportsRequested(changes)) await writeProgressExport(classId, exportId, format);
}

/**
 * Writes the whole matrix for a pending export, a page of seat holders at a time (a 5,000-applicant
 * class is 50 pages), and marks the export ready, once: a redelivered request finds it ready.
 */
async function writeProgressExport(classId: string, exportId: string, format: ExportFormat): Promise<void> {
  const item = await findExport(classId, exportId);
  if (!item || item.status !== "pending") return;
  const modules = await listModuleItems(classId);
  const parts = [format.header(modules, item.lang)];
  let rows = 0;
  let cursor: string | undefined;
  do {
    const page = await seatHolders(classId, EXPORT_PAGE, cursor);
    const pageRows = await rowsOf(classId, modules, page);
    parts.push(format.rows(modules, pageRows, item.lang));
    rows += pageRows.length;
    cursor = page.nextCursor;
  } while (cursor);
  const fileKey = exportFileKey(classId, exportId);
  await fileStore().put(fileKey, parts.join(""), format.contentType);
  await finishExport(classId, exportId, { fileKey, rows, finishedAt: new Date().toISOString() });
}

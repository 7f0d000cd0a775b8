import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { FactState, ReviewOutcome } from "../domain/modules.js";
import { db, queryAll } from "./client.js";
import { namesIn } from "./expressions.js";
import type { ItemChange } from "./changes.js";
import { applicantProgressPrefix, applicantProgressUpperBound, certificateKey, completionKey, isCertificatePk, isCompletionSk, isModuleProgressSk, moduleProgressKey, progressPk } from "./keys.js";
import type { ModuleItem } from "./modules.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";

/** What one applicant did in one module. */
export interface ProgressItem {
  classId: string;
  applicantId: string;
  moduleId: string;
  /** The module's version when last written, kept for audit. */
  moduleVersion: number;
  state?: FactState;
  doneAt?: string;
  attempts?: number;
  /** `requestKey`: the Idempotency-Key of the request that made the attempt, so its retry is not a second attempt. */
  attemptLog?: { attempt: number; scorePercent: number; passed: boolean; at: string; requestKey?: string }[];
  submission?: HandInRecord;
  submissions?: number;
  /** `requestKey`: the Idempotency-Key of the request that made the review, so its retry finds it. */
  review?: { outcome: ReviewOutcome; feedback?: string; reviewerId: string; reviewedAt: string; requestKey?: string };
  attended?: boolean;
  updatedAt: string;
}

export interface HandInRecord {
  text?: string;
  /** The Idempotency-Key of the request that handed it in, so its retry is not a second hand-in. */
  requestKey?: string;
  /** The handed-in copy (never written again); `uploadKey` is the staging upload it was copied from. */
  fileKey?: string;
  uploadKey?: string;
  fileName?: string;
  contentType?: string;
  size?: number;
  submittedAt: string;
}

export interface CompletionItem {
  classId: string;
  applicantId: string;
  certificateId: string;
  completedAt: string;
}

export interface CertificateItem extends CompletionItem {
  participantName: string;
  businessName: string;
  classTitle: { id: string; en: string };
}

export interface ApplicantRecords {
  facts: Map<string, ProgressItem>;
  completion?: CompletionItem;
}

const table = () => tableName("learning");

/** One applicant's progress in one class: a single Query on their slice of the class's progress partition. */
export async function applicantRecords(classId: string, applicantId: string): Promise<ApplicantRecords> {
  return (await recordsOfApplicants(classId, applicantId, applicantId)).get(applicantId) ?? { facts: new Map() };
}

/** Progress of every applicant whose id sorts from `first` to `last`, grouped by applicant. */
export async function recordsOfApplicants(classId: string, first: string, last: string, fields?: readonly string[]): Promise<Map<string, ApplicantRecords>> {
  const projection = fields ? ["#sk", "#applicantId", "#moduleId", ...fields.map((f) => `#${f}`)].join(", ") : undefined;
  const items = await queryAll<(ProgressItem | CompletionItem) & { sk: string }>({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": progressPk(classId), ":from": applicantProgressPrefix(first), ":to": applicantProgressUpperBound(last) },
    ...(projection ? { ProjectionExpression: projection, ExpressionAttributeNames: namesIn(projection) } : {}),
    ConsistentRead: true,
  });
  const byApplicant = new Map<string, ApplicantRecords>();
  for (const item of items) {
    const records: ApplicantRecords = byApplicant.get(item.applicantId) ?? { facts: new Map() };
    if (isCompletionSk(item.sk)) records.completion = item as CompletionItem;
    else records.facts.set((item as ProgressItem).moduleId, item as ProgressItem);
    byApplicant.set(item.applicantId, records);
  }
  return byApplicant;
}

/** A change to one progress item: attribute assignments and removals, with an optional condition. */
export interface ProgressWrite {
  set: string[];
  remove?: string[];
  condition?: string;
  values: Record<string, unknown>;
}

/** One progress write, stamped with the module version the decision was made against. */
export function writeProgress(module: ModuleItem, applicantId: string, write: ProgressWrite, at: string): TransactItem {
  const set = ["#classId = :classId", "#applicantId = :applicantId", "#moduleId = :moduleId", "#moduleVersion = :moduleVersion", "#updatedAt = :at", ...write.set];
  const update = `SET ${set.join(", ")}${write.remove?.length ? ` REMOVE ${write.remove.join(", ")}` : ""}`;
  return {
    Update: {
      TableName: table(),
      Key: moduleProgressKey(module.classId, applicantId, module.moduleId),
      UpdateExpression: update,
      ConditionExpression: write.condition,
      ExpressionAttributeNames: namesIn(update, write.condition),
      ExpressionAttributeValues: { ":classId": module.classId, ":applicantId": applicantId, ":moduleId": module.moduleId, ":moduleVersion": module.version, ":at": at, ...write.values },
    },
  };
}

/** The completion and its public certificate, each put only once, so racing settlements issue one certificate. */
export function putCompletion(certificate: CertificateItem): TransactItem[] {
  const { participantName: _p, businessName: _b, classTitle: _c, ...completion } = certificate;
  return [
    { Put: { TableName: table(), Item: { ...completionKey(completion.classId, completion.applicantId), ...completion }, ConditionExpression: "attribute_not_exists(pk)" } },
    { Put: { TableName: table(), Item: { ...certificateKey(certificate.certificateId), ...certificate }, ConditionExpression: "attribute_not_exists(pk)" } },
  ];
}

export async function findCertificate(certificateId: string): Promise<CertificateItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: certificateKey(certificateId) }));
  return Item as CertificateItem | undefined;
}

/** Applicants whose attendance was just recorded as present: their completion may be due. */
export function attendanceRecorded(changes: readonly ItemChange[]): { classId: string; applicantId: string }[] {
  return changes
    .filter((change) => isModuleProgressSk(change.keys.sk) && change.after?.attended === true && change.before?.attended !== true)
    .map((change) => ({ classId: change.after!.classId as string, applicantId: change.after!.applicantId as string }));
}

/** Certificates that were just issued. */
export function certificatesIssued(changes: readonly ItemChange[]): CertificateItem[] {
  return changes.filter((change) => change.kind === "insert" && isCertificatePk(change.keys.pk)).map((change) => change.after as unknown as CertificateItem);
}

import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { SubmissionStatus, UseOfFunds } from "../domain/competitions.js";
import type { PinnedFile } from "../domain/files.js";
import { batchGet, db } from "./client.js";
import { competitionItems, withoutKeys } from "./competition-items.js";
import { competitionPk, entrantKey, isPitchSk, pitchKey, SUBMISSION_PREFIX } from "./keys.js";
import { decodeCursor, encodeCursor, type Page } from "./pagination.js";
import { tableName } from "./tables.js";
import type { TransactItem } from "./transactions.js";

/** The business behind a pitch, copied from the profile at each save: what organisers see and what conflicts are detected by. */
export interface PitchBusiness {
  ownerName: string;
  businessName: string;
  nib: string;
  phone: string;
  email?: string | undefined;
  sector: string;
  regencyCode: string;
}

export interface PitchFields {
  title?: string;
  summary?: string;
  problem?: string;
  product?: string;
  targetMarket?: string;
  traction?: string;
  revenueLast12MonthsIdr?: number;
  capitalAskIdr?: number;
  useOfFunds?: UseOfFunds[];
  team?: string;
  videoUrl?: string;
  pitchDeck?: PinnedFile;
}

export interface PitchItem extends PitchFields {
  competitionId: string;
  /** Opaque: it names the submission to judges without naming its applicant. */
  submissionId: string;
  applicantId: string;
  status: SubmissionStatus;
  business: PitchBusiness;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
}

const table = () => tableName("judging");

/** The applicant's one submission in a competition: its id from the entrant item, then the pitch. */
export async function findPitchOf(competitionId: string, applicantId: string): Promise<PitchItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: entrantKey(competitionId, applicantId), ConsistentRead: true }));
  return Item ? findPitch(competitionId, Item.submissionId as string) : undefined;
}

export async function findPitch(competitionId: string, submissionId: string): Promise<PitchItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: pitchKey(competitionId, submissionId), ConsistentRead: true }));
  return Item ? withoutKeys<PitchItem>(Item) : undefined;
}

/**
 * Writes the pitch whole. A new one also takes the applicant's entrant item, so two first saves racing
 * make one submission; a changed one only if nobody wrote it since it was read (`readUpdatedAt`).
 */
export function putPitch(pitch: PitchItem, readUpdatedAt: string | undefined): TransactItem[] {
  const put: TransactItem = {
    Put: {
      TableName: table(),
      Item: { ...pitchKey(pitch.competitionId, pitch.submissionId), ...pitch },
      ...(readUpdatedAt === undefined
        ? { ConditionExpression: "attribute_not_exists(pk)" }
        : { ConditionExpression: "#updatedAt = :read", ExpressionAttributeNames: { "#updatedAt": "updatedAt" }, ExpressionAttributeValues: { ":read": readUpdatedAt } }),
    },
  };
  if (readUpdatedAt !== undefined) return [put];
  const entrant = { ...entrantKey(pitch.competitionId, pitch.applicantId), competitionId: pitch.competitionId, applicantId: pitch.applicantId, submissionId: pitch.submissionId };
  return [put, { Put: { TableName: table(), Item: entrant, ConditionExpression: "attribute_not_exists(pk)" } }];
}

const pitchKeyAttributes = ["pk", "sk"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A page of a competition's pitches, in submission id order (organisers). */
export async function pitchesPage(competitionId: string, limit: number, cursor?: string): Promise<Page<PitchItem>> {
  const pk = competitionPk(competitionId);
  const start = decodeCursor(cursor, { pk }, pitchKeyAttributes, (key) => isPitchSk(key.sk!) && UUID.test(key.sk!.slice(SUBMISSION_PREFIX.length)));
  const { Items = [], LastEvaluatedKey } = await db().send(new QueryCommand({
    TableName: table(),
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": pk, ":prefix": SUBMISSION_PREFIX },
    Limit: limit,
    ExclusiveStartKey: start,
  }));
  return { items: Items.map((item) => withoutKeys<PitchItem>(item)), nextCursor: encodeCursor(LastEvaluatedKey) };
}

/** What a list of pitches shows, and what the assignment matches conflicts and sectors by. */
const summaryFields = ["submissionId", "title", "business", "status"];

/** Every submitted pitch, with only what the assignment and the organisers' progress need. */
export const submittedPitches = (competitionId: string): Promise<PitchSummary[]> => competitionItems<PitchSummary>(competitionId, SUBMISSION_PREFIX, { fields: summaryFields, status: "submitted" });

/** Many pitches of a competition by id, with only what a list shows; unprocessed ids are handed back. */
export async function findPitchSummaries(competitionId: string, submissionIds: readonly string[]): Promise<{ found: PitchSummary[]; unprocessed: string[] }> {
  const { items, unprocessed } = await batchGet<PitchSummary>(table(), submissionIds.map((id) => pitchKey(competitionId, id)), { projection: summaryFields.map((field) => `#${field}`).join(", ") });
  return { found: items, unprocessed: unprocessed.map((key) => (key.sk as string).slice(SUBMISSION_PREFIX.length)) };
}

export type PitchSummary = Pick<PitchItem, "submissionId" | "title" | "business" | "status">;

/** A submitted pitch as the results see it: who to tell, what breaks a tie, who a judge may be tied to. */
export type Entrant = Pick<PitchItem, "submissionId" | "applicantId" | "title" | "business" | "submittedAt">;
const entrantFields = ["submissionId", "applicantId", "title", "business", "submittedAt", "status"];

export const entrantsOf = (competitionId: string): Promise<Entrant[]> => competitionItems<Entrant>(competitionId, SUBMISSION_PREFIX, { fields: entrantFields, status: "submitted" });

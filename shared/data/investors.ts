import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { InvestorKind } from "../domain/investors.js";
import { db } from "./client.js";
import { competitionItems, withoutKeys } from "./competition-items.js";
import { competitionOfInvestorKeys, competitionsOfInvestorPk, INVESTOR_PREFIX, interestKey, interestsOfInvestorPrefix, investorKey } from "./keys.js";
import { tableName } from "./tables.js";

type Text = { id: string; en: string };

export interface InvestorItem {
  competitionId: string;
  /** The investor's user id (the token's `sub`). */
  investorId: string;
  name: string;
  organisation: string;
  kind: InvestorKind;
  ticket: { minIdr: number; maxIdr: number };
  sectors: string[];
  /** Regency/city codes they invest in; empty: anywhere. */
  regions: string[];
  email: string;
  language: "id" | "en";
  /** The competition's title, for the investor's list of competitions. */
  competitionTitle: Text;
  invitedAt: string;
  updatedAt: string;
}

/** What an investor keeps for themselves about one finalist: never shown to anyone else. */
export interface InterestItem {
  competitionId: string;
  investorId: string;
  submissionId: string;
  interested: boolean;
  note?: string;
  updatedAt: string;
}

const table = () => tableName("judging");

export async function findInvestor(competitionId: string, investorId: string): Promise<InvestorItem | undefined> {
  const { Item } = await db().send(new GetCommand({ TableName: table(), Key: investorKey(competitionId, investorId), ConsistentRead: true }));
  return Item ? withoutKeys<InvestorItem>(Item) : undefined;
}

export const investorsOf = (competitionId: string): Promise<InvestorItem[]> => competitionItems<InvestorItem>(competitionId, INVESTOR_PREFIX);

/** The competitions an investor was invited to; an investor sits on a handful (the judges' index, keyed INVESTOR#). */
export async function competitionsOfInvestor(investorId: string): Promise<InvestorItem[]> {
  const { Items = [] } = await db().send(new QueryCommand({
    TableName: table(),
    IndexName: "competitionsOfJudge",
    KeyConditionExpression: "gsi2pk = :pk",
    ExpressionAttributeValues: { ":pk": competitionsOfInvestorPk(investorId) },
    Limit: 100,
  }));
  return Items.map((item) => withoutKeys<InvestorItem>(item));
}

/** Invites an investor, or updates the invitation; the first invitation's time stays. */
export async function saveInvestor(investor: Omit<InvestorItem, "invitedAt">, at: string): Promise<InvestorItem> {
  const fields = Object.entries({ ...competitionOfInvestorKeys(investor.investorId, investor.competitionId), ...investor, updatedAt: at });
  const { Attributes } = await db().send(new UpdateCommand({
    TableName: table(),
    Key: investorKey(investor.competitionId, investor.investorId),
    UpdateExpression: `SET ${fields.map((_, i) => `#f${i} = :f${i}`).join(", ")}, #invitedAt = if_not_exists(#invitedAt, :at)`,
    ExpressionAttributeNames: { ...Object.fromEntries(fields.map(([name], i) => [`#f${i}`, name])), "#invitedAt": "invitedAt" },
    ExpressionAttributeValues: { ...Object.fromEntries(fields.map(([, value], i) => [`:f${i}`, value])), ":at": at },
    ReturnValues: "ALL_NEW",
  }));
  return withoutKeys<InvestorItem>(Attributes!);
}

/** An investor's interest and notes in one competition: their slice of the partition. */
export const interestsOf = (competitionId: string, investorId: string): Promise<InterestItem[]> => competitionItems<InterestItem>(competitionId, interestsOfInvestorPrefix(investorId));

export async function putInterest(interest: InterestItem): Promise<void> {
  await db().send(new PutCommand({ TableName: table(), Item: { ...interestKey(interest.competitionId, interest.investorId, interest.submissionId), ...interest } }));
}

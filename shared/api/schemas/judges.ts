import * as z from "zod/mini";
import { sectorCodes } from "../../domain/reference.js";
import { languages } from "../../i18n/messages.js";
import { PathId, text } from "./common.js";
import { page } from "./pages.js";
import { TieOut } from "./ties.js";

// A competition's judges and their conflicts, as organisers invite, list, withdraw and record them.

export const JudgeInvite = z.strictObject({
  name: text(100, 2),
  organisation: text(120, 2),
  sectors: z.array(z.enum(sectorCodes, { error: "sector_unknown" })).check(z.minLength(1), z.maxLength(8)),
  email: z.email().check(z.maxLength(200)),
  language: z._default(z.enum(languages), "id"),
  maxLoad: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type JudgeInvite = z.output<typeof JudgeInvite>;

export const ConflictInput = z.strictObject({ judgeId: PathId, submissionId: z.uuid(), reason: text(300) });
export type ConflictInput = z.output<typeof ConflictInput>;

export const Judge = z.object({
  judgeId: z.string(),
  competitionId: z.string(),
  name: z.string(),
  organisation: z.string(),
  sectors: z.array(z.string()),
  email: z.string(),
  language: z.string(),
  maxLoad: z.optional(z.number()),
  status: z.enum(["invited", "withdrawn"]),
  ties: z.array(TieOut),
  invitedAt: z.string(),
});
export const JudgeList = z.object({ items: z.array(Judge) });

export const Conflict = z.object({ competitionId: z.string(), judgeId: z.string(), submissionId: z.string(), reason: z.string(), recordedBy: z.string(), recordedAt: z.string() });

/** A recorded conflict as organisers list it: with the judge's name and the pitch's title and business, as they are today. */
export const ListedConflict = z.extend(Conflict, { judgeName: z.optional(z.string()), title: z.optional(z.string()), businessName: z.optional(z.string()) });
export const ConflictPage = page(ListedConflict);

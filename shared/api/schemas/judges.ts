import * as z from "zod/mini";
import { certificationSchemes } from "../../domain/judge-assignment.js";
import { sectorCodes } from "../../domain/reference.js";
import { languages } from "../../i18n/messages.js";
import { PathId, text } from "./common.js";
import { page } from "./pages.js";
import { TieOut } from "./ties.js";

// A competition's judges and their conflicts, as organisers invite, list, withdraw and record them.

const unique = (list: string[]) => new Set(list).size === list.length;

/** A judge's curator certificate (a BNSP product curator's, say), as printed: its number, the clusters it covers, until when. */
export const Certification = z.strictObject({
  scheme: z.enum(certificationSchemes),
  number: text(60),
  scope: z.array(z.enum(sectorCodes, { error: "sector_unknown" }))
    .check(z.minLength(1, { error: "certification_scope_required" }), z.maxLength(sectorCodes.length), z.refine(unique, { error: "list_unique" })),
  validUntil: z.optional(z.iso.date({ error: "date_format" })),
});
export type Certification = z.output<typeof Certification>;

export const JudgeInvite = z.strictObject({
  name: text(100, 2),
  organisation: text(120, 2),
  sectors: z.array(z.enum(sectorCodes, { error: "sector_unknown" })).check(z.minLength(1), z.maxLength(8)),
  email: z.email().check(z.maxLength(200)),
  language: z._default(z.enum(languages), "id"),
  maxLoad: z.optional(z.int().check(z.gte(1), z.lte(500))),
  /** Absent: the certificate recorded before, if any, stays (the certification route replaces or clears it). */
  certification: z.optional(Certification),
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
  certification: z.optional(z.object({ scheme: z.enum(certificationSchemes), number: z.string(), scope: z.array(z.string()), validUntil: z.optional(z.string()) })),
  status: z.enum(["invited", "withdrawn"]),
  ties: z.array(TieOut),
  invitedAt: z.string(),
});
export const JudgeList = z.object({ items: z.array(Judge) });

export const Conflict = z.object({ competitionId: z.string(), judgeId: z.string(), submissionId: z.string(), reason: z.string(), recordedBy: z.string(), recordedAt: z.string() });

/** A recorded conflict as organisers list it: with the judge's name and the pitch's title and business, as they are today. */
export const ListedConflict = z.extend(Conflict, { judgeName: z.optional(z.string()), title: z.optional(z.string()), businessName: z.optional(z.string()) });
export const ConflictPage = page(ListedConflict);

import * as z from "zod/mini";
import { reviewOutcomes } from "../../domain/modules.js";
import { Bilingual } from "./common.js";

// What a module holds, on the way out: shared by what organisers and what seat holders see.

export const QuizQuestion = z.object({
  questionId: z.string(),
  prompt: Bilingual,
  options: z.array(z.object({ optionId: z.string(), text: Bilingual })),
});

export const materialContent = { body: Bilingual, links: z.array(z.object({ label: Bilingual, url: z.string() })) };
export const assignmentContent = { instructions: Bilingual, allowText: z.boolean(), allowFile: z.boolean() };
export const sessionContent = { startsAt: z.string(), endsAt: z.string(), timeZone: z.string(), place: z.optional(z.string()), onlineUrl: z.optional(z.string()) };
/** The session's start as people in its zone read it. */
export const sessionLocalTime = { startsAtLocal: Bilingual };

/** An organiser's verdict on a hand-in, as its author sees it. */
export const Review = z.object({ outcome: z.enum(reviewOutcomes), feedback: z.optional(z.string()), reviewedAt: z.string() });

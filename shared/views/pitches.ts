import type * as z from "zod/mini";
import type { MyPitch, PitchForJudge, PitchForOrganiser } from "../api/schemas/pitches.js";
import type { PitchInCompetition } from "../app/pitches.js";
import type { CompetitionItem } from "../data/competitions.js";
import type { PitchBusiness, PitchItem } from "../data/pitches.js";
import { missingPitchFields } from "../domain/competitions.js";
import { fileStore } from "../files/store.js";

const DOWNLOAD_SECONDS = 15 * 60;
export const textFields = ["title", "summary", "problem", "product", "targetMarket", "traction", "team"] as const;

/** The deck as a short-lived link; the stored key names the submission's opaque id, never the applicant. */
async function deckOf(pitch: PitchItem) {
  return pitch.pitchDeck ? { size: pitch.pitchDeck.size, downloadUrl: await fileStore().presignDownload(pitch.pitchDeck.fileKey, DOWNLOAD_SECONDS, { fileName: "pitch-deck.pdf" }) } : undefined;
}

function pitchFields(pitch: PitchItem) {
  return {
    submissionId: pitch.submissionId, competitionId: pitch.competitionId, status: pitch.status,
    ...Object.fromEntries(textFields.map((field) => [field, pitch[field]])),
    revenueLast12MonthsIdr: pitch.revenueLast12MonthsIdr, capitalAskIdr: pitch.capitalAskIdr, useOfFunds: pitch.useOfFunds, videoUrl: pitch.videoUrl,
    sector: pitch.business.sector,
  };
}

/** The applicant's own pitch: whether it can still change and what it lacks; the judges' comments once results are out, unsigned. */
export async function myPitchView({ pitch, competition, comments, result }: PitchInCompetition, now: Date): Promise<z.output<typeof MyPitch>> {
  const at = now.toISOString();
  return {
    ...pitchFields(pitch),
    pitchDeck: await deckOf(pitch),
    pitchDeckKey: pitch.pitchDeck?.uploadKey,
    deadline: competition.submissionDeadline,
    editable: competition.submissionOpensAt <= at && at < competition.submissionDeadline,
    missingToSubmit: missingPitchFields(pitch).map((issue) => String(issue.path[0])),
    updatedAt: pitch.updatedAt,
    submittedAt: pitch.submittedAt,
    comments: competition.resultsPublishedAt ? comments ?? [] : undefined,
    result,
  };
}

/** Organisers see who is behind a pitch. */
export async function organiserPitchView(pitch: PitchItem): Promise<z.output<typeof PitchForOrganiser>> {
  return { ...pitchFields(pitch), pitchDeck: await deckOf(pitch), applicantId: pitch.applicantId, business: pitch.business, updatedAt: pitch.updatedAt, submittedAt: pitch.submittedAt };
}

export async function pitchPageView(page: { items: PitchItem[]; nextCursor?: string | undefined }) {
  return { items: await Promise.all(page.items.map(organiserPitchView)), nextCursor: page.nextCursor };
}

// ---- blind review ----

export const REDACTED = "[•••]";

/** How the owner is reached, in every way a phone number or address may be written in a pitch's own words. */
export function contactTexts(business: PitchBusiness): string[] {
  const local = business.phone.replace(/^\+62/, "0");
  const digits = business.phone.replace(/^\+/, "");
  return [business.phone, digits, local, business.email].filter((text): text is string => text !== undefined && text.trim().length >= 3);
}

/** What names the business or its owner, in every way it may be written in a pitch's own words. */
export function identifyingTexts(business: PitchBusiness, applicantId: string): string[] {
  return [business.ownerName, business.businessName, business.nib, ...contactTexts(business), applicantId]
    .filter((text): text is string => text !== undefined && text.trim().length >= 3);
}

const readable = (url: string) => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** What may stand between the digits of a number as people write it: 0812-3456-7890, +62 812 3456 7890. */
const DIGIT_GAP = "[\\s.\\-()]*";
const LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";

/** A secret as it may be written: a number with any spacing between its digits, words with any spaces between them. */
function patternOf(secret: string): string {
  if (/^\+?\d{7,}$/.test(secret)) return `\\+?${[...secret.replace(/^\+/, "")].join(DIGIT_GAP)}`;
  return secret.trim().split(/\s+/).map(escape).join("\\s+");
}

/**
 * The parts of the owner's name (a family name — marga — alone says who it is in a small town), to be
 * masked as whole words only, so "Ina" goes but "pinang" stays.
 */
export const namePartsOf = (ownerName: string): string[] => ownerName.split(/\s+/).filter((part) => part.length >= 3);

/**
 * Each identifying text, in any letter case and spacing, replaced by a mark, and each name part standing
 * as a word of its own: the rest of the sentence still reads.
 */
export function redact(text: string | undefined, secrets: readonly string[], nameParts: readonly string[] = []): string | undefined {
  if (text === undefined || secrets.length + nameParts.length === 0) return text;
  // longest first, so a business name that contains the owner's name goes whole
  const whole = [...secrets].sort((a, b) => b.length - a.length).map(patternOf);
  const words = nameParts.length ? [`(?<!${LETTER_OR_DIGIT})(?:${[...nameParts].sort((a, b) => b.length - a.length).map(escape).join("|")})(?!${LETTER_OR_DIGIT})`] : [];
  return text.replace(new RegExp([...whole, ...words].join("|"), "giu"), REDACTED);
}

/**
 * A pitch as a judge sees it. With blind review on, nothing that names the business or its owner
 * leaves: no business block, no applicant id, the pitch's own words with those names masked, a video
 * link that contains one dropped; the deck's link names only the submission's opaque id.
 */
export async function judgePitchView(pitch: PitchItem, competition: CompetitionItem): Promise<z.output<typeof PitchForJudge>> {
  const fields = pitchFields(pitch);
  const deck = await deckOf(pitch);
  if (!competition.blindReview) {
    return { ...fields, pitchDeck: deck, regencyCode: pitch.business.regencyCode, business: { ownerName: pitch.business.ownerName, businessName: pitch.business.businessName } };
  }
  const secrets = identifyingTexts(pitch.business, pitch.applicantId);
  const parts = namePartsOf(pitch.business.ownerName);
  const mask = (text: string | undefined) => redact(text, secrets, parts);
  const masked = Object.fromEntries(textFields.map((field) => [field, mask(pitch[field])]));
  const videoUrl = pitch.videoUrl && mask(readable(pitch.videoUrl)) === readable(pitch.videoUrl) ? pitch.videoUrl : undefined;
  return {
    ...fields, ...masked, videoUrl,
    useOfFunds: pitch.useOfFunds?.map((entry) => ({ item: mask(entry.item)!, amountIdr: entry.amountIdr })),
    pitchDeck: deck,
  };
}

import { resultIn, type Outcome, type Result } from "../domain/results.js";
import { seatNotice } from "../domain/seats.js";
import type { ItemChange } from "../data/changes.js";
import { findCompetition } from "../data/competitions.js";
import { enrolmentChanges } from "../data/enrolments.js";
import { certificatesIssued } from "../data/progress.js";
import { isPublicationSk } from "../data/keys.js";
import { entrantsOf } from "../data/pitches.js";
import { findProfile } from "../data/profiles.js";
import { findPublication, type PublicationItem } from "../data/results.js";
import { translate } from "../i18n/messages.js";
import type { NotificationData, NotificationTemplate } from "../i18n/notifications.js";
import { notifierInUse } from "../notify/notifier.js";

/** Tells an applicant something, in their language, at the addresses in their profile. */
async function notifyApplicant(applicantId: string, template: NotificationTemplate, data: NotificationData): Promise<void> {
  const profile = await findProfile(applicantId);
  if (!profile) return;
  await notifierInUse().notify(
    { userId: applicantId, email: profile.email, phone: profile.phone },
    template,
    { ownerName: profile.ownerName, ...data },
    profile.language ?? "id",
  );
}

/** A seat, a waitlist place, or a seat from the waitlist: each applicant hears of theirs. */
export async function notifySeatChanges(changes: readonly ItemChange[]): Promise<void> {
  for (const { before, after } of enrolmentChanges(changes)) {
    const notice = seatNotice(before?.status, after.status);
    if (notice) await notifyApplicant(after.applicantId, notice, { classTitle: after.classTitle });
  }
}

export async function notifyCertificatesIssued(changes: readonly ItemChange[]): Promise<void> {
  for (const certificate of certificatesIssued(changes)) {
    await notifyApplicant(certificate.applicantId, "certificateIssued", { classTitle: certificate.classTitle, certificateId: certificate.certificateId });
  }
}

/**
 * On each published version, every applicant who submitted hears their result in their language, 25 at
 * a time; on a correction, only those whose outcome changed, or whose place among the finalists and
 * reserves moved (a reserve's place is their turn). The organisers' reason stays in the audit log: it
 * may speak of another applicant.
 */
export async function notifyResults(changes: readonly ItemChange[]): Promise<void> {
  for (const change of changes) {
    if (change.kind !== "insert" || !isPublicationSk(change.keys.sk)) continue;
    const publication = change.after as unknown as PublicationItem;
    const [competition, entrants, previous] = await Promise.all([
      findCompetition(publication.competitionId), entrantsOf(publication.competitionId), publication.version > 1 ? findPublication(publication.competitionId, publication.version - 1) : undefined,
    ]);
    if (!competition) continue;
    const told = entrants.flatMap((entrant) => {
      const result = resultIn(publication, entrant.submissionId);
      const before = previous && resultIn(previous, entrant.submissionId);
      if (before && !changedFor(before, result)) return [];
      const template: NotificationTemplate = before ? (result.place === undefined ? "resultCorrectedNoPlace" : "resultCorrected") : resultTemplate[result.outcome];
      return [{ applicantId: entrant.applicantId, template, data: { competitionTitle: competition.title, place: result.place ?? 0, outcome: outcomeWords(result.outcome) } }];
    });
    for (let i = 0; i < told.length; i += NOTICES_AT_ONCE) {
      await Promise.all(told.slice(i, i + NOTICES_AT_ONCE).map(({ applicantId, template, data }) => notifyApplicant(applicantId, template, data)));
    }
  }
}

const NOTICES_AT_ONCE = 25;
const changedFor = (before: Result, after: Result) =>
  before.outcome !== after.outcome || ((after.outcome === "finalist" || after.outcome === "reserve") && before.place !== after.place);
const resultTemplate = { finalist: "resultFinalist", reserve: "resultReserve", not_selected: "resultNotSelected", withdrawn: "resultWithdrawn", not_ranked: "resultNotRanked" } as const;
const outcomeWords = (outcome: Outcome) => ({ id: translate(`outcome_${outcome}`, "id"), en: translate(`outcome_${outcome}`, "en") });

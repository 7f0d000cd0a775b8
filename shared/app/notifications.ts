import { slotsToAnnounce } from "../domain/demo-day.js";
import { awaitsAnnouncement, meetingNotice, meetingSlots, type MeetingNotice } from "../domain/meetings.js";
import { resultIn, type Outcome, type Result } from "../domain/results.js";
import { localTime } from "../domain/time.js";
import { seatNotice } from "../domain/seats.js";
import type { ItemChange } from "../data/changes.js";
import { findCompetition } from "../data/competitions.js";
import { demoDayChanges } from "../data/demo-day.js";
import { enrolmentChanges } from "../data/enrolments.js";
import { certificatesIssued } from "../data/progress.js";
import { isPublicationSk } from "../data/keys.js";
import { investorsOf, type InvestorItem } from "../data/investors.js";
import { findMeetings, markAnnounced, meetingChanges, meetingsOf, schedulingCompleted, type MeetingItem } from "../data/meetings.js";
import { entrantsOf, findPitch, type PitchItem } from "../data/pitches.js";
import { findProfile } from "../data/profiles.js";
import { findPublication, type PublicationItem } from "../data/results.js";
import { translate } from "../i18n/messages.js";
import type { NotificationData, NotificationTemplate } from "../i18n/notifications.js";
import { notifierInUse } from "../notify/notifier.js";
import { inBatches } from "./retry.js";

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

// ---- demo day and the meetings ---------------------------------------------------------------------------

const bilingual = (text: (lang: "id" | "en") => string) => ({ id: text("id"), en: text("en") });

/** Finalists hear their pitch slot when it is planned or moves; both sides of a meeting hear what changed in it. */
export async function notifyDemoDay(changes: readonly ItemChange[]): Promise<void> {
  await notifyPitchSlots(changes);
  await notifyMeetings(changes);
}

async function notifyPitchSlots(changes: readonly ItemChange[]): Promise<void> {
  for (const { before, after } of demoDayChanges(changes)) {
    const competition = await findCompetition(after.competitionId);
    if (!competition) continue;
    for (const slot of slotsToAnnounce(before?.slots, after.slots)) {
      const pitch = await findPitch(after.competitionId, slot.submissionId);
      if (!pitch) continue;
      await notifyApplicant(pitch.applicantId, "pitchSlot", {
        name: pitch.business.ownerName, competitionTitle: competition.title, slot: after.slots.indexOf(slot) + 1,
        when: localTime(slot.startsAt, after.plan.timeZone), place: after.place ?? after.onlineUrl ?? "",
      });
    }
  }
}

/**
 * Both sides of a meeting hear what changed: after each scheduling run, the proposals not yet announced
 * (one message per person, listing them all); at once, a confirmation with the other side's contact, a
 * decline (to the side that did not decline), a cancellation. A retried batch may repeat a message, never
 * lose one.
 */
async function notifyMeetings(changes: readonly ItemChange[]): Promise<void> {
  const byCompetition = new Map<string, { notice: MeetingNotice; meeting: MeetingItem }[]>();
  const listOf = (competitionId: string) => byCompetition.get(competitionId) ?? byCompetition.set(competitionId, []).get(competitionId)!;
  for (const { before, after } of meetingChanges(changes)) {
    const notice = meetingNotice(before, after);
    const meeting = after ?? before;
    if (notice && meeting) listOf(meeting.competitionId).push({ notice, meeting });
  }
  const runs = new Set(schedulingCompleted(changes).map((run) => run.competitionId));
  for (const competitionId of runs) listOf(competitionId);
  for (const [competitionId, notices] of byCompetition) await notifyMeetingsOf(competitionId, notices, runs.has(competitionId));
}

async function notifyMeetingsOf(competitionId: string, notices: { notice: MeetingNotice; meeting: MeetingItem }[], afterRun: boolean): Promise<void> {
  const proposals = afterRun ? (await meetingsOf(competitionId)).filter(awaitsAnnouncement) : [];
  const submissionIds = [...new Set([...notices.map(({ meeting }) => meeting), ...proposals].map((meeting) => meeting.submissionId))];
  const [competition, meetings, investors, pitches] = await Promise.all([
    findCompetition(competitionId), findMeetings(competitionId), investorsOf(competitionId), Promise.all(submissionIds.map((id) => findPitch(competitionId, id))),
  ]);
  if (!competition || !meetings) return;
  const slots = new Map(meetingSlots(meetings.plan).map((slot) => [slot.slotId, slot]));
  const investorOf = new Map(investors.map((investor) => [investor.investorId, investor]));
  const pitchOf = new Map(pitches.flatMap((pitch) => (pitch ? [[pitch.submissionId, pitch] as const] : [])));
  const when = (m: MeetingItem) => {
    const slot = slots.get(m.slotId);
    return slot ? localTime(slot.startsAt, meetings.plan.timeZone) : { id: m.slotId, en: m.slotId };
  };
  const investorName = (investor: InvestorItem) => `${investor.name} (${investor.organisation})`;
  const tellInvestor = (investor: InvestorItem, template: NotificationTemplate, data: NotificationData) =>
    notifierInUse().notify({ userId: investor.investorId, email: investor.email }, template, { name: investor.name, competitionTitle: competition.title, ...data }, investor.language);
  const tellFinalist = (pitch: PitchItem, template: NotificationTemplate, data: NotificationData) =>
    notifyApplicant(pitch.applicantId, template, { name: pitch.business.ownerName, competitionTitle: competition.title, ...data });

  const lines = (theirs: MeetingItem[], other: (m: MeetingItem) => string) => bilingual((lang) => theirs.map((m) => `• ${when(m)[lang]} — ${other(m)} (${m.room})`).join("\n"));
  for (const investor of investors) {
    const theirs = proposals.filter((m) => m.investorId === investor.investorId);
    if (theirs.length) await tellInvestor(investor, "meetingsProposed", { meetings: lines(theirs, (m) => pitchOf.get(m.submissionId)?.business.businessName ?? "") });
  }
  for (const pitch of pitchOf.values()) {
    const theirs = proposals.filter((m) => m.submissionId === pitch.submissionId && investorOf.has(m.investorId));
    if (theirs.length) await tellFinalist(pitch, "meetingsProposed", { meetings: lines(theirs, (m) => investorName(investorOf.get(m.investorId)!)) });
  }
  await inBatches(proposals, markAnnounced);

  for (const { notice, meeting } of notices) {
    const [investor, pitch] = [investorOf.get(meeting.investorId), pitchOf.get(meeting.submissionId)];
    if (!investor || !pitch) continue;
    const toInvestor = { other: pitch.business.businessName, when: when(meeting), room: meeting.room };
    const toFinalist = { other: investorName(investor), when: when(meeting), room: meeting.room };
    if (notice === "confirmed") {
      const owner = [pitch.business.ownerName, pitch.business.phone, pitch.business.email].filter(Boolean).join(", ");
      await tellInvestor(investor, "meetingConfirmed", { ...toInvestor, contact: owner });
      await tellFinalist(pitch, "meetingConfirmed", { ...toFinalist, contact: `${investor.name}, ${investor.email}` });
    } else if (notice === "declined") {
      // the side that declined knows; the other hears of it
      if (meeting.investorAnswer === "declined") await tellFinalist(pitch, "meetingDeclined", toFinalist);
      else await tellInvestor(investor, "meetingDeclined", toInvestor);
    } else {
      await tellInvestor(investor, "meetingCancelled", toInvestor);
      await tellFinalist(pitch, "meetingCancelled", toFinalist);
    }
  }
}

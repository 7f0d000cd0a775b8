import { jobs } from "../../shared/api/jobs.js";
import { notifyApplicant } from "../../shared/app/notifications.js";
import { seatChanges } from "../../shared/data/enrolments.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.notifyEnrolments, async (changes) => {
  for (const seat of seatChanges(changes)) await notifyApplicant(seat.applicantId, seat.change, { classTitle: seat.classTitle });
});

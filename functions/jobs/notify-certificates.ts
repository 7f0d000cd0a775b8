import { jobs } from "../../shared/api/jobs.js";
import { notifyApplicant } from "../../shared/app/notifications.js";
import { certificatesIssued } from "../../shared/data/progress.js";
import { streamJob } from "../../shared/jobs/stream.js";

export const handler = streamJob(jobs.notifyCertificates, async (changes) => {
  for (const certificate of certificatesIssued(changes)) {
    await notifyApplicant(certificate.applicantId, "certificateIssued", { classTitle: certificate.classTitle, certificateId: certificate.certificateId });
  }
});

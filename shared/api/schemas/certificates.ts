import * as z from "zod/mini";
import { Bilingual } from "./common.js";

export const CertificateParams = z.strictObject({ certificateId: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,64}$/)) });

/** The public proof of completion: name, business, class and date only. */
export const Certificate = z.strictObject({
  certificateId: z.string(),
  participantName: z.string(),
  businessName: z.string(),
  classTitle: Bilingual,
  completedOn: z.string(),
});

import * as z from "zod/mini";
import { Bilingual } from "./common.js";

/** The public proof of completion: name, business, class and date only. */
export const Certificate = z.strictObject({
  certificateId: z.string(),
  participantName: z.string(),
  businessName: z.string(),
  classTitle: Bilingual,
  completedOn: z.string(),
});

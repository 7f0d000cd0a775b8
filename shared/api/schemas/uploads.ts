import * as z from "zod/mini";
import { text } from "./common.js";

// Uploading a file straight to the file store: what is asked for, and the short-lived ticket that allows it.

export const UploadRequest = z.strictObject({
  fileName: text(120),
  contentType: z.string().check(z.minLength(3), z.maxLength(100)),
  size: z.int().check(z.gte(1)),
});

export const UploadTicket = z.object({
  fileKey: z.string(),
  uploadUrl: z.string(),
  method: z.literal("PUT"),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
});

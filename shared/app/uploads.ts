import { randomUUID } from "node:crypto";
import { DomainError, invalidField, type ErrorCode } from "../domain/errors.js";
import { MAX_FILE_BYTES, MAX_OPEN_UPLOADS, UPLOAD_SECONDS, type FileProblem, type PinnedFile } from "../domain/files.js";
import { findUploadTickets, saveUploadTickets, type TicketPlace } from "../data/uploads.js";
import type { StoredFile } from "../files/port.js";
import { fileStore } from "../files/store.js";
import { settle } from "./retry.js";

/**
 * A new upload id, valid for `UPLOAD_SECONDS`, while the applicant holds fewer than `MAX_OPEN_UPLOADS`
 * unexpired ones at this place: retries on a weak connection fit, a flood does not.
 */
/** A short-lived URL to upload one file to its staging key. */
export interface UploadTicket {
  fileKey: string;
  url: string;
  headers: Record<string, string>;
  expiresAt: string;
}

export async function takeUploadTicket(place: TicketPlace, now: Date): Promise<{ uploadId: string; expiresAt: string }> {
  const uploadId = randomUUID();
  const expiresAt = new Date(now.getTime() + UPLOAD_SECONDS * 1000).toISOString();
  const at = now.toISOString();
  await settle(async () => {
    const read = await findUploadTickets(place);
    const open = Object.entries(read.tickets).filter(([, until]) => until > at);
    if (open.length >= MAX_OPEN_UPLOADS) {
      const nextFreeAt = open.map(([, until]) => until).sort()[0]!;
      const seconds = Math.max(1, Math.ceil((Date.parse(nextFreeAt) - now.getTime()) / 1000));
      throw new DomainError("too_many_uploads", {
        params: { limit: MAX_OPEN_UPLOADS, minutes: Math.max(1, Math.round(seconds / 60)) }, details: { limit: MAX_OPEN_UPLOADS, nextFreeAt }, retryAfterSeconds: seconds,
      });
    }
    return (await saveUploadTickets(place, { ...Object.fromEntries(open), [uploadId]: expiresAt }, read)) || undefined;
  });
  return { uploadId, expiresAt };
}

export interface PinRequest {
  /** The staging key the applicant sent. */
  uploadKey: string;
  /** Whether that key was issued to this applicant for this place. */
  issuedHere: boolean;
  /** Where a copy of these exact bytes lives, from their entity tag. */
  pinnedKeyOf: (contentHash: string) => string;
  /** The limits the stored file must meet; a problem is refused under that code. */
  check: (file: StoredFile & { fileName: string }) => FileProblem | undefined;
  /** The field the key came in, for the error. */
  field: string;
  /** The file pinned last time, if any. */
  current?: PinnedFile | undefined;
}

/**
 * The upload must be in the staging area under a key issued to this applicant and meet the limits.
 * It is then copied, exactly as checked, under a key nobody can upload to: an upload URL that is used
 * again later changes the staging copy only, never what was handed in and reviewed. Sending the upload
 * key of the current file again keeps it, even after the upload itself expired — unless other bytes
 * were uploaded to that key since: then those are taken.
 */
export async function pinUpload({ uploadKey, issuedHere, pinnedKeyOf, check, field, current }: PinRequest): Promise<PinnedFile> {
  const stored = issuedHere ? await fileStore().describe(uploadKey) : undefined;
  const fileName = uploadKey.slice(uploadKey.lastIndexOf("/") + 1);
  const fileKey = stored && pinnedKeyOf(stored.etag.replace(/[^\w-]/g, ""));
  if (current && current.uploadKey === uploadKey && (!stored || current.fileKey === fileKey)) return current;
  if (!stored || !fileKey) throw invalidField(field, "file_missing", "file_missing");
  const problem = check({ fileName, contentType: stored.contentType, size: stored.size });
  if (problem) throw invalidField(field, problem, problem as ErrorCode, { params: { limit: MAX_FILE_BYTES / 1024 / 1024 } });
  // written again between the check and the copy: the caller sends it once more, and it is checked afresh
  if (!(await fileStore().copy(uploadKey, fileKey, stored.etag))) throw invalidField(field, "file_changed", "file_changed");
  return { fileKey, uploadKey, fileName, contentType: stored.contentType, size: stored.size };
}

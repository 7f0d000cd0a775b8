/** What applicants may upload: documents, label designs and cash-flow sheets, kept small for weak connections. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Upload URLs an applicant may hold open at once for one module: retries on a weak connection fit, a flood does not. */
export const MAX_OPEN_UPLOADS = 5;
/** How long an upload URL stays valid. */
export const UPLOAD_SECONDS = 15 * 60;
/** Uploads wait in a staging area until handed in; what is never handed in is deleted after this (S3 lifecycle, locally the same sweep). */
export const STAGED_UPLOAD_DAYS = 1;

export const allowedFileTypes: Record<string, string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/webp": ["webp"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.ms-excel": ["xls"],
  "application/vnd.oasis.opendocument.spreadsheet": ["ods"],
  "text/csv": ["csv"],
};

/** A file as a hand-in or a submission keeps it: the copy nobody can upload to, and the staged upload it came from. */
export interface PinnedFile {
  fileKey: string;
  uploadKey: string;
  fileName: string;
  contentType: string;
  size: number;
}

export type FileProblem = "file_too_large" | "file_type_not_allowed";

export function checkFile(file: { fileName?: string; contentType: string; size: number }, types: Record<string, string[]> = allowedFileTypes): FileProblem | undefined {
  const contentType = file.contentType.toLowerCase();
  const extensions = Object.hasOwn(types, contentType) ? types[contentType] : undefined;
  if (!extensions) return "file_type_not_allowed";
  if (file.fileName !== undefined) {
    const extension = file.fileName.toLowerCase().split(".").pop() ?? "";
    if (!extensions.includes(extension)) return "file_type_not_allowed";
  }
  if (file.size > MAX_FILE_BYTES) return "file_too_large";
  return undefined;
}

/** Keeps letters, digits, dot, dash and underscore, so a file name is safe inside a storage key and a URL. */
export function safeFileName(fileName: string): string {
  // "café" is decomposed into "cafe" and an accent, and the accent dropped: "cafe", not "cafe_"
  const cleaned = fileName.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[^\w.-]+/g, "_").slice(-100).replace(/^[._]+/, "");
  return cleaned || "file";
}

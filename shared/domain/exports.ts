/** A progress export is asked for, then written by a job. */
export const exportStatuses = ["pending", "ready"] as const;
export type ExportStatus = (typeof exportStatuses)[number];

export interface StoredFile {
  size: number;
  contentType: string;
}

/** A file as it is stored now; the entity tag changes with every write of the key. */
export interface FoundFile extends StoredFile {
  etag: string;
}

/**
 * Where uploaded files live. Clients never send files through the API: they get a short-lived signed
 * URL, upload directly, and then hand in the storage key, which the API checks here.
 */
export interface FileStore {
  presignUpload(key: string, file: StoredFile, expiresInSeconds: number): Promise<{ url: string; headers: Record<string, string> }>;
  presignDownload(key: string, expiresInSeconds: number, download?: { fileName: string }): Promise<string>;
  describe(key: string): Promise<FoundFile | undefined>;
  /** Copies `from` to `to` if `from` still has the entity tag `ifMatch`; false when it is gone or was written again. */
  copy(from: string, to: string, ifMatch: string): Promise<boolean>;
  /** Writes a file the platform made itself (an export). */
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
}

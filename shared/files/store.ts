import { createS3FileStore } from "./s3-store.js";

export interface StoredFile {
  size: number;
  contentType: string;
}

/**
 * Where uploaded files live. Clients never send files through the API: they get a short-lived signed
 * URL, upload directly, and then hand in the storage key, which the API checks here.
 */
export interface FileStore {
  presignUpload(key: string, file: StoredFile, expiresInSeconds: number): Promise<{ url: string; headers: Record<string, string> }>;
  presignDownload(key: string, expiresInSeconds: number, download?: { fileName: string }): Promise<string>;
  describe(key: string): Promise<StoredFile | undefined>;
  /** Writes a file the platform made itself (an export). */
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
}

let store: FileStore | undefined;
let makeLocal: (() => FileStore) | undefined;

/**
 * S3 (`FILES_BUCKET`) on AWS. A local host installs its own store with `useFileStore`, so a Lambda
 * bundle never carries the local one (nor `node:fs`).
 */
export function fileStore(): FileStore {
  if (!store) {
    const bucket = process.env.FILES_BUCKET;
    if (makeLocal) store = makeLocal();
    else if (bucket) store = createS3FileStore(bucket);
    else throw new Error("No file store: FILES_BUCKET is not set and no local store was installed");
  }
  return store;
}

/** Made on first use, when the local host knows its address. */
export function useFileStore(make: () => FileStore): void {
  makeLocal = make;
  store = undefined;
}

import { createLocalFileStore, localFileStoreConfig } from "./local-store.js";
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
  presignDownload(key: string, expiresInSeconds: number): Promise<string>;
  describe(key: string): Promise<StoredFile | undefined>;
}

let store: FileStore | undefined;

/** S3 on AWS (`FILES_BUCKET`), a local folder served by the local server otherwise. */
export function fileStore(): FileStore {
  store ??= process.env.FILES_BUCKET ? createS3FileStore(process.env.FILES_BUCKET) : createLocalFileStore(localFileStoreConfig());
  return store;
}

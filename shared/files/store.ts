import type { FileStore } from "./port.js";
import { createS3FileStore } from "./s3-store.js";


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

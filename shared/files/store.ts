import { port } from "../port.js";
import type { FileStore } from "./port.js";
import { createS3FileStore } from "./s3-store.js";

const files = /* @__PURE__ */ port<FileStore>("file store (FILES_BUCKET)", () => (process.env.FILES_BUCKET ? createS3FileStore(process.env.FILES_BUCKET) : undefined));

/** S3 (`FILES_BUCKET`) on AWS; locally the store `infra/local` installs. */
export function fileStore(): FileStore {
  return files.get();
}

export function useFileStore(make: () => FileStore): void {
  files.useLocal(make);
}

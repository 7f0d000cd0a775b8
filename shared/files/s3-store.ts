import { GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { FileStore } from "./port.js";

export function createS3FileStore(bucket: string): FileStore {
  const s3 = new S3Client({});
  return {
    async presignUpload(key, file, expiresIn) {
      // Content type and length are signed: S3 refuses an upload that differs from what was checked.
      const command = new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: file.contentType, ContentLength: file.size });
      const url = await getSignedUrl(s3, command, { expiresIn, signableHeaders: new Set(["content-type", "content-length"]) });
      return { url, headers: { "content-type": file.contentType } };
    },
    presignDownload: (key, expiresIn, download) =>
      getSignedUrl(s3, new GetObjectCommand({
        Bucket: bucket, Key: key,
        ...(download ? { ResponseContentDisposition: `attachment; filename="${download.fileName}"` } : {}),
      }), { expiresIn }),
    async describe(key) {
      try {
        const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (error instanceof NotFound || (error as { name?: string }).name === "NotFound") return undefined;
        throw error;
      }
    },
    async put(key, body, contentType) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
    },
  };
}

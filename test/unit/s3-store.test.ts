import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { beforeAll, describe, expect, it } from "vitest";
import { createS3FileStore } from "../../shared/files/s3-store.js";

// The file store signs S3 requests itself (shared/files/s3-store.ts); the SDK's S3 client and presigner
// are the reference it must agree with, signature included, for the same request at the same moment.
const at = new Date("2026-11-29T01:02:03Z");
const region = "ap-southeast-3";
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
// without flexible checksums, which would sign a CRC32 of an empty body into an upload URL
const sdk = new S3Client({ region, credentials, requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" });

beforeAll(() => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey });
  delete process.env.AWS_SESSION_TOKEN;
});

const params = (url: string) => {
  const parsed = new URL(url);
  return { origin: parsed.origin, path: parsed.pathname, query: Object.fromEntries([...parsed.searchParams].sort()) };
};

describe("the S3 file store's presigned URLs", () => {
  it("sign an upload exactly as the SDK does, with its type and length", async () => {
    const store = createS3FileStore("lab-files", region, () => at);
    const key = "assignments/c1/m1/a1/0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a01/arus_kas (1).xlsx";
    const ours = await store.presignUpload(key, { contentType: "application/pdf", size: 1234 }, 900);
    const reference = await getSignedUrl(sdk, new PutObjectCommand({ Bucket: "lab-files", Key: key, ContentType: "application/pdf", ContentLength: 1234 }), {
      expiresIn: 900, signableHeaders: new Set(["content-type", "content-length"]), signingDate: at,
    });
    expect(params(ours.url)).toEqual(params(reference));
    expect(params(ours.url).query["X-Amz-SignedHeaders"]).toBe("content-length;content-type;host");
    expect(ours.url).not.toContain("checksum");
  });

  it("sign a download exactly as the SDK does, with the file name to save under", async () => {
    const store = createS3FileStore("lab-files", region, () => at);
    const key = "exports/c1/e1/progress-c1.csv";
    const ours = await store.presignDownload(key, 900, { fileName: "progress-c1.csv" });
    const reference = await getSignedUrl(sdk, new GetObjectCommand({ Bucket: "lab-files", Key: key, ResponseContentDisposition: 'attachment; filename="progress-c1.csv"' }), { expiresIn: 900, signingDate: at });
    expect(params(ours)).toEqual(params(reference));
  });
});

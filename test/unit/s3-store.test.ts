import { CopyObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Readable } from "node:stream";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
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

describe("the S3 file store's copy of a handed-in file", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks S3 for the same CopyObject as the SDK, guarded by the entity tag that was checked", async () => {
    const from = "uploads/c1/m1/a1/0b7c1a52-3f7e-4c1d-8a0e-5e2d9f1c0a01/arus_kas (1)+.xlsx";
    const to = "assignments/c1/m1/a1/9e107d9d372bb6826bd81d3542a419d6/arus_kas (1)+.xlsx";
    const etag = '"9e107d9d372bb6826bd81d3542a419d6"';
    const sent: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response("<CopyObjectResult><ETag>x</ETag></CopyObjectResult>", { status: 200 });
    });
    expect(await createS3FileStore("lab-files", region, () => at).copy(from, to, etag)).toBe(true);

    let reference: { method: string; path: string; headers: Record<string, string> } | undefined;
    const capturing = new S3Client({
      region, credentials,
      requestHandler: {
        handle: async (request: { method: string; path: string; headers: Record<string, string> }) => {
          reference = request;
          return { response: { statusCode: 200, headers: {}, body: Readable.from(["<CopyObjectResult/>"]) } };
        },
      } as never,
    });
    await capturing.send(new CopyObjectCommand({ Bucket: "lab-files", Key: to, CopySource: `lab-files/${from}`, CopySourceIfMatch: etag, MetadataDirective: "COPY" }));

    const ours = sent[0]!;
    const headers = ours.init.headers as Record<string, string>;
    expect(ours.init.method).toBe(reference!.method);
    expect(new URL(ours.url).pathname).toBe(reference!.path);
    for (const name of ["x-amz-copy-source-if-match", "x-amz-metadata-directive"]) expect(headers[name]).toBe(reference!.headers[name]);
    // S3 reads the copy source URL-encoded; the SDK leaves that to the caller, so compare decoded
    expect(decodeURIComponent(headers["x-amz-copy-source"]!)).toBe(`/${decodeURIComponent(reference!.headers["x-amz-copy-source"]!)}`);
    expect(headers["x-amz-copy-source"]).not.toMatch(/[ +()]/);
    expect(headers.authorization).toMatch(/SignedHeaders=[^,]*x-amz-copy-source;x-amz-copy-source-if-match/);
  });

  it("answers false when the upload is gone or was written again since it was checked", async () => {
    for (const status of [404, 412]) {
      vi.stubGlobal("fetch", async () => new Response("<Error/>", { status }));
      expect(await createS3FileStore("lab-files", region, () => at).copy("uploads/a", "assignments/a", '"e"')).toBe(false);
    }
  });

  it("fails loudly when S3 reports an error inside a 200", async () => {
    vi.stubGlobal("fetch", async () => new Response("<Error><Code>InternalError</Code></Error>", { status: 200 }));
    await expect(createS3FileStore("lab-files", region, () => at).copy("uploads/a", "assignments/a", '"e"')).rejects.toThrow(/InternalError/);
  });
});

import { fromEnv } from "@aws-sdk/credential-provider-env";
import { Hash } from "@smithy/core/serde";
import { HttpRequest } from "@smithy/core/transport";
import { SignatureV4 } from "@smithy/signature-v4";
import type { FileStore } from "./port.js";

/** RFC 3986, as SigV4 canonicalises: what `encodeURIComponent` leaves alone of `!'()*` is escaped too. */
const escape = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * S3 through the SDK's own SigV4 signer instead of the S3 client: five plain requests are all we need
 * (presigned PUT and GET, HEAD, PUT, COPY), and the S3 client is most of a function's start-up. Requests
 * carry no flexible checksum, so a browser can upload to a presigned URL with the bytes it has.
 * `test/unit/s3-store.test.ts` holds the URLs to what the SDK's presigner signs for the same request.
 */
export function createS3FileStore(bucket: string, region = process.env.AWS_REGION ?? "", signingDate?: () => Date): FileStore {
  const signer = new SignatureV4({ service: "s3", region, credentials: fromEnv(), sha256: Hash.bind(null, "sha256"), uriEscapePath: false, applyChecksum: false });
  const hostname = `${bucket}.s3.${region}.amazonaws.com`;
  const request = (method: string, key: string, headers: Record<string, string> = {}, query: Record<string, string> = {}) =>
    new HttpRequest({
      protocol: "https:", hostname, method, query,
      path: `/${key.split("/").map(escape).join("/")}`,
      headers: { host: hostname, "X-Amz-Content-Sha256": "UNSIGNED-PAYLOAD", ...headers },
    });
  const urlOf = ({ path, query }: HttpRequest) =>
    `https://${hostname}${path}?${Object.entries(query).map(([name, value]) => `${escape(name)}=${escape(String(value))}`).join("&")}`;
  const presign = async (unsigned: HttpRequest, expiresIn: number, signableHeaders?: Set<string>) =>
    urlOf((await signer.presign(unsigned, { expiresIn, signableHeaders, signingDate: signingDate?.() })) as HttpRequest);
  const send = async (unsigned: HttpRequest, body?: string | Uint8Array) => {
    const signed = (await signer.sign(unsigned, { signingDate: signingDate?.() })) as HttpRequest;
    return fetch(`https://${hostname}${signed.path}`, { method: signed.method, headers: signed.headers, body });
  };

  return {
    async presignUpload(key, file, expiresIn) {
      // Content type and length are signed: S3 refuses an upload that differs from what was checked.
      const headers = { "content-type": file.contentType, "content-length": String(file.size) };
      return { url: await presign(request("PUT", key, headers, { "x-id": "PutObject" }), expiresIn, new Set(["content-type", "content-length"])), headers: { "content-type": file.contentType } };
    },
    presignDownload: (key, expiresIn, download) =>
      presign(request("GET", key, {}, { ...(download ? { "response-content-disposition": `attachment; filename="${download.fileName}"` } : {}), "x-id": "GetObject" }), expiresIn),
    async describe(key) {
      const answer = await send(request("HEAD", key));
      if (answer.status === 404) return undefined;
      if (!answer.ok) throw new Error(`S3 HEAD ${key}: ${answer.status}`);
      return { size: Number(answer.headers.get("content-length") ?? 0), contentType: answer.headers.get("content-type") ?? "application/octet-stream", etag: answer.headers.get("etag") ?? "" };
    },
    async copy(from, to, ifMatch) {
      const answer = await send(request("PUT", to, {
        "x-amz-copy-source": `/${bucket}/${from.split("/").map(escape).join("/")}`,
        "x-amz-copy-source-if-match": ifMatch,
        "x-amz-metadata-directive": "COPY",
      }, { "x-id": "CopyObject" }));
      if (answer.status === 404 || answer.status === 412) return false;
      // CopyObject can fail after its 200 has been sent: the error is then in the body
      const body = await answer.text();
      if (!answer.ok || body.includes("<Error>")) throw new Error(`S3 COPY ${from} → ${to}: ${answer.status} ${body}`);
      return true;
    },
    async put(key, body, contentType) {
      const bytes = typeof body === "string" ? Buffer.from(body) : body;
      const answer = await send(request("PUT", key, { "content-type": contentType, "content-length": String(bytes.length) }), bytes);
      if (!answer.ok) throw new Error(`S3 PUT ${key}: ${answer.status} ${await answer.text()}`);
    },
  };
}

import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { STAGED_UPLOAD_PREFIX } from "../../shared/data/keys.js";
import { STAGED_UPLOAD_DAYS } from "../../shared/domain/files.js";
import type { FileStore, FoundFile, StoredFile } from "../../shared/files/port.js";

/**
 * The local stand-in for S3: files in a folder, uploaded and downloaded through URLs that the local
 * server honours only with a valid HMAC signature before their expiry — the same flow as presigned URLs.
 */
export interface LocalFileStoreConfig {
  directory: string;
  baseUrl: string;
  secret: string;
}

export const LOCAL_FILES_PATH = "/_files/";

export function localFileStoreConfig(): LocalFileStoreConfig {
  const { LOCAL_FILES_DIR: directory, LOCAL_FILES_URL: baseUrl, LOCAL_FILES_SECRET: secret } = process.env;
  if (!directory || !baseUrl || !secret) throw new Error("No file store: set FILES_BUCKET (AWS) or LOCAL_FILES_DIR, LOCAL_FILES_URL and LOCAL_FILES_SECRET");
  return { directory, baseUrl, secret };
}

type Operation = "put" | "get";

function sign(secret: string, parts: (string | number)[]): string {
  return createHmac("sha256", secret).update(parts.join("\n")).digest("base64url");
}

/** Plain-text answers, as S3 answers a presigned URL: the client is a browser or curl, not our API. */
const refused = (status: number, reason: string) => ({ status, contentType: "text/plain; charset=utf-8", body: `${reason}\n` });

function pathOf(config: LocalFileStoreConfig, key: string): string {
  const path = resolve(config.directory, key);
  if (!path.startsWith(resolve(config.directory) + "/")) throw new Error("key outside the file store");
  return path;
}

export function createLocalFileStore(config: LocalFileStoreConfig): FileStore & {
  receive(request: { method: string; url: URL; contentType?: string; body: Buffer }): Promise<{ status: number; contentType?: string; body?: Buffer | string }>;
  expireStagedUploads(now: Date): Promise<string[]>;
} {
  const signedUrl = (operation: Operation, key: string, expiresInSeconds: number, file?: StoredFile) => {
    const expires = Math.floor(Date.now() / 1000) + expiresInSeconds;
    const parts = [operation, key, expires, file?.contentType ?? "", file?.size ?? ""];
    const query = new URLSearchParams({ op: operation, expires: String(expires), ...(file ? { type: file.contentType, size: String(file.size) } : {}), signature: sign(config.secret, parts) });
    return `${config.baseUrl}${LOCAL_FILES_PATH}${key.split("/").map(encodeURIComponent).join("/")}?${query}`;
  };

  const describe = async (key: string): Promise<FoundFile | undefined> => {
    try {
      return JSON.parse(await readFile(`${pathOf(config, key)}.meta.json`, "utf8")) as FoundFile;
    } catch {
      return undefined;
    }
  };

  // S3's entity tag of a single-part upload is the MD5 of its bytes
  const write = async (key: string, bytes: Uint8Array, contentType: string) => {
    const path = pathOf(config, key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    const etag = `"${createHash("md5").update(bytes).digest("hex")}"`;
    await writeFile(`${path}.meta.json`, JSON.stringify({ size: bytes.length, contentType, etag } satisfies FoundFile));
  };

  return {
    presignUpload: async (key, file, expiresIn) => ({ url: signedUrl("put", key, expiresIn, file), headers: { "content-type": file.contentType } }),
    presignDownload: async (key, expiresIn) => signedUrl("get", key, expiresIn),
    describe,
    put: (key, body, contentType) => write(key, typeof body === "string" ? Buffer.from(body) : body, contentType),
    async copy(from, to, ifMatch) {
      const found = await describe(from);
      if (found?.etag !== ifMatch) return false;
      const target = pathOf(config, to);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(pathOf(config, from), target);
      await writeFile(`${target}.meta.json`, JSON.stringify(found));
      return true;
    },

    /** The bucket's lifecycle rule, here: staged uploads older than `STAGED_UPLOAD_DAYS` are deleted. Returns their keys. */
    async expireStagedUploads(now) {
      const staging = pathOf(config, STAGED_UPLOAD_PREFIX);
      const entries = await readdir(staging, { recursive: true, withFileTypes: true }).catch(() => []);
      const expired: string[] = [];
      for (const entry of entries) {
        if (!entry.isFile() || entry.name.endsWith(".meta.json")) continue;
        const path = join(entry.parentPath, entry.name);
        if ((await stat(path)).mtimeMs > now.getTime() - STAGED_UPLOAD_DAYS * 86_400_000) continue;
        await rm(path, { force: true });
        await rm(`${path}.meta.json`, { force: true });
        expired.push(path.slice(resolve(config.directory).length + 1));
      }
      return expired;
    },

    /** What the local server does with a request under `/_files/`. */
    async receive({ method, url, contentType, body }) {
      let key: string;
      try {
        key = decodeURIComponent(url.pathname.slice(LOCAL_FILES_PATH.length));
      } catch {
        return refused(400, "malformed file key");
      }
      const operation = url.searchParams.get("op");
      const expires = Number(url.searchParams.get("expires"));
      const type = url.searchParams.get("type") ?? "";
      const size = url.searchParams.get("size") ?? "";
      const expected = sign(config.secret, [operation ?? "", key, expires, type, size]);
      const given = Buffer.from(url.searchParams.get("signature") ?? "");
      const valid = given.length === expected.length && timingSafeEqual(given, Buffer.from(expected)) && expires * 1000 > Date.now();
      if (!valid || key.includes("..")) return refused(403, "the link is not valid or has expired");
      if (method === "PUT" && operation === "put") {
        if (contentType !== type || String(body.length) !== size) return refused(400, `send exactly ${size} bytes with content-type ${type}`);
        await write(key, body, type);
        return { status: 200 };
      }
      if (method === "GET" && operation === "get") {
        const stored = await describe(key);
        if (!stored) return refused(404, "no such file");
        return { status: 200, contentType: stored.contentType, body: await readFile(pathOf(config, key)) };
      }
      return refused(405, "use the method the link was made for");
    },
  };
}

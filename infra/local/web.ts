import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { LocalResponse } from "./api.js";
import { projectRoot } from "./paths.js";

/**
 * The web app on the API's own origin, as CloudFront serves it on AWS: `/` is the app, `/assets/…` its
 * files (hashed names, cached for good); everything else is the API. Built by `vite build` into web/dist.
 */
export const webDist = join(projectRoot, "web", "dist");

/** Builds the web app into `outDir` (web/dist unless said) with Vite. */
export async function buildWeb(outDir = webDist): Promise<void> {
  const { build } = await import("vite");
  await build({ configFile: join(projectRoot, "web", "vite.config.ts"), build: { outDir, emptyOutDir: true }, logLevel: "warn" });
}


const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".json": "application/json; charset=utf-8",
};

/** The app's page or one of its files, or undefined when the path is the API's (or no app is built). */
export async function webFile(pathname: string, dir = webDist): Promise<LocalResponse | undefined> {
  if (!existsSync(join(dir, "index.html"))) return undefined;
  if (pathname === "/" || pathname === "/index.html") {
    return { status: 200, headers: { "content-type": types[".html"]!, "cache-control": "no-cache" }, body: await readFile(join(dir, "index.html")) };
  }
  if (!pathname.startsWith("/assets/")) return undefined;
  const file = normalize(join(dir, pathname));
  if (!file.startsWith(join(dir, "assets")) || !existsSync(file)) return { status: 404, headers: { "content-type": "text/plain" }, body: "not found" };
  return { status: 200, headers: { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "public, max-age=31536000, immutable" }, body: await readFile(file) };
}

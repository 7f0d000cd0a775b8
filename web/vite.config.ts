import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The web app: Preact (JSX compiled by Vite's own transformer, no plugin), one small bundle, no web fonts.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  // the manifest names each chunk's imports: the page-weight test adds up what one role downloads
  build: { outDir: "dist", emptyOutDir: true, target: "es2020", sourcemap: false, manifest: true },
  logLevel: "warn",
});

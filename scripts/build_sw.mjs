// Builds the service worker (literacy/offline_src/sw.js) into static/vendor/sw/sw.js:
// esbuild bundles the Workbox modules from node_modules (no CDN), then workbox-build's
// injectManifest writes the precache list (the self-hosted fonts) into it.
import { build } from "esbuild";
import { injectManifest } from "workbox-build";
import { mkdirSync, rmSync } from "node:fs";

const bundled = "static/vendor/sw/sw.src.js";
mkdirSync("static/vendor/sw", { recursive: true });
await build({
  entryPoints: ["literacy/offline_src/sw.js"], bundle: true, minify: true, format: "iife",
  outfile: bundled, define: { "process.env.NODE_ENV": '"production"' }, logLevel: "error",
});
const { count, size, warnings } = await injectManifest({
  swSrc: bundled, swDest: "static/vendor/sw/sw.js", globDirectory: "static",
  globPatterns: ["vendor/fonts/*.woff2"], modifyURLPrefix: { "": "/static/" },
});
rmSync(bundled);
for (const warning of warnings) console.warn(warning);
console.log(`service worker: ${count} files precached (${Math.round(size / 1024)} KB)`);

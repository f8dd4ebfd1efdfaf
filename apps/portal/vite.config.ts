import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Writes .br and .gz beside each script, stylesheet and page, once, at build time; the server sends them to
 * browsers that accept them (@fastify/static's preCompressed), so slow links carry a third of the bytes.
 */
function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "moei-precompress",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg)$/.test(name)) continue;
        const path = join(outDir, name);
        const content = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

// The portal imports @moei/domain's TypeScript source (the "@moei/source" condition), so one build covers both.
// In development (`pnpm --filter @moei/portal dev`) /graphql goes to the server started by `pnpm start`.
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { conditions: ["@moei/source", "module", "browser", "default"] },
  server: {
    host: "127.0.0.1",
    proxy: { "/graphql": process.env.MOEI_API_URL ?? "http://127.0.0.1:8080" },
  },
  build: {
    target: "es2022",
    // Inline nothing: the Content-Security-Policy allows only same-origin files (no data: scripts or fonts).
    assetsInlineLimit: 0,
  },
});

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type Rollup } from "vite";

/** Budgets for slow links, in gzip bytes: the first load, and each page loaded later. */
const BUDGET = { initial: 150 * 1024, route: 30 * 1024 };

/**
 * Prints what a browser downloads, gzipped: the initial JavaScript (the entry and everything it imports
 * statically) and, for each page loaded on demand, what it adds beyond that. Fails the build over budget.
 */
function budget(): Plugin {
  return {
    name: "moei-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === "chunk");
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const gz = (c: Rollup.OutputChunk) => gzipSync(c.code, { level: 9 }).length;
      const closure = (start: Rollup.OutputChunk, seen = new Set<string>()): Set<string> => {
        if (seen.has(start.fileName)) return seen;
        seen.add(start.fileName);
        for (const name of start.imports) {
          const next = byName.get(name);
          if (next) closure(next, seen);
        }
        return seen;
      };
      const sum = (names: Iterable<string>) =>
        [...names].reduce((n, f) => n + gz(byName.get(f) as Rollup.OutputChunk), 0);
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) return;
      const initial = closure(entry);
      const rows: [string, number, number][] = [["initial JavaScript", sum(initial), BUDGET.initial]];
      // A chunk loaded on demand from a page loaded on demand (an editor inside the meeting page) adds only
      // what that page has not already brought.
      const loadedBefore = (chunk: Rollup.OutputChunk): Set<string> => {
        const parent = chunks.find((c) => c.dynamicImports.includes(chunk.fileName) && c.isDynamicEntry);
        return parent ? new Set([...loadedBefore(parent), ...closure(parent)]) : initial;
      };
      for (const route of chunks.filter((c) => c.isDynamicEntry)) {
        const before = loadedBefore(route);
        const added = [...closure(route)].filter((f) => !before.has(f));
        rows.push([`+ ${route.name}`, sum(added), BUDGET.route]);
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const over = rows.filter(([, size, limit]) => size > limit);
      this.info(
        `\nJavaScript per load, gzip (budget):\n${rows
          .map(
            ([name, size, limit]) =>
              `  ${name.padEnd(28)} ${kb(size).padStart(9)}  (${kb(limit)})${size > limit ? "  OVER" : ""}`,
          )
          .join("\n")}`,
      );
      if (over.length > 0) this.error(`Over the JavaScript budget: ${over.map(([name]) => name).join(", ")}`);
    },
  };
}

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
  plugins: [react(), budget(), precompress()],
  resolve: { conditions: ["@moei/source", "module", "browser", "default"] },
  server: {
    host: "127.0.0.1",
    // The API and the server's downloads (exports, calendar feeds, open data).
    proxy: Object.fromEntries(
      ["/graphql", "/export", "/calendar", "/open-data"].map((path) => [
        path,
        process.env.MOEI_API_URL ?? "http://127.0.0.1:8080",
      ]),
    ),
  },
  build: {
    target: "es2022",
    // Inline nothing: the Content-Security-Policy allows only same-origin files (no data: scripts or fonts).
    assetsInlineLimit: 0,
  },
});

import { looksZawgyi } from "@moei/domain/shared";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import type { Catalog } from "./catalog.ts";

// Every catalogue of the portal: one per feature, named *.messages.ts.
const modules = import.meta.glob<Record<string, Catalog<string>>>("../**/*.messages.ts", { eager: true });
const catalogs = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, catalog]) => ({ label: `${file} ${name}`, catalog })),
);

/** Names of the arguments a message uses ({count}, {name}, plural/select included), from its ICU syntax tree. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (node.type !== 0 && typeof node.value === "string") names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

// Words that are the same in every language: names.
const SAME_EVERYWHERE = new Set(["app.name"]);

describe("the portal's message catalogues", () => {
  it("are found", () => {
    expect(catalogs.length).toBeGreaterThanOrEqual(2);
  });

  for (const { label, catalog } of catalogs) {
    describe(label, () => {
      const keys = Object.keys(catalog.en).sort();

      it("have every English key in Thai and Burmese, and no other", () => {
        expect(Object.keys(catalog.th).sort()).toEqual(keys);
        expect(Object.keys(catalog.my).sort()).toEqual(keys);
      });

      it("parse as ICU MessageFormat with the same arguments in every language", () => {
        for (const key of keys) {
          const english = argumentsOf(catalog.en[key] as string, "en");
          expect({ key, args: argumentsOf(catalog.th[key] as string, "th") }).toEqual({ key, args: english });
          expect({ key, args: argumentsOf(catalog.my[key] as string, "my") }).toEqual({ key, args: english });
        }
      });

      it("are translated: Thai in Thai script, Burmese in Myanmar Unicode (not Zawgyi)", () => {
        for (const key of keys.filter((k) => !SAME_EVERYWHERE.has(k))) {
          const th = catalog.th[key] as string;
          const my = catalog.my[key] as string;
          expect({ key, thai: /[\u0E00-\u0E7F]/.test(th) }).toEqual({ key, thai: true });
          expect({ key, burmese: /[\u1000-\u109F]/.test(my) }).toEqual({ key, burmese: true });
          // The detector needs some text to be sure: a single short word can look like either encoding.
          const burmeseLetters = my.match(/[\u1000-\u109F]/g)?.length ?? 0;
          if (burmeseLetters >= 15) expect({ key, zawgyi: looksZawgyi(my) }).toEqual({ key, zawgyi: false });
        }
      });
    });
  }
});

import { useEffect, useMemo, useState } from "react";
import type { TextCheck } from "./text-checks.ts";

type Checks = typeof import("./text-checks.ts");

let loading: Promise<Checks> | undefined;
let loaded: Checks | undefined;

/** The guard and the Zawgyi detector, fetched once on first use. */
export function loadTextChecks(): Promise<Checks> {
  loading ??= import("./text-checks.ts").then((m) => {
    loaded = m;
    return m;
  });
  return loading;
}

const NOTHING: TextCheck = { kinds: [], zawgyi: false };

/**
 * What the domain's guard finds in `text` as it is typed (personal data kinds, Zawgyi for Burmese), the same
 * checks the server runs on save. Empty until the checks have loaded; `ready` says whether they have.
 */
export function useTextChecks(text: string, language: string): TextCheck & { readonly ready: boolean } {
  const [checks, setChecks] = useState<Checks | undefined>(loaded);
  useEffect(() => {
    if (checks !== undefined || text.trim() === "") return;
    let live = true;
    loadTextChecks().then(
      (m) => {
        if (live) setChecks(m);
      },
      // A failed chunk load leaves the server's own check, which refuses or warns on save.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [checks, text]);
  return useMemo(
    () =>
      checks === undefined || text.trim() === ""
        ? { ...NOTHING, ready: checks !== undefined }
        : { ...checks.checkText(text, language), ready: true },
    [checks, text, language],
  );
}

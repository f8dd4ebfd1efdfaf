import { createRequest } from "@urql/core";
import { useMemo } from "react";
import { useClient } from "urql";
import { useLanguage } from "../../i18n/i18n.tsx";

/** What a download ended with: the file saved, or the reason it was not. */
export type DownloadOutcome =
  | { readonly ok: true; readonly file: string }
  | { readonly ok: false; readonly reason: "refused"; readonly status: number; readonly message: string }
  | { readonly ok: false; readonly reason: "network" };

const PROBE = createRequest("query ExportTarget { __typename }", {});

/**
 * The address of an export and how to fetch it. Exports live on the server that answers /graphql and
 * need the same session, so both come from the urql client (the page's own origin and cookie in the
 * browser; the test server and its session in component tests). `ui` asks for refusals in the
 * interface's language.
 */
export function useExport(path: string): {
  readonly href: string;
  readonly run: (signal: AbortSignal) => Promise<DownloadOutcome>;
} {
  const client = useClient();
  const { language } = useLanguage();
  return useMemo(() => {
    const { url, fetchOptions } = client.createRequestOperation("query", PROBE).context;
    const base = url.replace(/\/graphql$/, "");
    const href = `${base}${path}${path.includes("?") ? "&" : "?"}ui=${language}`;
    const options = typeof fetchOptions === "function" ? fetchOptions() : (fetchOptions ?? {});
    const headers = new Headers(options.headers);
    headers.set("accept", "*/*");
    headers.set("accept-language", language);
    const fallback = path.replace(/\?.*$/, "").split("/").pop() ?? "download";
    const run = (signal: AbortSignal) =>
      download(href, { headers, credentials: "same-origin", signal }, fallback);
    return { href, run };
  }, [client, language, path]);
}

async function download(href: string, init: RequestInit, fallback: string): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(href, init);
  } catch (e) {
    if (init.signal?.aborted) throw e;
    return { ok: false, reason: "network" };
  }
  if (!response.ok) {
    // Refusals are plain text in the reader's language; anything else (a proxy's page, JSON) is not ours to show.
    const plain = (response.headers.get("content-type") ?? "").startsWith("text/plain");
    const message = plain ? (await response.text()).trim() : "";
    return { ok: false, reason: "refused", status: response.status, message };
  }
  const file = fileNameOf(response.headers.get("content-disposition"), fallback);
  saveFile(await response.blob(), file);
  return { ok: true, file };
}

/** The file name the server chose: `filename*` (UTF-8, RFC 6266) first, else the ASCII `filename`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(disposition ?? "")?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // A malformed escape: fall through to the ASCII name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(disposition ?? "");
  return plain?.[1] || plain?.[2] || fallback;
}

/** Hands the file to the browser's downloads without leaving the page (whatever is typed on it stays). */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

import { type MouseEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { common } from "../../i18n/common.messages.ts";
import { useT } from "../../i18n/i18n.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { type DownloadOutcome, useExport } from "./download.ts";
import { exportsMessages } from "./exports.messages.ts";

type State =
  | { readonly kind: "idle" | "busy" }
  | { readonly kind: "done"; readonly file: string }
  | { readonly kind: "failed"; readonly message: string };

/**
 * A link to an export that downloads in place: it fetches the file with the session, says it is being
 * prepared (a PDF takes seconds), saves it under the server's file name, or shows the server's reason in
 * the reader's language. The page is never left, so nothing typed on it is lost. The address stays a
 * real link (copy, open in a new tab).
 */
export function Download(props: {
  readonly path: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly variant?: "primary" | "secondary";
}) {
  const t = useT(exportsMessages);
  const tc = useT(common);
  const { href, run } = useExport(props.path);
  const [state, setState] = useState<State>({ kind: "idle" });
  const pending = useRef<AbortController | null>(null);
  const hintId = useId();
  useEffect(() => () => pending.current?.abort(), []);

  const start = async (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window (ctrl, shift, middle click) downloads natively.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (state.kind === "busy") return;
    const controller = new AbortController();
    pending.current = controller;
    setState({ kind: "busy" });
    let outcome: DownloadOutcome;
    try {
      outcome = await run(controller.signal);
    } catch {
      // Aborted: the control is gone. Otherwise the body broke off on the way (a dropped connection).
      if (!controller.signal.aborted) setState({ kind: "failed", message: tc("error.network") });
      return;
    }
    setState(
      outcome.ok ? { kind: "done", file: outcome.file } : { kind: "failed", message: reasonOf(outcome) },
    );
  };

  /** The server's own words when it gave any (already in the reader's language), else ours. */
  const reasonOf = (outcome: Exclude<DownloadOutcome, { ok: true }>): string => {
    if (outcome.reason === "network") return tc("error.network");
    if (outcome.message) return outcome.message;
    if (outcome.status === 401) return tc("error.signInNeeded");
    if (outcome.status === 404) return tc("error.notFound");
    return tc("error.server", { id: String(outcome.status) });
  };
  return (
    <div className="export-download">
      <a
        href={href}
        download
        className={`button button--${props.variant ?? "secondary"} export-download__link`}
        aria-busy={state.kind === "busy" || undefined}
        aria-describedby={props.hint ? hintId : undefined}
        onClick={(e) => void start(e)}
      >
        {props.label}
      </a>
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <p className="export-download__status" role="status">
        {state.kind === "busy" ? (
          <>
            <span className="export-spinner" aria-hidden="true" /> {t("download.preparing")}
          </>
        ) : state.kind === "done" ? (
          t("download.done", { file: state.file })
        ) : null}
      </p>
      {state.kind === "failed" ? <Notice kind="error">{state.message}</Notice> : null}
    </div>
  );
}

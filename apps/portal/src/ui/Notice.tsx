import type { ReactNode } from "react";
import type { Failure } from "../api/failure.ts";
import { common } from "../i18n/common.messages.ts";
import { useT } from "../i18n/i18n.tsx";

export function Notice(props: { kind: "info" | "warning" | "error" | "success"; children: ReactNode }) {
  return (
    <div className={`notice notice--${props.kind}`} role={props.kind === "error" ? "alert" : "status"}>
      {props.children}
    </div>
  );
}

/** A failure in words: the server's own message for typed failures, ours for transport and unexpected ones. */
export function failureText(
  failure: Failure,
  t: ReturnType<typeof useT<keyof (typeof common)["en"]>>,
): string {
  switch (failure.kind) {
    case "network":
      return t("error.network");
    case "session":
      return t("error.signInNeeded");
    case "server":
      return t("error.server", { id: failure.code });
    case "validation":
      return Object.keys(failure.fields).length > 0
        ? `${failure.message} ${t("error.fields")}`
        : failure.message;
    default:
      return failure.message;
  }
}

export function FailureNotice({ failure }: { failure: Failure | null | undefined }) {
  const t = useT(common);
  if (!failure) return null;
  return <Notice kind="error">{failureText(failure, t)}</Notice>;
}

import type { CombinedError } from "@urql/core";
import { transportFailure } from "../api/failure.ts";
import { common } from "../i18n/common.messages.ts";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "./Button.tsx";
import { failureText, Notice } from "./Notice.tsx";

/** The loading line or the error (with a retry) of a query that has no data yet. */
export function QueryState(props: {
  fetching: boolean;
  error?: CombinedError | undefined;
  retry: () => void;
}) {
  const t = useT(common);
  if (props.error) {
    return (
      <Notice kind="error">
        {failureText(transportFailure(props.error), t)}{" "}
        <Button variant="link" onClick={props.retry}>
          {t("action.retry")}
        </Button>
      </Notice>
    );
  }
  return (
    <p className="loading" role="status" aria-live="polite">
      {t("state.loading")}
    </p>
  );
}

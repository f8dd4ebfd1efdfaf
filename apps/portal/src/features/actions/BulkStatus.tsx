import { type ActionEvent, needsComment } from "@moei/domain/action";
import { type FormEvent, useId, useState } from "react";
import { type Failure, FailureFields, failureOf } from "../../api/failure.ts";
import { useSubmit } from "../../api/mutation.ts";
import { type FragmentOf, graphql } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { labels } from "../../i18n/labels.messages.ts";
import { Button } from "../../ui/Button.tsx";
import { FailureNotice, failureText } from "../../ui/Notice.tsx";
import { CheckedTextField } from "../meeting/minutes/CheckedTextField.tsx";
import { useTextChecks } from "../meeting/minutes/use-text-checks.ts";
import { EVENTS } from "./ActionDetail.tsx";
import { type ActionRowData, ActionRowFields } from "./action-fields.ts";
import { trackerMessages } from "./actions.messages.ts";

const BulkChange = graphql(
  `
  mutation BulkChangeActionStatus($items: [ActionVersionInput!]!, $event: ActionEvent!, $comment: String, $language: Language, $lang: UiLanguage!) {
    bulkChangeActionStatus(items: $items, event: $event, comment: $comment, language: $language) {
      __typename
      ... on BulkChangeActionStatusPayload {
        changed
        outcomes {
          id
          result {
            __typename
            ... on ChangeActionStatusPayload { action { id status ...ActionRowFields } }
            ... on Error { ...FailureFields }
          }
        }
      }
      ... on Error { ...FailureFields }
    }
  }
`,
  [ActionRowFields, FailureFields],
);

interface Result {
  readonly id: string;
  readonly text: string;
  readonly status?: ActionRowData["status"];
  readonly failure?: Failure;
}

/** A coordinator's one step with one comment for the selected actions; each action's outcome is listed. */
export function BulkStatus(props: {
  selected: readonly ActionRowData[];
  onChanged: (actions: readonly FragmentOf<typeof ActionRowFields>[], failedIds: readonly string[]) => void;
  clear: () => void;
}) {
  const t = useT(trackerMessages);
  const tl = useT(labels);
  const tc = useT(common);
  const { language } = useFormat();
  const headingId = useId();
  const [event, setEvent] = useState<ActionEvent>("start");
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [results, setResults] = useState<{ changed: number; items: readonly Result[] } | null>(null);
  const check = useTextChecks(comment, language);
  const [busy, run] = useSubmit(BulkChange);
  const restricted = props.selected.some((a) => a.meeting.series.confidentiality === "restricted");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (needsComment(event) && comment.trim() === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    const outcome = await run({
      items: props.selected.map((a) => ({ id: a.id, version: a.version })),
      event,
      comment: comment.trim() === "" ? null : comment.trim(),
      language,
      lang: language,
    });
    if (!outcome.ok) {
      setFailure(outcome.failure);
      return;
    }
    const payload = outcome.data.bulkChangeActionStatus;
    if (payload.__typename !== "BulkChangeActionStatusPayload") return;
    setFailure(null);
    const texts = new Map(props.selected.map((a) => [a.id, a.text]));
    const items: Result[] = payload.outcomes.map((o) => {
      const text = texts.get(o.id) ?? "";
      if (o.result.__typename === "ChangeActionStatusPayload") {
        return { id: o.id, text, status: o.result.action.status };
      }
      return {
        id: o.id,
        text,
        failure: failureOf(o.result) ?? { kind: "server", code: "?", message: "", fields: {} },
      };
    });
    setResults({ changed: payload.changed, items });
    const changed = payload.outcomes.flatMap((o) =>
      o.result.__typename === "ChangeActionStatusPayload" ? [o.result.action] : [],
    );
    props.onChanged(
      changed,
      items.filter((i) => i.failure).map((i) => i.id),
    );
    if (items.every((i) => !i.failure)) setComment("");
  };

  return (
    <section className="act-bulk" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("bulk.heading")}</h2>
      <p aria-live="polite">{t("bulk.selected", { count: props.selected.length })}</p>
      {props.selected.length > 0 ? (
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${headingId}-event`}>{t("bulk.event")}</label>
            <select
              id={`${headingId}-event`}
              value={event}
              onChange={(e) => setEvent(e.target.value as ActionEvent)}
            >
              {EVENTS.map((ev) => (
                <option key={ev} value={ev}>
                  {t(`event.${ev}`)}
                </option>
              ))}
            </select>
          </div>
          <CheckedTextField
            label={t("bulk.comment")}
            hint={t("change.commentHint")}
            error={missing ? t("change.commentRequired") : failure?.fields.comment}
            value={comment}
            onChange={setComment}
            language={language}
            check={check}
            restricted={restricted}
            required={needsComment(event)}
          />
          <FailureNotice failure={failure} />
          <div className="button-row">
            <Button type="submit" variant="primary" busy={busy}>
              {t("bulk.submit")}
            </Button>
            <Button onClick={props.clear}>{t("bulk.clear")}</Button>
          </div>
        </form>
      ) : null}
      {results ? (
        <div className="act-bulk__results" role="status">
          <p>{t("bulk.summary", { changed: results.changed, total: results.items.length })}</p>
          <h3>{t("bulk.results")}</h3>
          <ul>
            {results.items.map((r) => (
              <li key={r.id} className={r.failure ? "act-bulk__failed" : "act-bulk__ok"}>
                <span className="act-bulk__text">{r.text}</span>{" "}
                {r.failure
                  ? t("bulk.failed", { message: failureText(r.failure, tc) })
                  : t("bulk.ok", { status: tl(`actionStatus.${r.status ?? "open"}`) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

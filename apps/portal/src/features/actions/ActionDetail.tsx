import { type ActionEvent, needsComment } from "@moei/domain/action";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useQuery } from "urql";
import { type Failure, FailureFields } from "../../api/failure.ts";
import { localized } from "../../api/localized.ts";
import { useSubmit } from "../../api/mutation.ts";
import { type FragmentOf, graphql } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { labels } from "../../i18n/labels.messages.ts";
import { Button } from "../../ui/Button.tsx";
import { FailureNotice, Notice } from "../../ui/Notice.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { CheckedTextField } from "../meeting/minutes/CheckedTextField.tsx";
import { PersonalDataNotice, useKindList } from "../meeting/minutes/TextWarnings.tsx";
import { useTextChecks } from "../meeting/minutes/use-text-checks.ts";
import { ActionRowFields, type ActionStatus } from "./action-fields.ts";
import { trackerMessages } from "./actions.messages.ts";

const ActionDetailQuery = graphql(
  `
  query ActionDetail($id: ID!, $lang: UiLanguage!) {
    node(id: $id) {
      __typename
      ... on Action {
        id
        version
        status
        allowedEvents
        meeting { id series { id confidentiality } }
        progress { at authorId comment from to }
        ...ActionRowFields
      }
    }
  }
`,
  [ActionRowFields],
);

// ProgressUpdate names its author only by the raw user id; the User node (its global id) gives the name
// to admins and to the author themself, and is null for everyone else.
const AuthorsQuery = graphql(`
  query ActionAuthors($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on User { id displayName organization { id acronym name { en th my } } }
    }
  }
`);

const ChangeStatus = graphql(
  `
  mutation ChangeActionStatus($id: ID!, $version: Int!, $event: ActionEvent!, $comment: String, $language: Language) {
    changeActionStatus(id: $id, version: $version, event: $event, comment: $comment, language: $language) {
      __typename
      ... on ChangeActionStatusPayload {
        action { id version status allowedEvents progress { at authorId comment from to } }
        warnings { kind }
      }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

/** The domain's action events in the order the menus offer them: a progress report first. */
export const EVENTS: readonly ActionEvent[] = [
  "report",
  "start",
  "block",
  "unblock",
  "complete",
  "cancel",
  "reopen",
];

const userGlobalId = (authorId: string) => btoa(`User:${authorId}`);

/** An action's history, and for those allowed, the form to report progress or take a lifecycle step. */
export function ActionDetail(props: {
  id: string;
  canChange: boolean;
  onChanged: (action: FragmentOf<typeof ActionRowFields>) => void;
}) {
  const t = useT(trackerMessages);
  const tl = useT(labels);
  const tc = useT(common);
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ActionDetailQuery,
    variables: { id: props.id, lang: format.language },
    requestPolicy: "network-only",
  });
  const action = data?.node?.__typename === "Action" ? data.node : null;
  const authorIds = [...new Set((action?.progress ?? []).map((p) => p.authorId))].filter(
    (id) => id !== "system",
  );
  const [authors] = useQuery({
    query: AuthorsQuery,
    variables: { ids: authorIds.map(userGlobalId) },
    pause: authorIds.length === 0,
  });
  const { onChanged } = props;
  // The list shows the fresh row too (after a change here, or a reload after a conflict).
  useEffect(() => {
    if (action) onChanged(action);
  }, [action, onChanged]);
  if (!data) {
    return (
      <QueryState
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!action) return <Notice kind="error">{tc("error.notFound")}</Notice>;
  const authorName = (authorId: string): string => {
    if (authorId === "system") return t("author.system");
    const user = authors.data?.nodes.find((n) => n?.__typename === "User" && n.id === userGlobalId(authorId));
    if (user?.__typename !== "User") return t("author.other");
    const org = user.organization.acronym ?? localized(user.organization.name, format.language);
    return `${user.displayName} (${org})`;
  };
  const statusText = (s: ActionStatus) => tl(`actionStatus.${s}`);
  return (
    <div className="act-detail">
      <h3>{t("history.heading")}</h3>
      {action.progress.length === 0 ? (
        <p>{t("history.none")}</p>
      ) : (
        <ol className="act-history">
          {action.progress.map((p) => (
            <li key={`${p.at}-${p.from}-${p.to}-${p.comment}`}>
              <span className="act-history__step">
                {p.from === p.to
                  ? t("history.report")
                  : t("history.changed", { from: statusText(p.from), to: statusText(p.to) })}
              </span>
              {p.comment ? <span className="act-history__comment">{p.comment}</span> : null}
              <span className="act-history__meta">
                {authorName(p.authorId)} ·{" "}
                <time dateTime={p.at}>{format.dateTime(p.at, "Asia/Bangkok")}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
      {!props.canChange ? (
        <p className="act-detail__note">{t("change.readOnly")}</p>
      ) : action.allowedEvents.length === 0 ? (
        <p className="act-detail__note">{t("change.final")}</p>
      ) : (
        <ChangeForm
          action={action}
          restricted={action.meeting.series.confidentiality === "restricted"}
          reload={() => reexecute({ requestPolicy: "network-only" })}
        />
      )}
    </div>
  );
}

function ChangeForm(props: {
  action: { id: string; version: number; allowedEvents: readonly ActionEvent[] };
  restricted: boolean;
  reload: () => void;
}) {
  const t = useT(trackerMessages);
  const tl = useT(labels);
  const { language } = useFormat();
  const kindList = useKindList();
  const headingId = useId();
  const events = EVENTS.filter((e) => props.action.allowedEvents.includes(e));
  const [event, setEvent] = useState<ActionEvent>(events[0] ?? "report");
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const check = useTextChecks(comment, language);
  const [busy, run] = useSubmit(ChangeStatus);
  const chosen = events.includes(event) ? event : (events[0] ?? "report");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (needsComment(chosen) && comment.trim() === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    const outcome = await run({
      id: props.action.id,
      version: props.action.version,
      event: chosen,
      comment: comment.trim() === "" ? null : comment.trim(),
      language,
    });
    if (!outcome.ok) {
      setFailure(outcome.failure);
      // Someone else changed it: show the current state and keep the comment for a second try.
      if (outcome.failure.kind === "conflict") props.reload();
      return;
    }
    setFailure(null);
    setComment("");
    const payload = outcome.data.changeActionStatus;
    if (payload.__typename !== "ChangeActionStatusPayload") return;
    const status = tl(`actionStatus.${payload.action.status}`);
    const saved = chosen === "report" ? t("change.reported") : t("change.saved", { status });
    setDone(
      payload.warnings.length > 0
        ? `${saved} ${t("change.warnings", { kinds: kindList(payload.warnings.map((w) => w.kind)) })}`
        : saved,
    );
  };

  return (
    <form className="act-change" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t("change.heading")}</h3>
      <div className="field">
        <label htmlFor={`${headingId}-event`}>{t("change.event")}</label>
        <select
          id={`${headingId}-event`}
          value={chosen}
          onChange={(e) => setEvent(e.target.value as ActionEvent)}
        >
          {events.map((ev) => (
            <option key={ev} value={ev}>
              {t(`event.${ev}`)}
            </option>
          ))}
        </select>
      </div>
      <CheckedTextField
        label={t("change.comment")}
        hint={t("change.commentHint")}
        error={missing ? t("change.commentRequired") : failure?.fields.comment}
        value={comment}
        onChange={setComment}
        language={language}
        check={check}
        restricted={props.restricted}
        required={needsComment(chosen)}
      />
      {failure?.kind === "conflict" ? (
        <Notice kind="error">{t("change.conflict", { version: failure.currentVersion ?? "?" })}</Notice>
      ) : failure?.kind === "personal-data" ? (
        <PersonalDataNotice kinds={kindList((failure.findings ?? []).map((f) => f.kind))} />
      ) : (
        <FailureNotice failure={failure} />
      )}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={busy}>
          {t("change.submit")}
        </Button>
      </div>
      <p aria-live="polite" className="act-change__status">
        {done}
      </p>
    </form>
  );
}

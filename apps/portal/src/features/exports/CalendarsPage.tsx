import { useEffect, useRef, useState } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { type Failure, FailureFields } from "../../api/failure.ts";
import { localized } from "../../api/localized.ts";
import { useSubmit } from "../../api/mutation.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { LANGUAGE_NAMES, useFormat, useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/Button.tsx";
import { FailureNotice, Notice } from "../../ui/Notice.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { exportsMessages } from "./exports.messages.ts";

export const CalendarFeedFields = graphql(`
  fragment CalendarFeedFields on CalendarFeed {
    id
    language
    createdAt
    lastFetchedAt
    revokedAt
    series { id name { en th my } }
    organization { id acronym name { en th my } }
  }
`);

const CalendarFeedsQuery = graphql(
  `
  query CalendarFeeds {
    calendarFeeds { id ...CalendarFeedFields }
  }
`,
  [CalendarFeedFields],
);

const RevokeCalendarFeed = graphql(
  `
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) {
      __typename
      ... on RevokeCalendarFeedPayload { feed { id ...CalendarFeedFields } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [CalendarFeedFields, FailureFields],
);

/** Times here are the reader's own: when their calendar last fetched a feed. */
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The signed-in user's calendar feeds, newest first, each with when it was last fetched and a revoke step. */
export function CalendarsPage() {
  const t = useT(exportsMessages);
  usePageTitle(t("calendars.title"));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CalendarFeedsQuery });
  return (
    <main id="content" className="export-calendars">
      <h1>{t("calendars.title")}</h1>
      <p>{t("calendars.intro")}</p>
      <p className="field__hint">{t("calendars.urlHidden")}</p>
      {data ? (
        data.calendarFeeds.length === 0 ? (
          <p>{t("calendars.none")}</p>
        ) : (
          <ul className="card-list">
            {data.calendarFeeds.map((feed) => (
              <FeedCard key={feed.id} feed={feed} />
            ))}
          </ul>
        )
      ) : (
        <QueryState
          fetching={fetching}
          error={error}
          retry={() => reexecute({ requestPolicy: "network-only" })}
        />
      )}
    </main>
  );
}

function FeedCard(props: { feed: FragmentOf<typeof CalendarFeedFields> }) {
  const feed = readFragment(CalendarFeedFields, props.feed);
  const t = useT(exportsMessages);
  const format = useFormat();
  const zone = deviceZone();
  const [confirming, setConfirming] = useState(false);
  const [busy, revoke] = useSubmit(RevokeCalendarFeed);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState(false);
  const what = feed.series
    ? {
        key: "calendars.series" as const,
        href: `/series/${feed.series.id}`,
        name: localized(feed.series.name, format.language),
      }
    : feed.organization
      ? {
          key: "calendars.organization" as const,
          href: `/organizations/${feed.organization.id}`,
          name: localized(feed.organization.name, format.language),
        }
      : null;

  const confirm = async () => {
    setFailure(null);
    const result = await revoke({ id: feed.id });
    if (!result.ok) {
      setFailure(result.failure);
      return;
    }
    setConfirming(false);
    setDone(true);
  };

  return (
    <li className={feed.revokedAt ? "card export-calendars__feed--revoked" : "card"}>
      <span className="card__title">
        {what ? <Link href={what.href}>{t(what.key, { name: what.name })}</Link> : t("calendars.unknown")}
      </span>
      <span>{t("calendars.language", { language: LANGUAGE_NAMES[feed.language] })}</span>
      <span>{t("calendars.created", { date: format.dateTime(feed.createdAt, zone) })}</span>
      <span>
        {feed.lastFetchedAt
          ? t("calendars.lastFetched", { date: format.dateTime(feed.lastFetchedAt, zone) })
          : t("calendars.neverFetched")}
      </span>
      {feed.revokedAt ? (
        <strong>{t("calendars.revoked", { date: format.dateTime(feed.revokedAt, zone) })}</strong>
      ) : confirming ? (
        <ConfirmRevoke busy={busy} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)} />
      ) : (
        <div className="button-row">
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t("calendars.revoke")}
          </Button>
        </div>
      )}
      <FailureNotice failure={failure} />
      <div aria-live="polite">
        {done ? <Notice kind="success">{t("calendars.revokedDone")}</Notice> : null}
      </div>
    </li>
  );
}

/** The question before a revoke, which cannot be undone; it takes the focus so it is read first. */
function ConfirmRevoke(props: { busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const t = useT(exportsMessages);
  const tc = useT(common);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div className="export-calendars__confirm">
      <p ref={question} tabIndex={-1}>
        {t("calendars.confirm")}
      </p>
      <div className="button-row">
        <Button variant="danger" busy={props.busy} onClick={props.onConfirm}>
          {t("calendars.confirmYes")}
        </Button>
        <Button onClick={props.onCancel}>{tc("action.cancel")}</Button>
      </div>
    </div>
  );
}

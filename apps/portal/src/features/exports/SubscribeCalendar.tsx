import type { UiLanguage } from "@moei/domain/shared";
import { useId, useRef, useState } from "react";
import { Link } from "wouter";
import { type Failure, FailureFields } from "../../api/failure.ts";
import { useSubmit } from "../../api/mutation.ts";
import { graphql } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { LANGUAGE_NAMES, LANGUAGES, useLanguage, useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/Button.tsx";
import { Field } from "../../ui/Field.tsx";
import { FailureNotice, Notice } from "../../ui/Notice.tsx";
import { webcalOf } from "./export-paths.ts";
import { exportsMessages } from "./exports.messages.ts";

const CreateCalendarFeed = graphql(
  `
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      __typename
      ... on CreateCalendarFeedPayload { url feed { id language createdAt lastFetchedAt revokedAt } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

/** The server names its own origin; when it could not tell, the URL is a path on this one. */
const absolute = (url: string) => (url.startsWith("/") ? `${window.location.origin}${url}` : url);

/**
 * "Subscribe in your calendar": creates a private feed of a series' meetings or of an organization's
 * invitations, in a chosen language, and shows its URL this once (the server keeps only a hash of it).
 */
export function SubscribeCalendar(props: { seriesId: string } | { organizationId: string }) {
  const t = useT(exportsMessages);
  const tc = useT(common);
  const { language: ui } = useLanguage();
  const panelId = useId();
  const forSeries = "seriesId" in props;
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<UiLanguage>(ui);
  const [busy, create] = useSubmit(CreateCalendarFeed);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [url, setUrl] = useState<string | null>(null);

  const submit = async () => {
    setFailure(null);
    const input = forSeries
      ? { seriesId: props.seriesId, language }
      : { organizationId: props.organizationId, language };
    const result = await create({ input });
    if (!result.ok) {
      setFailure(result.failure);
      return;
    }
    const payload = result.data.createCalendarFeed;
    if (payload.__typename === "CreateCalendarFeedPayload") setUrl(absolute(payload.url));
  };

  return (
    <div className="export-feed">
      <Button aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t(forSeries ? "feed.subscribeSeries" : "feed.subscribeOrganization")}
      </Button>
      {open ? (
        <div className="export-feed__panel" id={panelId}>
          {url ? (
            <FeedUrl url={url} />
          ) : (
            <form
              aria-label={t(forSeries ? "feed.subscribeSeries" : "feed.subscribeOrganization")}
              onSubmit={(e) => {
                e.preventDefault();
                void submit();
              }}
            >
              <p>{t(forSeries ? "feed.introSeries" : "feed.introOrganization")}</p>
              <Field label={t("feed.language")}>
                <select value={language} onChange={(e) => setLanguage(e.target.value as UiLanguage)}>
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {LANGUAGE_NAMES[l]}
                    </option>
                  ))}
                </select>
              </Field>
              <div className="button-row">
                <Button type="submit" variant="primary" busy={busy}>
                  {t("feed.create")}
                </Button>
                <Button onClick={() => setOpen(false)}>{tc("action.cancel")}</Button>
              </div>
              <FailureNotice failure={failure} />
            </form>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** The new feed's URL with a copy button, the webcal link and how to add it; it is not shown again. */
function FeedUrl({ url }: { url: string }) {
  const t = useT(exportsMessages);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      // No clipboard (an old browser, a denied permission): the text is selected for the reader to copy.
      input.current?.select();
      setCopied("no");
    }
  };
  return (
    <div className="export-feed__url">
      <Notice kind="success">{t("feed.shownOnce")}</Notice>
      <Field label={t("feed.url")}>
        <input ref={input} type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
      </Field>
      <div className="button-row">
        <Button variant="primary" onClick={() => void copy()}>
          {t("feed.copy")}
        </Button>
        <a className="button button--secondary export-feed__webcal" href={webcalOf(url)}>
          {t("feed.webcal")}
        </a>
      </div>
      <p role="status" className="export-feed__copied">
        {copied === "yes" ? t("feed.copied") : copied === "no" ? t("feed.copyFailed") : null}
      </p>
      <p>{t("feed.help")}</p>
      <p>{t("feed.private")}</p>
      <p>
        <Link href="/calendars">{t("feed.manage")}</Link>
      </p>
    </div>
  );
}

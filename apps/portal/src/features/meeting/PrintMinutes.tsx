import type { Language, UiLanguage } from "@moei/domain/shared";
import { useEffect, useId, useState } from "react";
import { useQuery } from "urql";
import { Link, useSearch } from "wouter";
import { localized } from "../../api/localized.ts";
import { graphql } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { LanguageProvider, useFormat, useLanguage, useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/Button.tsx";
import { Field } from "../../ui/Field.tsx";
import { MeetingTime, MeetingTimeFields } from "../../ui/MeetingTime.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { orgLabel } from "./actions/org-label.ts";
import { useLanguageName } from "./minutes/language-name.ts";
import { printMessages } from "./print.messages.ts";

const PrintMinutesQuery = graphql(
  `
  query PrintMinutes($id: ID!, $lang: UiLanguage!) {
    node(id: $id) {
      ... on Meeting {
        id
        title { en th my }
        numberLabel(lang: $lang)
        statusLabel(lang: $lang)
        venue
        mode
        ...MeetingTimeFields
        series { id name { en th my } languages }
        attendance { status delegates organization { id acronym name { en th my } } }
        agenda {
          id
          position
          title { en th my }
          presenter { id acronym name { en th my } }
          minutes { language body }
        }
        decisions { id position text { en th my } agendaItem { id position } }
        actions { id text dueOn owners { id acronym name { en th my } } }
      }
    }
  }
`,
  [MeetingTimeFields],
);

const ATTENDANCE_ORDER = ["present", "remote", "excused", "absent"] as const;
type AttendanceKey = `att.${(typeof ATTENDANCE_ORDER)[number]}`;

const isUi = (l: string): l is UiLanguage => l === "en" || l === "th" || l === "my";

/**
 * The minutes laid out for paper, without the site's header: the meeting, who attended, the agenda with the
 * minutes of each item in one language, the decisions and the actions. The controls are not printed.
 *
 * `?lang=en|th|my` prints in that language (labels, dates and minutes) whatever the interface's language:
 * the server renders this view to PDF in the language asked for, and a link can ask for a copy in another
 * language without changing the reader's setting.
 */
export function PrintMinutes({ id }: { id: string }) {
  const asked = new URLSearchParams(useSearch()).get("lang");
  const lang = asked !== null && isUi(asked) ? asked : null;
  const { language } = useLanguage();
  // The inner provider sets the page's lang (which the API client sends as Accept-Language); leaving
  // the view gives it back to the interface's language.
  useEffect(
    () => () => {
      document.documentElement.lang = language;
    },
    [language],
  );
  if (lang === null) return <PrintMinutesPage id={id} />;
  return (
    <LanguageProvider key={lang} initial={lang}>
      <PrintMinutesPage id={id} />
    </LanguageProvider>
  );
}

function PrintMinutesPage({ id }: { id: string }) {
  const t = useT(printMessages);
  const tc = useT(common);
  const format = useFormat();
  const languageName = useLanguageName();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PrintMinutesQuery,
    variables: { id, lang: format.language },
  });
  const [chosen, setChosen] = useState<Language | null>(null);
  const ids = useId();
  const meeting = data?.node && "agenda" in data.node ? data.node : null;
  const name = meeting
    ? localized(meeting.title, format.language) || localized(meeting.series.name, format.language)
    : "";
  usePageTitle(meeting ? t("title", { name }) : "");

  // `data-print` tells a headless browser (the server's PDF export) when the page is complete.
  if (!data) {
    return (
      <main id="content" className="print-minutes" data-print={error ? "error" : "loading"}>
        <QueryState
          fetching={fetching}
          error={error}
          retry={() => reexecute({ requestPolicy: "network-only" })}
        />
      </main>
    );
  }
  if (meeting === null) {
    return (
      <main id="content" className="print-minutes" data-print="missing">
        <Notice kind="error">{tc("error.notFound")}</Notice>
      </main>
    );
  }

  const languages = meeting.series.languages;
  const language: Language =
    chosen ?? (languages.includes(format.language) ? format.language : (languages[0] ?? "en"));
  // Decisions are written in English, Thai and Burmese; other languages read them in the interface's.
  const decisionLanguage = isUi(language) ? language : format.language;
  const attendance = [...meeting.attendance].sort(
    (a, b) =>
      ATTENDANCE_ORDER.indexOf(a.status) - ATTENDANCE_ORDER.indexOf(b.status) ||
      orgLabel(a.organization, format.language).localeCompare(orgLabel(b.organization, format.language)),
  );

  return (
    <main id="content" className="print-minutes" lang={format.language} data-print="ready">
      <div className="print-minutes__controls no-print">
        <Link href={`/meetings/${meeting.id}`}>{t("back")}</Link>
        <Field label={t("language")}>
          <select value={language} onChange={(e) => setChosen(e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </Field>
        <Button variant="primary" onClick={() => window.print()}>
          {t("print")}
        </Button>
      </div>

      <div className="print-minutes__header">
        <h1>{t("title", { name })}</h1>
        {meeting.numberLabel ? (
          <p className="print-minutes__number">{t("number", { number: meeting.numberLabel })}</p>
        ) : null}
        <dl className="print-minutes__facts">
          <div>
            <dt>{t("date")}</dt>
            <dd>
              <MeetingTime meeting={meeting} />
            </dd>
          </div>
          <div>
            <dt>{t("venue")}</dt>
            <dd>{meeting.venue ?? (meeting.mode === "online" ? t("online") : "—")}</dd>
          </div>
          <div>
            <dt>{t("status")}</dt>
            <dd>{meeting.statusLabel}</dd>
          </div>
        </dl>
      </div>

      <section aria-labelledby={`${ids}-attendance`}>
        <h2 id={`${ids}-attendance`}>{t("attendance")}</h2>
        {attendance.length === 0 ? (
          <p>{t("noAttendance")}</p>
        ) : (
          <div className="table-scroll">
            <table className="print-minutes__table">
              <thead>
                <tr>
                  <th scope="col">{t("col.organization")}</th>
                  <th scope="col">{t("col.attendance")}</th>
                  <th scope="col">{t("col.delegates")}</th>
                </tr>
              </thead>
              <tbody>
                {attendance.map((row) => (
                  <tr key={row.organization.id}>
                    <th scope="row">
                      {orgLabel(row.organization, format.language)}
                      {row.organization.acronym ? (
                        <span className="print-minutes__org-name">
                          {" "}
                          {localized(row.organization.name, format.language)}
                        </span>
                      ) : null}
                    </th>
                    <td>{t(`att.${row.status}` as AttendanceKey)}</td>
                    <td>{row.delegates.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby={`${ids}-agenda`}>
        <h2 id={`${ids}-agenda`}>{t("agenda")}</h2>
        {meeting.agenda.length === 0 ? <p>{t("noAgenda")}</p> : null}
        {meeting.agenda.map((item) => {
          const body = item.minutes.find((m) => m.language === language)?.body.trim() ?? "";
          return (
            <article key={item.id} className="print-minutes__item">
              <h3>{t("item", { position: item.position, title: localized(item.title, format.language) })}</h3>
              {item.presenter ? (
                <p className="print-minutes__presenter">
                  {t("presenter", { organization: orgLabel(item.presenter, format.language) })}
                </p>
              ) : null}
              {body ? (
                <div className="minutes-text" lang={language}>
                  {body}
                </div>
              ) : (
                <p className="print-minutes__missing">
                  {t("noMinutes", { language: languageName(language) })}
                </p>
              )}
            </article>
          );
        })}
      </section>

      <section aria-labelledby={`${ids}-decisions`}>
        <h2 id={`${ids}-decisions`}>{t("decisions")}</h2>
        {meeting.decisions.length === 0 ? (
          <p>{t("noDecisions")}</p>
        ) : (
          <ol className="print-minutes__decisions">
            {meeting.decisions.map((d) => (
              <li key={d.id}>
                <strong>{t("decision", { position: d.position })}</strong>{" "}
                {d.agendaItem ? t("underItem", { position: d.agendaItem.position }) : null}
                <p lang={d.text[decisionLanguage] ? decisionLanguage : "en"}>
                  {localized(d.text, decisionLanguage)}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby={`${ids}-actions`}>
        <h2 id={`${ids}-actions`}>{t("actions")}</h2>
        {meeting.actions.length === 0 ? (
          <p>{t("noActions")}</p>
        ) : (
          <div className="table-scroll">
            <table className="print-minutes__table">
              <thead>
                <tr>
                  <th scope="col">{t("col.action")}</th>
                  <th scope="col">{t("col.owners")}</th>
                  <th scope="col">{t("col.due")}</th>
                </tr>
              </thead>
              <tbody>
                {meeting.actions.map((a) => (
                  <tr key={a.id}>
                    <td>{a.text}</td>
                    <td>{a.owners.map((o) => orgLabel(o, format.language)).join(", ")}</td>
                    <td>
                      <time dateTime={a.dueOn}>{format.date(a.dueOn)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}

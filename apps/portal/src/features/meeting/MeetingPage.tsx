import { useCallback } from "react";
import { useQuery } from "urql";
import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { graphql } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { canManageSeries, useSession } from "../../session.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { MeetingDocumentsFields } from "../exports/documents-fields.ts";
import { exportsNav } from "../exports/exports-nav.messages.ts";
import { LazyMeetingDocuments } from "../exports/lazy.tsx";
import { ActionsSection, ActionsSectionFields } from "./actions/ActionsSection.tsx";
import { AgendaSection, AgendaSectionFields } from "./agenda/AgendaSection.tsx";
import { AttendanceSection, AttendanceSectionFields } from "./attendance/AttendanceSection.tsx";
import { DecisionsSection, DecisionsSectionFields } from "./decisions/DecisionsSection.tsx";
import { MeetingHeader, MeetingHeaderFields } from "./header/MeetingHeader.tsx";
import { InvitationsSection, InvitationsSectionFields } from "./invitations/InvitationsSection.tsx";
import { MattersArisingSection, MattersArisingSectionFields } from "./matters/MattersArisingSection.tsx";
import { meetingPage } from "./meeting.messages.ts";
import { MinutesSection, MinutesSectionFields } from "./minutes/MinutesSection.tsx";

const MeetingPageQuery = graphql(
  `
  query MeetingPage($id: ID!, $lang: UiLanguage!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        title { en th my }
        numberLabel(lang: $lang)
        series { id name { en th my } }
        ...MeetingHeaderFields
        ...InvitationsSectionFields
        ...AttendanceSectionFields
        ...AgendaSectionFields
        ...MattersArisingSectionFields
        ...MinutesSectionFields
        ...DecisionsSectionFields
        ...ActionsSectionFields
        ...MeetingDocumentsFields
      }
    }
  }
`,
  [
    MeetingHeaderFields,
    InvitationsSectionFields,
    AttendanceSectionFields,
    AgendaSectionFields,
    MattersArisingSectionFields,
    MinutesSectionFields,
    DecisionsSectionFields,
    ActionsSectionFields,
    MeetingDocumentsFields,
  ],
);

/** The sections after the header, in page order, with the anchors the in-page navigation points to. */
const SECTIONS = [
  "invitations",
  "attendance",
  "agenda",
  "matters",
  "minutes",
  "decisions",
  "actions",
] as const;

/** One meeting: header and lifecycle, invitations, attendance, agenda, matters arising, the record. */
export function MeetingPage({ id }: { id: string }) {
  const t = useT(meetingPage);
  const tc = useT(common);
  const tn = useT(exportsNav);
  const { language } = useFormat();
  const { me } = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingPageQuery,
    variables: { id, lang: language },
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const meeting = data?.node?.__typename === "Meeting" ? data.node : null;
  const heading = meeting
    ? [localized(meeting.title, language) || localized(meeting.series.name, language), meeting.numberLabel]
        .filter(Boolean)
        .join(" · ")
    : tc("notFound.title");
  usePageTitle(data || error ? heading : "");

  // Denied and missing look the same: an id proves nothing about a meeting one may not see.
  const refused = error?.graphQLErrors.some((e) =>
    ["FORBIDDEN", "NOT_FOUND"].includes(String(e.extensions?.code)),
  );
  if (!meeting && (data || refused)) {
    return (
      <main id="content">
        <h1>{tc("notFound.title")}</h1>
        <p>{tc("error.notFound")}</p>
        <Link href="/">{tc("notFound.home")}</Link>
      </main>
    );
  }
  if (!meeting) {
    return (
      <main id="content">
        <QueryState fetching={fetching} error={error} retry={refresh} />
      </main>
    );
  }

  const canManage = canManageSeries(me, meeting.series.id);
  const section = { meeting, canManage, refresh };
  return (
    <main id="content" className="mtg-page">
      <MeetingHeader {...section} />
      <nav className="mtg-nav no-print" aria-label={t("onThisPage")}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#meeting-${s}`}>{t(`nav.${s}`)}</a>
            </li>
          ))}
          <li>
            <a href="#meeting-documents">{tn("nav.documents")}</a>
          </li>
          <li>
            <Link href={`/meetings/${meeting.id}/print`}>{t("print")}</Link>
          </li>
        </ul>
      </nav>
      <div id="meeting-invitations" className="mtg-anchor">
        <InvitationsSection {...section} />
      </div>
      <div id="meeting-attendance" className="mtg-anchor">
        <AttendanceSection {...section} />
      </div>
      <div id="meeting-agenda" className="mtg-anchor">
        <AgendaSection {...section} />
      </div>
      <div id="meeting-matters" className="mtg-anchor">
        <MattersArisingSection {...section} />
      </div>
      <div id="meeting-minutes" className="mtg-anchor">
        <MinutesSection {...section} />
      </div>
      <div id="meeting-decisions" className="mtg-anchor">
        <DecisionsSection {...section} />
      </div>
      <div id="meeting-actions" className="mtg-anchor">
        <ActionsSection {...section} />
      </div>
      <div id="meeting-documents" className="mtg-anchor">
        <LazyMeetingDocuments meeting={meeting} />
      </div>
    </main>
  );
}

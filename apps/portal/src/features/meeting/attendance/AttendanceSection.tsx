import { isOpenFor } from "@moei/domain/meeting";
import { lazy, Suspense } from "react";
import { localized } from "../../../api/localized.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../../graphql.ts";
import { common } from "../../../i18n/common.messages.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { header } from "../header/header.messages.ts";
import { attendance as messages } from "./attendance.messages.ts";

// Only coordinators record attendance: the checklist is loaded when one opens the page.
const AttendanceChecklist = lazy(() =>
  import("./AttendanceChecklist.tsx").then((m) => ({ default: m.AttendanceChecklist })),
);

export const AttendanceSectionFields = graphql(`
  fragment AttendanceSectionFields on Meeting {
    id
    status
    allowedEvents
    series { id members { id acronym name { en th my } } }
    invitations { organization { id acronym name { en th my } } }
    attendance { status delegates organization { id acronym name { en th my } } }
    quorum { members present required met }
  }
`);

export type AttendanceData = ResultOf<typeof AttendanceSectionFields>;
type Data = AttendanceData;
export type AttendanceOrg = Data["invitations"][number]["organization"];
type Org = AttendanceOrg;

/** Members first (the series' order), then other invited organizations, then any others already recorded. */
function organizationsOf(meeting: Data): Org[] {
  const seen = new Map<string, Org>();
  for (const org of [
    ...meeting.series.members,
    ...meeting.invitations.map((i) => i.organization),
    ...meeting.attendance.map((a) => a.organization),
  ]) {
    if (!seen.has(org.id)) seen.set(org.id, org);
  }
  return [...seen.values()];
}

/**
 * The domain's OPEN_FOR: attendance while held or being minuted, and on a scheduled meeting from its start
 * — which the API tells by offering `hold`.
 */
// A scheduled meeting takes attendance from its start, which the server's clock decides: it offers "hold" then.
const editable = (meeting: Data) =>
  isOpenFor(meeting.status, "attendance") &&
  (meeting.status !== "scheduled" || meeting.allowedEvents.includes("hold"));

export function AttendanceSection(props: {
  meeting: FragmentOf<typeof AttendanceSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(AttendanceSectionFields, props.meeting);
  const t = useT(messages);
  const tc = useT(common);
  const { language } = useFormat();
  const orgs = organizationsOf(meeting);
  const orgName = (o: Org) =>
    o.acronym ? `${localized(o.name, language)} (${o.acronym})` : localized(o.name, language);
  return (
    <section className="mtg-section mtg-attendance" aria-labelledby="meeting-attendance-title">
      <h2 id="meeting-attendance-title">{t("title")}</h2>
      {props.canManage && editable(meeting) ? (
        <Suspense fallback={<p className="loading">{tc("state.loading")}</p>}>
          <AttendanceChecklist meeting={meeting} orgs={orgs} orgName={orgName} refresh={props.refresh} />
        </Suspense>
      ) : (
        <ReadOnly meeting={meeting} orgName={orgName} canManage={props.canManage} />
      )}
    </section>
  );
}

function ReadOnly(props: { meeting: Data; orgName: (o: Org) => string; canManage: boolean }) {
  const t = useT(messages);
  const { meeting } = props;
  if (meeting.attendance.length === 0) {
    return <p>{props.canManage && meeting.status === "scheduled" ? t("notYet") : t("none")}</p>;
  }
  return (
    <>
      <QuorumLine quorum={meeting.quorum} />
      <div className="table-scroll">
        <table className="mtg-table">
          <thead>
            <tr>
              <th scope="col">{t("organization")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("delegates")}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.attendance.map((a) => (
              <tr key={a.organization.id}>
                <th scope="row">{props.orgName(a.organization)}</th>
                <td>{t(`status.${a.status}`)}</td>
                <td>{a.delegates.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function QuorumLine({ quorum }: { quorum: Data["quorum"] }) {
  const th = useT(header);
  const key = quorum.required === 0 ? "quorum.none" : quorum.met ? "quorum.met" : "quorum.notMet";
  return (
    <p className={quorum.met ? "mtg-quorum mtg-quorum--met" : "mtg-quorum"}>
      {th(key, { present: quorum.present, members: quorum.members, required: quorum.required })}
    </p>
  );
}

import { isOpenFor } from "@moei/domain/meeting";
import { dateOf, type Instant, type TimeZone } from "@moei/domain/shared";
import { lazy, Suspense, useState } from "react";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { localized } from "../../../api/localized.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../../graphql.ts";
import { common } from "../../../i18n/common.messages.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { useSession } from "../../../session.tsx";
import { Button } from "../../../ui/Button.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { invitations as messages } from "./invitations.messages.ts";

// Only coordinators invite: their tools are loaded when one opens the page.
const InvitationsManager = lazy(() =>
  import("./InvitationsManager.tsx").then((m) => ({ default: m.InvitationsManager })),
);

export const InvitationsSectionFields = graphql(`
  fragment InvitationsSectionFields on Meeting {
    id
    status
    zone
    series { id members { id } }
    invitations { rsvp respondedAt organization { id acronym name { en th my } } }
  }
`);

const RespondToInvitation = graphql(
  `
  mutation RespondToInvitation($meetingId: ID!, $organizationId: ID!, $rsvp: Rsvp!) {
    respondToInvitation(meetingId: $meetingId, organizationId: $organizationId, rsvp: $rsvp) {
      __typename
      ... on Invitation { rsvp respondedAt organization { id } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

/** The domain's OPEN_FOR: invitations until the meeting is held, replies while it is ahead. */
const ANSWERS = ["accepted", "tentative", "declined"] as const;

export type InvitationsData = ResultOf<typeof InvitationsSectionFields>;
type Data = InvitationsData;
type Org = Pick<Data["invitations"][number]["organization"], "acronym" | "name">;

export const orgName = (org: Org, language: "en" | "th" | "my") =>
  org.acronym ? `${localized(org.name, language)} (${org.acronym})` : localized(org.name, language);

export function InvitationsSection(props: {
  meeting: FragmentOf<typeof InvitationsSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(InvitationsSectionFields, props.meeting);
  const t = useT(messages);
  const tc = useT(common);
  const format = useFormat();
  const { me } = useSession();
  const own = meeting.invitations.find((i) => i.organization.id === me?.organization.id);
  const count = (rsvp: string) => meeting.invitations.filter((i) => i.rsvp === rsvp).length;
  const manage = props.canManage && isOpenFor(meeting.status, "invitations");
  return (
    <section className="mtg-section mtg-invitations" aria-labelledby="meeting-invitations-title">
      <h2 id="meeting-invitations-title">{t("title")}</h2>
      {own && isOpenFor(meeting.status, "rsvp") ? (
        <OwnReply meetingId={meeting.id} invitation={own} refresh={props.refresh} />
      ) : null}
      {manage ? (
        <Suspense fallback={<p className="loading">{tc("state.loading")}</p>}>
          <InvitationsManager meeting={meeting} refresh={props.refresh} />
        </Suspense>
      ) : null}
      {meeting.invitations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p>
            {t("summary", {
              invited: meeting.invitations.length,
              accepted: count("accepted"),
              tentative: count("tentative"),
              declined: count("declined"),
              pending: count("pending"),
            })}
          </p>
          <div className="table-scroll">
            <table className="mtg-table">
              <thead>
                <tr>
                  <th scope="col">{t("organization")}</th>
                  <th scope="col">{t("reply")}</th>
                  <th scope="col">{t("repliedOn")}</th>
                </tr>
              </thead>
              <tbody>
                {meeting.invitations.map((i) => (
                  <tr key={i.organization.id} className={i === own ? "mtg-row--own" : undefined}>
                    <th scope="row">
                      {orgName(i.organization, format.language)}
                      {i === own ? <span className="badge badge--mine">{t("yours")}</span> : null}
                    </th>
                    <td>
                      <span className={`mtg-rsvp mtg-rsvp--${i.rsvp}`}>{t(`rsvp.${i.rsvp}`)}</span>
                    </td>
                    <td>
                      {i.respondedAt
                        ? format.date(dateOf(i.respondedAt as Instant, meeting.zone as TimeZone), "short")
                        : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** A member's reply for their own organization (coordinators reply for theirs the same way). */
function OwnReply(props: {
  meetingId: string;
  invitation: Data["invitations"][number];
  refresh: () => void;
}) {
  const t = useT(messages);
  const { language } = useFormat();
  const [busy, respond] = useSubmit(RespondToInvitation);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const { invitation } = props;
  const answer = async (rsvp: (typeof ANSWERS)[number]) => {
    setFailure(null);
    setSaved(false);
    const result = await respond({
      meetingId: props.meetingId,
      organizationId: invitation.organization.id,
      rsvp,
    });
    if (!result.ok) return setFailure(result.failure);
    setSaved(true);
    props.refresh();
  };
  return (
    <fieldset className="mtg-own-reply">
      <legend>
        {t("ownReply", {
          organization: invitation.organization.acronym ?? localized(invitation.organization.name, language),
        })}
      </legend>
      <p>{t("ownReplyNow", { reply: t(`rsvp.${invitation.rsvp}`) })}</p>
      <div className="button-row">
        {ANSWERS.map((rsvp) => (
          <Button
            key={rsvp}
            variant={invitation.rsvp === rsvp ? "primary" : "secondary"}
            aria-pressed={invitation.rsvp === rsvp}
            busy={busy}
            onClick={() => void answer(rsvp)}
          >
            {t(`answer.${rsvp}`)}
          </Button>
        ))}
      </div>
      <FailureNotice failure={failure} />
      <div aria-live="polite">{saved ? <Notice kind="success">{t("replied")}</Notice> : null}</div>
    </fieldset>
  );
}

import { dateOf, type Instant, type TimeZone } from "@moei/domain/shared";
import { useId, useMemo, useState } from "react";
import { useQuery } from "urql";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { localized } from "../../../api/localized.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../../graphql.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { useSession } from "../../../session.tsx";
import { Button } from "../../../ui/Button.tsx";
import { Field } from "../../../ui/Field.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { invitations as messages } from "./invitations.messages.ts";

export const InvitationsSectionFields = graphql(`
  fragment InvitationsSectionFields on Meeting {
    id
    status
    zone
    series { id members { id } }
    invitations { rsvp respondedAt organization { id acronym name { en th my } } }
  }
`);

const InviteSeriesMembers = graphql(
  `
  mutation InviteSeriesMembers($meetingId: ID!) {
    inviteSeriesMembers(meetingId: $meetingId) {
      __typename
      ... on Meeting { id invitations { rsvp organization { id } } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const InviteOrganizations = graphql(
  `
  mutation InviteOrganizations($meetingId: ID!, $organizationIds: [ID!]!) {
    inviteOrganizations(meetingId: $meetingId, organizationIds: $organizationIds) {
      __typename
      ... on Meeting { id invitations { rsvp organization { id } } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

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

const InviteCandidates = graphql(`
  query InviteCandidates {
    organizations(first: 200, active: true) {
      edges { node { id acronym name { en th my } } }
    }
  }
`);

/** The domain's OPEN_FOR: invitations until the meeting is held, replies while it is ahead. */
const INVITING = new Set(["draft", "scheduled", "postponed"]);
const REPLYING = new Set(["scheduled", "postponed"]);
const ANSWERS = ["accepted", "tentative", "declined"] as const;

type Data = ResultOf<typeof InvitationsSectionFields>;
type Org = Data["invitations"][number]["organization"];

const orgName = (org: Org, language: "en" | "th" | "my") =>
  org.acronym ? `${localized(org.name, language)} (${org.acronym})` : localized(org.name, language);

export function InvitationsSection(props: {
  meeting: FragmentOf<typeof InvitationsSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(InvitationsSectionFields, props.meeting);
  const t = useT(messages);
  const format = useFormat();
  const { me } = useSession();
  const own = meeting.invitations.find((i) => i.organization.id === me?.organization.id);
  const count = (rsvp: string) => meeting.invitations.filter((i) => i.rsvp === rsvp).length;
  const manage = props.canManage && INVITING.has(meeting.status);
  return (
    <section className="mtg-section mtg-invitations" aria-labelledby="meeting-invitations-title">
      <h2 id="meeting-invitations-title">{t("title")}</h2>
      {own && REPLYING.has(meeting.status) ? (
        <OwnReply meetingId={meeting.id} invitation={own} refresh={props.refresh} />
      ) : null}
      {manage ? <Inviting meeting={meeting} refresh={props.refresh} /> : null}
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

/** The coordinator's tools: every series member at once, or particular organizations. */
function Inviting({ meeting, refresh }: { meeting: Data; refresh: () => void }) {
  const t = useT(messages);
  const [allBusy, inviteAll] = useSubmit(InviteSeriesMembers);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [invited, setInvited] = useState<number | null>(null);
  const [picking, setPicking] = useState(false);
  const invitedIds = new Set(meeting.invitations.map((i) => i.organization.id));
  const uninvitedMembers = meeting.series.members.filter((m) => !invitedIds.has(m.id)).length;

  const done = (before: number, after: number) => {
    setInvited(after - before);
    refresh();
  };
  const all = async () => {
    setFailure(null);
    setInvited(null);
    const result = await inviteAll({ meetingId: meeting.id });
    if (!result.ok) return setFailure(result.failure);
    const payload = result.data.inviteSeriesMembers;
    done(invitedIds.size, payload.__typename === "Meeting" ? payload.invitations.length : invitedIds.size);
  };

  return (
    <div className="mtg-inviting">
      <div className="button-row">
        {uninvitedMembers > 0 ? (
          <Button variant="primary" busy={allBusy} onClick={() => void all()}>
            {t("inviteAll")}
          </Button>
        ) : null}
        <Button aria-expanded={picking} onClick={() => setPicking(!picking)}>
          {t("inviteOthers")}
        </Button>
      </div>
      {uninvitedMembers > 0 ? (
        <p className="field__hint">{t("inviteAllHint", { count: uninvitedMembers })}</p>
      ) : null}
      <FailureNotice failure={failure} />
      <div aria-live="polite">
        {invited !== null ? <Notice kind="success">{t("invitedCount", { count: invited })}</Notice> : null}
      </div>
      {picking ? (
        <Picker
          meetingId={meeting.id}
          invitedIds={invitedIds}
          onInvited={(n) => {
            setFailure(null);
            setInvited(n);
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}

/** Organizations not yet invited, filtered as the coordinator types; the checked ones are invited at once. */
function Picker(props: {
  meetingId: string;
  invitedIds: ReadonlySet<string>;
  onInvited: (count: number) => void;
}) {
  const t = useT(messages);
  const { language } = useFormat();
  const listId = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InviteCandidates });
  const [filter, setFilter] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, invite] = useSubmit(InviteOrganizations);
  const [failure, setFailure] = useState<Failure | null>(null);
  const candidates = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return (data?.organizations.edges ?? [])
      .map((e) => e.node)
      .filter((o) => !props.invitedIds.has(o.id))
      .filter(
        (o) =>
          needle === "" ||
          [o.acronym ?? "", o.name.en, o.name.th ?? "", o.name.my ?? ""].some((s) =>
            s.toLocaleLowerCase().includes(needle),
          ),
      );
  }, [data, filter, props.invitedIds]);
  if (!data)
    return (
      <QueryState
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );

  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const submit = async () => {
    setFailure(null);
    const ids = [...chosen];
    const result = await invite({ meetingId: props.meetingId, organizationIds: ids });
    if (!result.ok) return setFailure(result.failure);
    setChosen(new Set());
    props.onInvited(ids.length);
  };
  return (
    <form
      className="mtg-picker"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label={t("filter")} hint={t("filterHint")}>
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-controls={listId}
        />
      </Field>
      <fieldset>
        <legend>{t("candidates")}</legend>
        {candidates.length === 0 ? <p>{t("noCandidates")}</p> : null}
        <ul className="mtg-picker__list" id={listId}>
          {candidates.map((o) => (
            <li key={o.id}>
              <label>
                <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />{" "}
                {orgName(o, language)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FailureNotice failure={failure} />
      <Button type="submit" variant="primary" busy={busy} disabled={chosen.size === 0}>
        {t("inviteSelected", { count: chosen.size })}
      </Button>
    </form>
  );
}

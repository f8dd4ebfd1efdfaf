import { useId, useMemo, useState } from "react";
import { useQuery } from "urql";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { graphql } from "../../../graphql.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { Button } from "../../../ui/Button.tsx";
import { Field } from "../../../ui/Field.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { type InvitationsData as Data, orgName } from "./InvitationsSection.tsx";
import { invitations as messages } from "./invitations.messages.ts";

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

const InviteCandidates = graphql(`
  query InviteCandidates {
    organizations(first: 200, active: true) {
      edges { node { id acronym name { en th my } } }
    }
  }
`);

/** The coordinator's tools: every series member at once, or particular organizations. */
export function InvitationsManager({ meeting, refresh }: { meeting: Data; refresh: () => void }) {
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

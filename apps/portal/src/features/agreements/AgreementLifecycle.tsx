import type { TadaDocumentNode } from "gql.tada";
import { useState } from "react";
import { type Failure, FailureFields } from "../../api/failure.ts";
import { useSubmit } from "../../api/mutation.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/Button.tsx";
import { Field } from "../../ui/Field.tsx";
import { FailureNotice } from "../../ui/Notice.tsx";
import { agreements as messages } from "./agreements.messages.ts";
import { todayInThailand } from "./timeline.ts";

export const AgreementLifecycleFields = graphql(`
  fragment AgreementLifecycleFields on Agreement {
    id
    version
    allowedEvents
  }
`);

const Sign = graphql(
  `mutation SignAgreement($id: ID!, $version: Int!, $on: Date!) {
    signAgreement(id: $id, version: $version, on: $on) {
      __typename
      ... on Agreement { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }`,
  [FailureFields],
);
const BringIntoForce = graphql(
  `mutation BringAgreementIntoForce($id: ID!, $version: Int!, $on: Date!) {
    bringAgreementIntoForce(id: $id, version: $version, on: $on) {
      __typename
      ... on Agreement { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }`,
  [FailureFields],
);
const StartReview = graphql(
  `mutation StartAgreementReview($id: ID!, $version: Int!, $on: Date!) {
    startAgreementReview(id: $id, version: $version, on: $on) {
      __typename
      ... on Agreement { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }`,
  [FailureFields],
);
const CompleteReview = graphql(
  `mutation CompleteAgreementReview($id: ID!, $version: Int!, $on: Date!) {
    completeAgreementReview(id: $id, version: $version, on: $on) {
      __typename
      ... on Agreement { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }`,
  [FailureFields],
);
const Expire = graphql(
  `mutation ExpireAgreement($id: ID!, $version: Int!, $on: Date!) {
    expireAgreement(id: $id, version: $version, on: $on) {
      __typename
      ... on Agreement { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }`,
  [FailureFields],
);
const Terminate = graphql(
  `mutation TerminateAgreement($id: ID!, $version: Int!, $on: Date!) {
    terminateAgreement(id: $id, version: $version, on: $on) {
      __typename
      ... on Agreement { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }`,
  [FailureFields],
);
const StartNegotiation = graphql(
  `mutation StartAgreementNegotiation($id: ID!, $version: Int!) {
    startAgreementNegotiation(id: $id, version: $version) {
      __typename
      ... on Agreement { id version status allowedEvents }
      ... on Error { ...FailureFields }
    }
  }`,
  [FailureFields],
);

type Dated = TadaDocumentNode<unknown, { id: string; version: number; on: string }>;
// Superseding needs the successor chosen from the register; it is left to a later issue.
const DATED: Readonly<Record<string, Dated>> = {
  sign: Sign,
  bring_into_force: BringIntoForce,
  start_review: StartReview,
  complete_review: CompleteReview,
  expire: Expire,
  terminate: Terminate,
};
type Event = "sign" | "bring_into_force" | "start_review" | "complete_review" | "expire" | "terminate";

/** The lifecycle steps the API allows now, as buttons, each taking effect on the date chosen. */
export function AgreementLifecycle(props: {
  agreement: FragmentOf<typeof AgreementLifecycleFields>;
  refresh: () => void;
}) {
  const a = readFragment(AgreementLifecycleFields, props.agreement);
  const t = useT(messages);
  const [on, setOn] = useState(todayInThailand);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState("");
  const dated = a.allowedEvents.filter((e): e is Event => e in DATED);
  const negotiable = a.allowedEvents.includes("start_negotiation");
  if (dated.length === 0 && !negotiable) return null;
  const done = (ok: boolean, outcome: Failure | null) => {
    setFailure(outcome);
    setStatus(ok ? t("lifecycle.done") : "");
    if (ok) props.refresh();
  };
  return (
    <section aria-labelledby="agreement-lifecycle" className="agreement-lifecycle">
      <h2 id="agreement-lifecycle">{t("lifecycle.title")}</h2>
      <p>{t("lifecycle.hint")}</p>
      {dated.length > 0 ? (
        <Field label={t("lifecycle.on")} error={failure?.fields.on}>
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </Field>
      ) : null}
      <FailureNotice failure={failure} />
      <div className="button-row">
        {negotiable ? <NegotiationButton id={a.id} version={a.version} onDone={done} /> : null}
        {dated.map((event) => (
          <DatedButton
            key={event}
            event={event}
            document={DATED[event] as Dated}
            variables={{ id: a.id, version: a.version, on }}
            onDone={done}
          />
        ))}
      </div>
      <p aria-live="polite" className="visually-hidden">
        {status}
      </p>
    </section>
  );
}

function DatedButton(props: {
  event: Event;
  document: Dated;
  variables: { id: string; version: number; on: string };
  onDone: (ok: boolean, failure: Failure | null) => void;
}) {
  const t = useT(messages);
  const [busy, run] = useSubmit(props.document);
  const click = async () => {
    const outcome = await run(props.variables);
    props.onDone(outcome.ok, outcome.ok ? null : outcome.failure);
  };
  return (
    <Button variant={props.event === "terminate" ? "danger" : "secondary"} busy={busy} onClick={click}>
      {t(`event.${props.event}`)}
    </Button>
  );
}

function NegotiationButton(props: {
  id: string;
  version: number;
  onDone: (ok: boolean, failure: Failure | null) => void;
}) {
  const t = useT(messages);
  const [busy, run] = useSubmit(StartNegotiation);
  const click = async () => {
    const outcome = await run({ id: props.id, version: props.version });
    props.onDone(outcome.ok, outcome.ok ? null : outcome.failure);
  };
  return (
    <Button busy={busy} onClick={click}>
      {t("event.start_negotiation")}
    </Button>
  );
}

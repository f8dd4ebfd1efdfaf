import { isOpenFor } from "@moei/domain/meeting";
import { type FormEvent, useId, useState } from "react";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { localized } from "../../../api/localized.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../../graphql.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { Button } from "../../../ui/Button.tsx";
import { Field } from "../../../ui/Field.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { CheckedTextField } from "../minutes/CheckedTextField.tsx";
import { PersonalDataNotice, useKindList } from "../minutes/TextWarnings.tsx";
import { useTextChecks } from "../minutes/use-text-checks.ts";
import { decisionsMessages } from "./decisions.messages.ts";

export const DecisionsSectionFields = graphql(`
  fragment DecisionsSectionFields on Meeting {
    id
    status
    series { id confidentiality }
    agenda { id position title { en th my } }
    decisions {
      id
      position
      text { en th my }
      agendaItem { id position title { en th my } }
    }
  }
`);

const AddDecision = graphql(
  `
  mutation AddDecision($meetingId: ID!, $agendaItemId: ID, $text: LocalizedTextInput!) {
    addDecision(meetingId: $meetingId, agendaItemId: $agendaItemId, text: $text) {
      __typename
      ... on AddDecisionPayload {
        decision { id position meeting { id decisions { id position } } }
        warnings { kind }
      }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

type Meeting = ResultOf<typeof DecisionsSectionFields>;

/** The meeting's numbered decisions; coordinators record new ones while the minutes are open. */
export function DecisionsSection(props: {
  meeting: FragmentOf<typeof DecisionsSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(DecisionsSectionFields, props.meeting);
  const t = useT(decisionsMessages);
  const { language } = useFormat();
  const headingId = useId();
  const editable = props.canManage && isOpenFor(meeting.status, "decisions");
  return (
    <section className="decisions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("title")}</h2>
      {meeting.decisions.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="decisions__list">
        {meeting.decisions.map((d) => (
          <li key={d.id} className="decisions__item">
            <strong>{t("decision", { position: d.position })}</strong>
            <p lang={d.text[language] ? language : "en"} className="decisions__text">
              {localized(d.text, language)}
            </p>
            {d.agendaItem ? (
              <p className="decisions__item-ref">
                {t("underItem", {
                  position: d.agendaItem.position,
                  title: localized(d.agendaItem.title, language),
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? <AddDecisionForm meeting={meeting} refresh={props.refresh} /> : null}
    </section>
  );
}

function AddDecisionForm({ meeting, refresh }: { meeting: Meeting; refresh: () => void }) {
  const t = useT(decisionsMessages);
  const { language } = useFormat();
  const kindList = useKindList();
  const headingId = useId();
  const restricted = meeting.series.confidentiality === "restricted";
  const [itemId, setItemId] = useState("");
  const [en, setEn] = useState("");
  const [th, setTh] = useState("");
  const [my, setMy] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [busy, run] = useSubmit(AddDecision);
  const checks = { en: useTextChecks(en, "en"), th: useTextChecks(th, "th"), my: useTextChecks(my, "my") };
  const blocked = restricted && Object.values(checks).some((c) => c.kinds.length > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (en.trim() === "") {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (blocked) return;
    const outcome = await run({
      meetingId: meeting.id,
      agendaItemId: itemId || null,
      text: { en, ...(th.trim() ? { th } : {}), ...(my.trim() ? { my } : {}) },
    });
    if (!outcome.ok) {
      setFailure(outcome.failure);
      return;
    }
    const result = outcome.data.addDecision;
    if (result.__typename !== "AddDecisionPayload") return;
    setFailure(null);
    setEn("");
    setTh("");
    setMy("");
    setItemId("");
    const position = result.decision.position;
    setDone(
      result.warnings.length > 0
        ? t("add.doneWarnings", { position, kinds: kindList(result.warnings.map((w) => w.kind)) })
        : t("add.done", { position }),
    );
    refresh();
  };

  const personalData =
    failure?.kind === "personal-data" ? kindList((failure.findings ?? []).map((f) => f.kind)) : null;
  return (
    <form className="decisions__form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t("add.title")}</h3>
      <Field label={t("add.item")} error={failure?.fields.agendaItemId}>
        <select value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <option value="">{t("add.noItem")}</option>
          {meeting.agenda.map((item) => (
            <option key={item.id} value={item.id}>
              {t("underItem", { position: item.position, title: localized(item.title, language) })}
            </option>
          ))}
        </select>
      </Field>
      <CheckedTextField
        label={t("add.textEn")}
        error={missing ? t("add.required") : failure?.fields["text.en"]}
        value={en}
        onChange={setEn}
        language="en"
        check={checks.en}
        restricted={restricted}
        required
      />
      <CheckedTextField
        label={t("add.textTh")}
        error={failure?.fields["text.th"]}
        value={th}
        onChange={setTh}
        language="th"
        check={checks.th}
        restricted={restricted}
      />
      <CheckedTextField
        label={t("add.textMy")}
        error={failure?.fields["text.my"]}
        value={my}
        onChange={setMy}
        language="my"
        check={checks.my}
        restricted={restricted}
      />
      {personalData ? <PersonalDataNotice kinds={personalData} /> : <FailureNotice failure={failure} />}
      {blocked ? <Notice kind="error">{t("add.blocked")}</Notice> : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={busy} disabled={blocked}>
          {t("add.submit")}
        </Button>
      </div>
    </form>
  );
}

import { isOpenFor } from "@moei/domain/meeting";
import type { Language } from "@moei/domain/shared";
import { type FormEvent, useId, useMemo, useState } from "react";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { localized } from "../../../api/localized.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../../graphql.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { labels } from "../../../i18n/labels.messages.ts";
import { Button } from "../../../ui/Button.tsx";
import { Field } from "../../../ui/Field.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { CheckedTextField } from "../minutes/CheckedTextField.tsx";
import { useLanguageName } from "../minutes/language-name.ts";
import { PersonalDataNotice, useKindList } from "../minutes/TextWarnings.tsx";
import { useTextChecks } from "../minutes/use-text-checks.ts";
import { actionsMessages } from "./actions.messages.ts";
import { orgLabel } from "./org-label.ts";

export const ActionsSectionFields = graphql(`
  fragment ActionsSectionFields on Meeting {
    id
    status
    series { id confidentiality languages members { id acronym name { en th my } contacts { id name title } } }
    invitations { organization { id acronym name { en th my } contacts { id name title } } }
    agenda { id position title { en th my } }
    decisions { id position text { en th my } }
    actions {
      id
      text
      dueOn
      status
      overdue
      daysOverdue
      owners { id acronym name { en th my } }
      contact { id name }
      decision { id position }
      agendaItem { id position }
    }
  }
`);

const CreateAction = graphql(
  `
  mutation CreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      __typename
      ... on CreateActionPayload {
        action { id meeting { id actions { id } } }
        warnings { kind }
      }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

type Meeting = ResultOf<typeof ActionsSectionFields>;

/** The actions agreed at this meeting, with owners, due dates and status; coordinators record new ones. */
export function ActionsSection(props: {
  meeting: FragmentOf<typeof ActionsSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(ActionsSectionFields, props.meeting);
  const t = useT(actionsMessages);
  const tl = useT(labels);
  const format = useFormat();
  const headingId = useId();
  const editable = props.canManage && isOpenFor(meeting.status, "decisions");
  return (
    <section className="actions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("title")}</h2>
      {meeting.actions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="actions__table">
            <thead>
              <tr>
                <th scope="col">{t("col.text")}</th>
                <th scope="col">{t("col.owners")}</th>
                <th scope="col">{t("col.due")}</th>
                <th scope="col">{t("col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.actions.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.text}
                    {a.decision ? (
                      <span className="actions__source">
                        {t("fromDecision", { position: a.decision.position })}
                      </span>
                    ) : a.agendaItem ? (
                      <span className="actions__source">
                        {t("fromItem", { position: a.agendaItem.position })}
                      </span>
                    ) : null}
                    {a.contact ? (
                      <span className="actions__source">{t("contact", { name: a.contact.name })}</span>
                    ) : null}
                  </td>
                  <td>
                    <ul className="actions__owners">
                      {a.owners.map((o) => (
                        <li key={o.id}>{orgLabel(o, format.language)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <time dateTime={a.dueOn}>{format.date(a.dueOn)}</time>
                  </td>
                  <td>
                    <span className={`status status--${a.status}`}>{tl(`actionStatus.${a.status}`)}</span>
                    {a.overdue ? (
                      <span className="badge actions__overdue">{t("overdue", { days: a.daysOverdue })}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? <CreateActionForm meeting={meeting} refresh={props.refresh} /> : null}
    </section>
  );
}

function CreateActionForm({ meeting, refresh }: { meeting: Meeting; refresh: () => void }) {
  const t = useT(actionsMessages);
  const format = useFormat();
  const languageName = useLanguageName();
  const kindList = useKindList();
  const headingId = useId();
  const ownersHint = useId();
  const restricted = meeting.series.confidentiality === "restricted";
  const languages = meeting.series.languages;

  // Invited organizations and the series' members, each once, by label.
  const organizations = useMemo(() => {
    const all = new Map<string, Meeting["series"]["members"][number]>();
    for (const o of [...meeting.invitations.map((i) => i.organization), ...meeting.series.members]) {
      all.set(o.id, o);
    }
    return [...all.values()].sort((a, b) =>
      orgLabel(a, format.language).localeCompare(orgLabel(b, format.language)),
    );
  }, [meeting, format.language]);

  const [source, setSource] = useState("");
  const [text, setText] = useState("");
  const [language, setLanguage] = useState<Language>(() =>
    languages.includes(format.language) ? format.language : "en",
  );
  const [owners, setOwners] = useState<readonly string[]>([]);
  const [dueOn, setDueOn] = useState("");
  const [contactId, setContactId] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [missing, setMissing] = useState<{ text?: boolean; owners?: boolean; due?: boolean }>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, run] = useSubmit(CreateAction);
  const check = useTextChecks(text, language);
  const blocked = restricted && check.kinds.length > 0;

  const contacts = organizations
    .filter((o) => owners.includes(o.id))
    .flatMap((o) => o.contacts.map((c) => ({ ...c, org: orgLabel(o, format.language) })));

  const toggleOwner = (id: string, on: boolean) => {
    setOwners((current) => (on ? [...current, id] : current.filter((o) => o !== id)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const lacking = { text: text.trim() === "", owners: owners.length === 0, due: dueOn === "" };
    setMissing(lacking);
    if (lacking.text || lacking.owners || lacking.due || blocked) return;
    const [kind, id] = source.split(":");
    const outcome = await run({
      input: {
        text,
        language,
        dueOn,
        ownerIds: [...owners],
        ...(contacts.some((c) => c.id === contactId) ? { contactId } : {}),
        source: {
          meetingId: meeting.id,
          ...(kind === "d" ? { decisionId: id } : {}),
          ...(kind === "a" ? { agendaItemId: id } : {}),
        },
      },
    });
    if (!outcome.ok) {
      setFailure(outcome.failure);
      return;
    }
    const result = outcome.data.createAction;
    if (result.__typename !== "CreateActionPayload") return;
    setFailure(null);
    setText("");
    setOwners([]);
    setDueOn("");
    setContactId("");
    setSource("");
    setDone(
      result.warnings.length > 0
        ? t("add.doneWarnings", { kinds: kindList(result.warnings.map((w) => w.kind)) })
        : t("add.done"),
    );
    refresh();
  };

  const fieldError = (path: string) => failure?.fields[path];
  const ownersError = missing.owners ? t("add.ownersRequired") : fieldError("ownerIds");
  return (
    <form className="actions__form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t("add.title")}</h3>
      <Field
        label={t("add.source")}
        error={fieldError("source.decisionId") ?? fieldError("source.agendaItemId")}
      >
        <select value={source} onChange={(e) => setSource(e.target.value)}>
          <option value="">{t("add.sourceMeeting")}</option>
          {meeting.decisions.length > 0 ? (
            <optgroup label={t("add.decisions")}>
              {meeting.decisions.map((d) => (
                <option key={d.id} value={`d:${d.id}`}>
                  {t("add.decision", { position: d.position, text: localized(d.text, format.language) })}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={t("add.items")}>
            {meeting.agenda.map((i) => (
              <option key={i.id} value={`a:${i.id}`}>
                {t("add.item", { position: i.position, title: localized(i.title, format.language) })}
              </option>
            ))}
          </optgroup>
        </select>
      </Field>
      <Field label={t("add.language")}>
        <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
      </Field>
      <CheckedTextField
        label={t("add.text")}
        error={missing.text ? t("add.textRequired") : fieldError("text")}
        value={text}
        onChange={setText}
        language={language}
        check={check}
        restricted={restricted}
        required
      />
      <fieldset
        className={ownersError ? "actions__owner-picker field--invalid" : "actions__owner-picker"}
        aria-describedby={ownersHint}
      >
        <legend>{t("add.owners")}</legend>
        <p className="field__hint" id={ownersHint}>
          {t("add.ownersHint")}
        </p>
        <ul className="actions__owner-options">
          {organizations.map((o) => (
            <li key={o.id}>
              <label>
                <input
                  type="checkbox"
                  checked={owners.includes(o.id)}
                  onChange={(e) => toggleOwner(o.id, e.target.checked)}
                />{" "}
                <span>{orgLabel(o, format.language)}</span>
                {o.acronym ? (
                  <span className="actions__org-name"> {localized(o.name, format.language)}</span>
                ) : null}
              </label>
            </li>
          ))}
        </ul>
        {ownersError ? (
          <p className="field__error" role="alert">
            {ownersError}
          </p>
        ) : null}
      </fieldset>
      <Field
        label={t("add.due")}
        error={missing.due ? t("add.dueRequired") : fieldError("dueOn")}
        hint={dueOn ? t("add.dueShown", { date: format.date(dueOn) }) : undefined}
      >
        <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </Field>
      <Field
        label={t("add.contact")}
        error={fieldError("contactId")}
        hint={owners.length > 0 && contacts.length === 0 ? t("add.noContacts") : undefined}
      >
        <select value={contactId} onChange={(e) => setContactId(e.target.value)}>
          <option value="">{t("add.noContact")}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title ? `${c.name}, ${c.title} (${c.org})` : `${c.name} (${c.org})`}
            </option>
          ))}
        </select>
      </Field>
      {failure?.kind === "personal-data" ? (
        <PersonalDataNotice kinds={kindList((failure.findings ?? []).map((f) => f.kind))} />
      ) : (
        <FailureNotice failure={failure} />
      )}
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

import { useState } from "react";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { graphql } from "../../../graphql.ts";
import { useT } from "../../../i18n/i18n.tsx";
import { Button } from "../../../ui/Button.tsx";
import { Field } from "../../../ui/Field.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { type AttendanceData as Data, type AttendanceOrg as Org, QuorumLine } from "./AttendanceSection.tsx";
import { attendance as messages } from "./attendance.messages.ts";

const RecordAttendance = graphql(
  `
  mutation RecordAttendance($meetingId: ID!, $rows: [AttendanceRowInput!]!) {
    recordAttendance(meetingId: $meetingId, rows: $rows) {
      __typename
      ... on Meeting {
        id
        allowedEvents
        attendance { status delegates organization { id } }
        quorum { members present required met }
      }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const STATUSES = ["present", "remote", "excused", "absent"] as const;
type Status = (typeof STATUSES)[number];
interface Row {
  readonly status: Status | "";
  readonly delegates: string;
}

/** "Aye Aye, Somchai\nNaw Paw" → three names. */
const names = (text: string): string[] =>
  text
    .split(/[,\n،、]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const rowsOf = (meeting: Data): Record<string, Row> =>
  Object.fromEntries(
    meeting.attendance.map((a) => [
      a.organization.id,
      { status: a.status, delegates: a.delegates.join(", ") },
    ]),
  );

/** The coordinator's checklist: a status per organization, delegates, one save for the whole list. */
export function AttendanceChecklist(props: {
  meeting: Data;
  orgs: Org[];
  orgName: (o: Org) => string;
  refresh: () => void;
}) {
  const { meeting, orgs } = props;
  const t = useT(messages);
  const [rows, setRows] = useState<Record<string, Row>>(() => rowsOf(meeting));
  const [busy, record] = useSubmit(RecordAttendance);
  const [failure, setFailure] = useState<Failure | null>(null);
  /** Row problems by organization id: the API's field messages, mapped back from `rows.<index>`. */
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const row = (id: string): Row => rows[id] ?? { status: "", delegates: "" };
  const update = (id: string, change: Partial<Row>) => {
    setSaved(false);
    setRows((current) => ({
      ...current,
      [id]: { ...(current[id] ?? { status: "", delegates: "" }), ...change },
    }));
  };
  const marked = orgs.filter((o) => row(o.id).status !== "").length;

  const save = async () => {
    setFailure(null);
    setRowErrors({});
    setSaved(false);
    const sent = orgs
      .map((o) => ({ id: o.id, row: row(o.id) }))
      .filter((r): r is { id: string; row: { status: Status; delegates: string } } => r.row.status !== "");
    const result = await record({
      meetingId: meeting.id,
      rows: sent.map((r) => ({
        organizationId: r.id,
        status: r.row.status,
        delegates: names(r.row.delegates),
      })),
    });
    if (!result.ok) {
      setFailure(result.failure);
      setRowErrors(rowProblems(result.failure, sent, t("personalData")));
      return;
    }
    setSaved(true);
    props.refresh();
  };

  return (
    <form
      className="att-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p>{t("intro")}</p>
      <p className="field__hint" id="att-delegates-hint">
        {t("delegatesHint")}
      </p>
      <div className="button-row">
        <Button
          onClick={() => {
            setSaved(false);
            setRows((current) =>
              Object.fromEntries(
                orgs.map((o) => [o.id, { status: "present", delegates: current[o.id]?.delegates ?? "" }]),
              ),
            );
          }}
        >
          {t("markAll")}
        </Button>
      </div>
      <p aria-live="polite">{t("marked", { marked, total: orgs.length })}</p>
      <ol className="att-list">
        {orgs.map((o) => {
          const r = row(o.id);
          const name = props.orgName(o);
          const problem = rowErrors[o.id];
          return (
            <li key={o.id} className={problem ? "att-row att-row--invalid" : "att-row"}>
              <fieldset>
                <legend>{name}</legend>
                <div className="att-row__statuses">
                  {(["", ...STATUSES] as const).map((s) => (
                    <label key={s || "unset"} className="att-choice">
                      <input
                        type="radio"
                        name={`att-${o.id}`}
                        value={s}
                        checked={r.status === s}
                        onChange={() => update(o.id, { status: s })}
                      />{" "}
                      {t(s === "" ? "status.unset" : `status.${s}`)}
                    </label>
                  ))}
                </div>
                <Field label={t("delegatesOf", { organization: o.acronym ?? name })} error={problem}>
                  <textarea
                    rows={1}
                    value={r.delegates}
                    onChange={(e) => update(o.id, { delegates: e.target.value })}
                  />
                </Field>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FailureNotice failure={failure} />
      {marked < orgs.length ? <p className="field__hint">{t("unsetDropped")}</p> : null}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={busy}>
          {t("save")}
        </Button>
      </div>
      <div aria-live="polite">
        {saved ? (
          <Notice kind="success">
            {t("saved")} <QuorumLine quorum={meeting.quorum} />
          </Notice>
        ) : null}
      </div>
    </form>
  );
}

/**
 * Which rows a refusal is about. Validation names fields as `rows.<index>…`; the data-protection guard gives
 * only offsets in the refused text, so the row is the first whose delegate has digits or "@" there.
 */
function rowProblems(
  failure: Failure,
  sent: readonly { id: string; row: Row }[],
  personalData: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [path, message] of Object.entries(failure.fields)) {
    const index = /^rows\.(\d+)/.exec(path)?.[1];
    const target = index === undefined ? undefined : sent[Number(index)];
    if (target && problems[target.id] === undefined) problems[target.id] = message;
  }
  if (failure.kind === "personal-data" && failure.findings) {
    const [first] = failure.findings;
    const culprit = sent.find(({ row }) =>
      names(row.delegates).some(
        (d) =>
          first !== undefined &&
          d.length >= first.end &&
          /[\d@\u0E50-\u0E59\u1040-\u1049]/.test(d.slice(first.start, first.end)),
      ),
    );
    if (culprit) problems[culprit.id] = personalData;
  }
  return problems;
}

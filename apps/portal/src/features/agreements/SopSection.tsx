import { useState } from "react";
import { useQuery } from "urql";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Field } from "../../ui/Field.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { type AgreementsKey, agreements as messages } from "./agreements.messages.ts";

export const SopSectionFields = graphql(`
  fragment SopSectionFields on Agreement {
    id
    sopVersions {
      version
      adoptedOn
      note
      targetDays
      steps { key order responsibleSide targetDays title { en th my } }
    }
  }
`);

const SopChangesQuery = graphql(`
  query SopChanges($id: ID!, $from: Int!, $to: Int!) {
    node(id: $id) {
      id
      ... on Agreement {
        sopChanges(from: $from, to: $to) {
          key
          kind
          fields
          before { order responsibleSide targetDays title { en th my } }
          after { order responsibleSide targetDays title { en th my } }
        }
      }
    }
  }
`);

const sideKey = (side: string) => `side.${side}` as AgreementsKey;

/** An SOP's versions: the steps of one, by side, and what changed between two (as the API compares them). */
export function SopSection(props: { agreement: FragmentOf<typeof SopSectionFields> }) {
  const a = readFragment(SopSectionFields, props.agreement);
  const t = useT(messages);
  const format = useFormat();
  const versions = a.sopVersions;
  const latest = versions.at(-1)?.version ?? 0;
  const [shown, setShown] = useState(latest);
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const version = versions.find((v) => v.version === shown) ?? versions.at(-1);
  if (!version) {
    return (
      <section aria-labelledby="agreement-sop">
        <h2 id="agreement-sop">{t("sop.title")}</h2>
        <p>{t("sop.none")}</p>
      </section>
    );
  }
  const sides = new Map<string, { steps: number; days: number }>();
  for (const s of version.steps) {
    const side = sides.get(s.responsibleSide) ?? { steps: 0, days: 0 };
    sides.set(s.responsibleSide, { steps: side.steps + 1, days: side.days + (s.targetDays ?? 0) });
  }
  const versionSelect = (value: number, set: (v: number) => void) => (
    <select value={value} onChange={(e) => set(Number(e.target.value))}>
      {versions.map((v) => (
        <option key={v.version} value={v.version}>
          {t("sop.version", { version: v.version })}
        </option>
      ))}
    </select>
  );
  return (
    <section aria-labelledby="agreement-sop" className="agreement-sop">
      <h2 id="agreement-sop">{t("sop.title")}</h2>
      <h3>{t("sop.versions")}</h3>
      <ul className="agreement-sop__versions">
        {versions.map((v) => (
          <li key={v.version}>
            <strong>{t("sop.version", { version: v.version })}</strong>
            {v.adoptedOn ? ` — ${t("sop.adopted", { date: format.date(v.adoptedOn) })}` : ""}
            {v.targetDays !== null ? ` — ${t("sop.total", { days: v.targetDays })}` : ""}
            {v.note ? <span className="agreement-sop__note"> — {v.note}</span> : null}
          </li>
        ))}
      </ul>
      {versions.length > 1 ? <Field label={t("sop.show")}>{versionSelect(shown, setShown)}</Field> : null}
      <h3 id="agreement-sop-steps">{t("sop.steps", { version: version.version })}</h3>
      <div className="table-scroll">
        <table aria-labelledby="agreement-sop-steps">
          <thead>
            <tr>
              <th scope="col">{t("sop.order")}</th>
              <th scope="col">{t("sop.step")}</th>
              <th scope="col">{t("sop.side")}</th>
              <th scope="col">{t("sop.days")}</th>
            </tr>
          </thead>
          <tbody>
            {version.steps.map((s) => (
              <tr key={s.key} className={`agreement-sop__step agreement-sop__step--${s.responsibleSide}`}>
                <td>{format.number(s.order)}</td>
                <td>{localized(s.title, format.language)}</td>
                <td>{t(sideKey(s.responsibleSide))}</td>
                <td>{s.targetDays === null ? "—" : format.number(s.targetDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t("sop.bySide")}</h3>
      <ul className="agreement-sop__sides">
        {[...sides].map(([side, sum]) => (
          <li key={side}>
            <strong>{t(sideKey(side))}</strong>: {t("sop.sideSummary", { steps: sum.steps, days: sum.days })}
          </li>
        ))}
      </ul>
      <h3 id="agreement-sop-compare">{t("sop.compare")}</h3>
      {versions.length < 2 ? (
        <p>{t("sop.onlyOne")}</p>
      ) : (
        <>
          <div className="agreement-sop__compare">
            <Field label={t("sop.compareFrom")}>{versionSelect(from, setFrom)}</Field>
            <Field label={t("sop.compareTo")}>{versionSelect(to, setTo)}</Field>
          </div>
          <SopChanges id={a.id} from={from} to={to} />
        </>
      )}
    </section>
  );
}

function SopChanges(props: { id: string; from: number; to: number }) {
  const t = useT(messages);
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SopChangesQuery, variables: props });
  if (!data) {
    return (
      <QueryState
        fetching={fetching}
        error={error}
        retry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  const changes = (data.node && "sopChanges" in data.node ? data.node.sopChanges : null) ?? [];
  const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
  const orNone = (v: string | number | null | undefined) =>
    v === null || v === undefined ? t("field.none") : String(v);
  return (
    <div aria-live="polite">
      {changes.length === 0 ? (
        <p>{t("sop.noChanges")}</p>
      ) : (
        <>
          <p>
            {t("sop.changeCount", {
              added: count("added"),
              removed: count("removed"),
              changed: count("changed"),
            })}
          </p>
          <ul className="agreement-sop__changes">
            {changes.map((c) => {
              const step = c.after ?? c.before;
              return (
                <li key={c.key} className={`agreement-sop__change agreement-sop__change--${c.kind}`}>
                  <strong>{t(`change.${c.kind}`)}:</strong>{" "}
                  {step ? localized(step.title, format.language) : c.key}
                  {step && c.kind !== "changed" ? ` (${t(sideKey(step.responsibleSide))})` : ""}
                  {c.kind === "changed" && c.before && c.after ? (
                    <ul>
                      {c.fields.map((f) => (
                        <li key={f}>
                          {f === "title"
                            ? t("field.title", { before: localized(c.before?.title, format.language) })
                            : f === "responsibleSide"
                              ? t("field.responsibleSide", {
                                  before: t(sideKey(c.before?.responsibleSide ?? "")),
                                  after: t(sideKey(c.after?.responsibleSide ?? "")),
                                })
                              : t(`field.${f}`, {
                                  before: orNone(c.before?.[f]),
                                  after: orNone(c.after?.[f]),
                                })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

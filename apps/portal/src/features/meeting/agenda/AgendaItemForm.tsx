import type { UiLanguage } from "@moei/domain/shared";
import { useState } from "react";
import { useQuery } from "urql";
import type { Failure } from "../../../api/failure.ts";
import { localized } from "../../../api/localized.ts";
import { graphql } from "../../../graphql.ts";
import { common } from "../../../i18n/common.messages.ts";
import { LANGUAGES, useFormat, useT } from "../../../i18n/i18n.tsx";
import { labels } from "../../../i18n/labels.messages.ts";
import { Button } from "../../../ui/Button.tsx";
import { Field } from "../../../ui/Field.tsx";
import { FailureNotice } from "../../../ui/Notice.tsx";
import { TextWarnings } from "../minutes/TextWarnings.tsx";
import { loadTextChecks, useTextChecks } from "../minutes/use-text-checks.ts";
import { agenda as messages } from "./agenda.messages.ts";

/** The agreements an item may discuss (their steps would make the list too costly for the API's limits). */
const AgendaAgreements = graphql(`
  query AgendaAgreements {
    agreements(first: 200) {
      edges { node { id kind title { en th my } } }
    }
  }
`);

/** The steps of the chosen SOP or annex, in its latest version. */
const AgreementSteps = graphql(`
  query AgreementSteps($id: ID!) {
    node(id: $id) {
      __typename
      ... on Agreement { id sopVersions { version steps { key order title { en th my } } } }
    }
  }
`);

const WITH_STEPS = new Set(["sop", "annex"]);

export interface ItemDraft {
  readonly title: Readonly<Record<UiLanguage, string>>;
  readonly kind: "regular" | "matters_arising";
  readonly presenterId: string;
  readonly duration: string;
  readonly agreementId: string;
  readonly clause: string;
  readonly sopStepKey: string;
}

export const EMPTY_DRAFT: ItemDraft = {
  title: { en: "", th: "", my: "" },
  kind: "regular",
  presenterId: "",
  duration: "",
  agreementId: "",
  clause: "",
  sopStepKey: "",
};

/** The input the API takes from a draft; a missing English title falls back to the one typed. */
export function itemInput(draft: ItemDraft, language: UiLanguage) {
  const typed = (l: UiLanguage) => draft.title[l].trim();
  const en = typed("en") || typed(language);
  return {
    title: { en, th: typed("th") || null, my: typed("my") || null },
    presenterId: draft.presenterId || null,
    durationMinutes: draft.duration.trim() === "" ? null : Number(draft.duration),
    link: draft.agreementId
      ? {
          agreementId: draft.agreementId,
          clause: draft.clause.trim() || null,
          sopStepKey: draft.sopStepKey || null,
        }
      : null,
  };
}

interface Presenter {
  readonly id: string;
  readonly acronym?: string | null;
  readonly name: { en: string; th?: string | null; my?: string | null };
}

/** Add or edit one agenda item; keeps what was typed when the API refuses it. */
export function AgendaItemForm(props: {
  heading: string;
  initial: ItemDraft;
  withKind: boolean;
  presenters: readonly Presenter[];
  busy: boolean;
  failure: Failure | null;
  onSubmit: (draft: ItemDraft) => void;
  onCancel: () => void;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const tc = useT(common);
  const { language } = useFormat();
  const [draft, setDraft] = useState<ItemDraft>(props.initial);
  const [{ data }] = useQuery({ query: AgendaAgreements });
  const set = (change: Partial<ItemDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setTitle = (l: UiLanguage, value: string) =>
    setDraft((d) => ({ ...d, title: { ...d.title, [l]: value } }));
  const errors = props.failure?.fields ?? {};
  const agreements = (data?.agreements.edges ?? []).map((e) => e.node);
  const chosen = agreements.find((a) => a.id === draft.agreementId);
  const [{ data: stepsData }] = useQuery({
    query: AgreementSteps,
    variables: { id: draft.agreementId },
    pause: !chosen || !WITH_STEPS.has(chosen.kind),
  });
  const sop = stepsData?.node?.__typename === "Agreement" ? stepsData.node : null;
  const steps = sop && sop.id === draft.agreementId ? (sop.sopVersions.at(-1)?.steps ?? []) : [];
  const others = LANGUAGES.filter((l) => l !== language);
  const [showOthers, setShowOthers] = useState(() => others.some((l) => props.initial.title[l] !== ""));
  const titleLabel = (l: UiLanguage) => t("titleIn", { language: tl(`language.${l}`) });
  // A refused English title is the one typed when English was left empty.
  const titleError = (l: UiLanguage) =>
    errors[`title.${l}`] ?? (l === language && draft.title.en.trim() === "" ? errors["title.en"] : undefined);

  const othersShown = showOthers || others.some((l) => errors[`title.${l}`] !== undefined);

  return (
    <form
      noValidate
      className="agenda-form"
      aria-label={props.heading}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(draft);
      }}
    >
      <h3>{props.heading}</h3>
      <Field label={titleLabel(language)} error={titleError(language)}>
        <input
          lang={language}
          value={draft.title[language]}
          onChange={(e) => setTitle(language, e.target.value)}
        />
      </Field>
      {language === "my" ? <BurmeseCheck value={draft.title.my} onChange={(v) => setTitle("my", v)} /> : null}
      <Button aria-expanded={othersShown} onClick={() => setShowOthers(!othersShown)}>
        {t("otherLanguages")}
      </Button>
      {othersShown ? (
        <div className="agenda-form__languages">
          {others.map((l) => (
            <Field
              key={l}
              label={titleLabel(l)}
              error={titleError(l)}
              hint={l === "en" ? t("englishFallback") : undefined}
            >
              <input lang={l} value={draft.title[l]} onChange={(e) => setTitle(l, e.target.value)} />
            </Field>
          ))}
          {language !== "my" ? (
            <BurmeseCheck value={draft.title.my} onChange={(v) => setTitle("my", v)} />
          ) : null}
        </div>
      ) : null}
      {props.withKind ? (
        <Field label={t("kind")} error={errors.kind}>
          <select value={draft.kind} onChange={(e) => set({ kind: e.target.value as ItemDraft["kind"] })}>
            <option value="regular">{t("kind.regular")}</option>
            <option value="matters_arising">{t("kind.matters_arising")}</option>
          </select>
        </Field>
      ) : null}
      <Field label={t("presenterField")} error={errors.presenterId}>
        <select value={draft.presenterId} onChange={(e) => set({ presenterId: e.target.value })}>
          <option value="">{t("noPresenter")}</option>
          {props.presenters.map((p) => (
            <option key={p.id} value={p.id}>
              {p.acronym ? `${p.acronym} — ${localized(p.name, language)}` : localized(p.name, language)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("duration")} error={errors.durationMinutes}>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          value={draft.duration}
          onChange={(e) => set({ duration: e.target.value })}
        />
      </Field>
      <Field label={t("agreement")} error={errors["link.agreementId"] ?? errors.link}>
        <select
          value={draft.agreementId}
          onChange={(e) => set({ agreementId: e.target.value, sopStepKey: "" })}
        >
          <option value="">{t("noAgreement")}</option>
          {agreements.map((a) => (
            <option key={a.id} value={a.id}>
              {localized(a.title, language)}
            </option>
          ))}
        </select>
      </Field>
      {draft.agreementId ? (
        <>
          <Field label={t("clauseField")} hint={t("clauseHint")} error={errors["link.clause"]}>
            <input value={draft.clause} onChange={(e) => set({ clause: e.target.value })} />
          </Field>
          {steps.length > 0 ? (
            <Field label={t("stepField")} error={errors["link.sopStepKey"]}>
              <select value={draft.sopStepKey} onChange={(e) => set({ sopStepKey: e.target.value })}>
                <option value="">{t("noStep")}</option>
                {steps.map((s) => (
                  <option key={s.key} value={s.key}>
                    {`${s.order}. ${localized(s.title, language)}`}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
        </>
      ) : null}
      <FailureNotice failure={props.failure} />
      <div className="button-row">
        <Button type="submit" variant="primary" busy={props.busy}>
          {t("save")}
        </Button>
        <Button onClick={props.onCancel}>{tc("action.cancel")}</Button>
      </div>
    </form>
  );
}

/** Under a Burmese title: the personal-data and Zawgyi warnings, with the one-click conversion to Unicode. */
function BurmeseCheck(props: { value: string; onChange: (value: string) => void }) {
  const check = useTextChecks(props.value, "my");
  return (
    <TextWarnings
      check={check}
      restricted={false}
      onConvert={async () => props.onChange((await loadTextChecks()).toUnicode(props.value))}
    />
  );
}

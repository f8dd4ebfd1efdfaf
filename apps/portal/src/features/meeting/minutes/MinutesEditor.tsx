import type { Language } from "@moei/domain/shared";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useClient } from "urql";
import type { Failure } from "../../../api/failure.ts";
import { FailureFields } from "../../../api/failure.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { graphql } from "../../../graphql.ts";
import { common } from "../../../i18n/common.messages.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { Button } from "../../../ui/Button.tsx";
import { Field } from "../../../ui/Field.tsx";
import { failureText, Notice } from "../../../ui/Notice.tsx";
import { formatClock } from "./clock.ts";
import { type Draft, readDraft, writeDraft } from "./drafts.ts";
import { minutesMessages } from "./minutes.messages.ts";
import { TextWarnings, useKindList } from "./TextWarnings.tsx";
import { loadTextChecks, useTextChecks } from "./use-text-checks.ts";

const SaveMinutes = graphql(
  `
  mutation SaveMinutes(
    $meetingId: ID!
    $agendaItemId: ID!
    $language: Language!
    $body: String!
    $baseVersion: Int!
  ) {
    saveMinutes(
      meetingId: $meetingId
      agendaItemId: $agendaItemId
      language: $language
      body: $body
      baseVersion: $baseVersion
    ) {
      __typename
      ... on SaveMinutesPayload {
        minutes {
          language
          body
          version
          updatedAt
          agendaItem { id meeting { id status version } }
        }
      }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

/** The minutes as the server has them now, for the conflict view. */
const CurrentMinutes = graphql(`
  query CurrentMinutes($id: ID!) {
    node(id: $id) {
      ... on Meeting { id agenda { id minutes { language body version updatedAt } } }
    }
  }
`);

export interface SavedMinutes {
  readonly body: string;
  readonly version: number;
  readonly updatedAt: string;
}

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "pending" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly at: string }
  | { readonly kind: "failed"; readonly failure: Failure }
  | { readonly kind: "personal-data"; readonly kinds: readonly string[] }
  | { readonly kind: "zawgyi" }
  | { readonly kind: "conflict" };

const AUTOSAVE_MS = 1500;

const newer = (a: SavedMinutes | undefined, b: SavedMinutes | undefined): SavedMinutes | undefined =>
  a === undefined ? b : b === undefined || a.version >= b.version ? a : b;

interface EditorProps {
  readonly meetingId: string;
  readonly itemId: string;
  readonly position: number;
  readonly language: Language;
  readonly languageName: string;
  /** The minutes in the page's data; may lag behind what this editor saved. */
  readonly saved: SavedMinutes | undefined;
  readonly restricted: boolean;
}

/**
 * One agenda item's minutes in one language. Autosaves 1.5 s after typing stops and on leaving the field,
 * based on the version it started from; keeps what was typed through failures, refetches and conflicts.
 */
export function MinutesEditor(props: EditorProps) {
  const { meetingId, itemId, language, restricted } = props;
  const t = useT(minutesMessages);
  const tc = useT(common);
  const format = useFormat();
  const kindList = useKindList();
  const client = useClient();
  const [, run] = useSubmit(SaveMinutes);
  const headingId = useId();

  // What this editor last saved or fetched, which the page's data may not show yet.
  const [known, setKnown] = useState<SavedMinutes | undefined>(undefined);
  const current = newer(known, props.saved);
  const currentRef = useRef(current);
  currentRef.current = current;

  // The unsaved text; null when the field shows the saved minutes.
  const [draft, setDraftState] = useState<Draft | null>(() => {
    if (restricted) return null;
    const stored = readDraft(meetingId, itemId, language);
    return stored !== null && stored.text !== props.saved?.body ? stored : null;
  });
  const draftRef = useRef(draft);
  const setDraft = useCallback(
    (next: Draft | null) => {
      draftRef.current = next;
      setDraftState(next);
      if (!restricted) writeDraft(meetingId, itemId, language, next);
    },
    [restricted, meetingId, itemId, language],
  );

  const [status, setStatus] = useState<Status>(() =>
    draft === null ? { kind: "idle" } : { kind: "pending" },
  );
  const [theirs, setTheirs] = useState<SavedMinutes | "loading" | null>(null);
  const conflictRef = useRef(false);
  conflictRef.current = theirs !== null;

  const text = draft?.text ?? current?.body ?? "";
  const check = useTextChecks(text, language);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef(false);
  const again = useRef(false);
  useEffect(() => () => clearTimeout(timer.current), []);

  const showConflict = useCallback(async () => {
    setTheirs("loading");
    setStatus({ kind: "conflict" });
    const result = await client
      .query(CurrentMinutes, { id: meetingId }, { requestPolicy: "network-only" })
      .toPromise();
    const node = result.data?.node;
    const item = node && "agenda" in node ? node.agenda.find((i) => i.id === itemId) : undefined;
    const found = item?.minutes.find((m) => m.language === language);
    setTheirs(found ? { body: found.body, version: found.version, updatedAt: found.updatedAt } : null);
    if (found === undefined) setStatus({ kind: "pending" });
  }, [client, meetingId, itemId, language]);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    const pending = draftRef.current;
    if (pending === null || conflictRef.current) return;
    if (saving.current) {
      again.current = true;
      return;
    }
    const checks = await loadTextChecks().catch(() => undefined);
    const found = checks?.checkText(pending.text, language);
    if (restricted && found && found.kinds.length > 0) {
      setStatus({ kind: "personal-data", kinds: found.kinds });
      return;
    }
    if (found?.zawgyi) {
      setStatus({ kind: "zawgyi" });
      return;
    }
    saving.current = true;
    setStatus({ kind: "saving" });
    const outcome = await run({
      meetingId,
      agendaItemId: itemId,
      language,
      body: pending.text,
      baseVersion: pending.base,
    });
    saving.current = false;
    if (outcome.ok) {
      const result = outcome.data.saveMinutes;
      if (result.__typename === "SaveMinutesPayload") {
        const m = result.minutes;
        setKnown({ body: m.body, version: m.version, updatedAt: m.updatedAt });
        const latest = draftRef.current;
        // Typed on while it saved: keep the newer text, now based on the version just written.
        setDraft(latest === null || latest.text === pending.text ? null : { ...latest, base: m.version });
        setStatus({ kind: "saved", at: m.updatedAt });
      }
    } else if (outcome.failure.kind === "conflict") {
      again.current = false;
      await showConflict();
      return;
    } else if (outcome.failure.kind === "personal-data") {
      setStatus({ kind: "personal-data", kinds: (outcome.failure.findings ?? []).map((f) => f.kind) });
    } else {
      setStatus({ kind: "failed", failure: outcome.failure });
    }
    if (again.current) {
      again.current = false;
      if (draftRef.current !== null && draftRef.current.text !== pending.text) await save();
    }
  }, [run, meetingId, itemId, language, restricted, setDraft, showConflict]);

  const onChange = (value: string) => {
    setDraft({ text: value, base: draftRef.current?.base ?? currentRef.current?.version ?? 0 });
    if (conflictRef.current) return;
    setStatus({ kind: "pending" });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
  };

  const onBlur = () => {
    if (draftRef.current !== null && !conflictRef.current && !saving.current) void save();
  };

  const convert = async () => {
    const checks = await loadTextChecks();
    onChange(checks.toUnicode(text));
  };

  const keepMine = () => {
    if (theirs === null || theirs === "loading") return;
    setKnown(theirs);
    setDraft({ text, base: theirs.version });
    setTheirs(null);
    conflictRef.current = false;
    void save();
  };

  const useTheirs = () => {
    if (theirs === null || theirs === "loading") return;
    setKnown(theirs);
    setDraft(null);
    setTheirs(null);
    setStatus({ kind: "idle" });
  };

  const statusText = (() => {
    switch (status.kind) {
      case "idle":
        return "";
      case "pending":
        return t("status.pending");
      case "saving":
        return t("status.saving");
      case "saved":
        return t("status.saved", { time: formatClock(status.at, format.language) });
      case "conflict":
        return t("status.conflict");
      case "zawgyi":
        return t("status.failed", { reason: t("reason.zawgyi") });
      case "personal-data":
        return t("status.failed", { reason: t("reason.personalData", { kinds: kindList(status.kinds) }) });
      case "failed":
        return t("status.failed", {
          reason: t("reason.retry", { message: failureText(status.failure, tc) }),
        });
    }
  })();

  const textarea = (
    <textarea
      className="minutes-editor__text"
      lang={language}
      rows={8}
      value={text}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur}
    />
  );

  return (
    <div className={theirs === null ? "minutes-editor" : "minutes-editor minutes-editor--conflict"}>
      {theirs === null ? (
        <Field
          label={t("label", { position: props.position, language: props.languageName })}
          hint={t("hint")}
        >
          {textarea}
        </Field>
      ) : (
        <section className="minutes-conflict" aria-labelledby={headingId}>
          <h4 id={headingId}>{t("conflict.title")}</h4>
          <Notice kind="warning">{t("conflict.intro")}</Notice>
          <div className="minutes-conflict__columns">
            <div className="minutes-conflict__theirs">
              {theirs === "loading" ? (
                <p role="status">{t("conflict.theirsLoading")}</p>
              ) : (
                <>
                  <h5>
                    {t("conflict.theirs", {
                      version: format.number(theirs.version),
                      time: formatClock(theirs.updatedAt, format.language),
                    })}
                  </h5>
                  <div className="minutes-text" lang={language}>
                    {theirs.body}
                  </div>
                </>
              )}
            </div>
            <div className="minutes-conflict__mine">
              <Field label={t("conflict.mine")}>{textarea}</Field>
            </div>
          </div>
          <div className="button-row">
            <Button variant="primary" onClick={keepMine} disabled={theirs === "loading"}>
              {t("conflict.keepMine")}
            </Button>
            <Button onClick={useTheirs} disabled={theirs === "loading"}>
              {t("conflict.useTheirs")}
            </Button>
          </div>
        </section>
      )}
      <TextWarnings check={check} restricted={restricted} onConvert={() => void convert()} />
      <p className="minutes-editor__status" role="status" aria-live="polite">
        {statusText}
      </p>
    </div>
  );
}

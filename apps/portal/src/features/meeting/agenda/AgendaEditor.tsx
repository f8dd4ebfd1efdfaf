import { useEffect, useRef, useState } from "react";
import { type Failure, FailureFields } from "../../../api/failure.ts";
import { localized } from "../../../api/localized.ts";
import { useSubmit } from "../../../api/mutation.ts";
import { graphql } from "../../../graphql.ts";
import { common } from "../../../i18n/common.messages.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { Button } from "../../../ui/Button.tsx";
import { FailureNotice, Notice } from "../../../ui/Notice.tsx";
import { AgendaItemForm, EMPTY_DRAFT, type ItemDraft, itemInput } from "./AgendaItemForm.tsx";
import { type AgendaData, type AgendaItemData as Item, ItemSummary } from "./AgendaSection.tsx";
import { agenda as messages } from "./agenda.messages.ts";

const AddAgendaItem = graphql(
  `
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      __typename
      ... on AgendaItem { id position kind durationMinutes title { en th my } presenter { id } link { clause sopStepKey agreement { id } } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const UpdateAgendaItem = graphql(
  `
  mutation UpdateAgendaItem($id: ID!, $input: UpdateAgendaItemInput!) {
    updateAgendaItem(id: $id, input: $input) {
      __typename
      ... on AgendaItem { id position kind durationMinutes title { en th my } presenter { id } link { clause sopStepKey agreement { id } } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const RemoveAgendaItem = graphql(
  `
  mutation RemoveAgendaItem($id: ID!) {
    removeAgendaItem(id: $id) {
      __typename
      ... on Meeting { id agenda { id position } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const ReorderAgenda = graphql(
  `
  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {
    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {
      __typename
      ... on Meeting { id agenda { id position } }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const draftOf = (item: Item): ItemDraft => ({
  title: { en: item.title.en, th: item.title.th ?? "", my: item.title.my ?? "" },
  kind: item.kind,
  presenterId: item.presenter?.id ?? "",
  duration: item.durationMinutes == null ? "" : String(item.durationMinutes),
  agreementId: item.link?.agreement.id ?? "",
  clause: item.link?.clause ?? "",
  sopStepKey: item.link?.sopStepKey ?? "",
});

type Mode = { kind: "add" } | { kind: "edit"; id: string } | { kind: "remove"; id: string } | null;

/** The coordinator's agenda: each item with move up/down, edit and remove; a form to add one. */
export function AgendaEditor({ meeting, refresh }: { meeting: AgendaData; refresh: () => void }) {
  const t = useT(messages);
  const tc = useT(common);
  const { language } = useFormat();
  const [mode, setMode] = useState<Mode>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [status, setStatus] = useState("");
  const [adding, add] = useSubmit(AddAgendaItem);
  const [updating, update] = useSubmit(UpdateAgendaItem);
  const [removing, remove] = useSubmit(RemoveAgendaItem);
  const [moving, reorder] = useSubmit(ReorderAgenda);
  const list = useRef<HTMLOListElement>(null);
  /** After a move, focus stays on the moved item's button (or its other one at the top or bottom). */
  const [refocus, setRefocus] = useState<{ id: string; direction: "up" | "down" } | null>(null);
  const order = meeting.agenda.map((i) => i.id).join(" ");
  useEffect(() => {
    if (refocus === null || order === "") return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>(`[data-item="${refocus.id}"]`);
    const wanted = [...(buttons ?? [])].find((b) => b.dataset.direction === refocus.direction && !b.disabled);
    (wanted ?? [...(buttons ?? [])].find((b) => !b.disabled))?.focus();
  }, [order, refocus]);

  const titleOf = (item: Item) => localized(item.title, language);
  const open = (next: Mode) => {
    setFailure(null);
    setStatus("");
    setMode(next);
  };
  const done = (message: string) => {
    setFailure(null);
    setMode(null);
    setStatus(message);
    refresh();
  };

  const submitAdd = async (draft: ItemDraft) => {
    const input = itemInput(draft, language);
    const result = await add({ input: { ...input, meetingId: meeting.id, kind: draft.kind } });
    if (!result.ok) return setFailure(result.failure);
    done(t("added", { title: draft.title[language] || input.title.en }));
  };
  const submitEdit = async (id: string, draft: ItemDraft) => {
    const input = itemInput(draft, language);
    const result = await update({ id, input });
    if (!result.ok) return setFailure(result.failure);
    done(t("updated", { title: draft.title[language] || input.title.en }));
  };
  const confirmRemove = async (item: Item) => {
    const result = await remove({ id: item.id });
    if (!result.ok) return setFailure(result.failure);
    done(t("removed", { title: titleOf(item) }));
  };
  const move = async (item: Item, direction: "up" | "down") => {
    const ids = meeting.agenda.map((i) => i.id);
    const from = ids.indexOf(item.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    setFailure(null);
    setStatus("");
    const result = await reorder({ meetingId: meeting.id, itemIds: ids });
    if (!result.ok) return setFailure(result.failure);
    setRefocus({ id: item.id, direction });
    done(t("moved", { title: titleOf(item), position: to + 1 }));
  };

  const formProps = (heading: string) => ({
    heading,
    presenters: meeting.series.members,
    failure,
    onCancel: () => open(null),
  });

  return (
    <>
      <ol className="agenda-list" ref={list}>
        {meeting.agenda.map((item, index) => {
          const title = titleOf(item);
          if (mode?.kind === "edit" && mode.id === item.id) {
            return (
              <li key={item.id} className="agenda-item">
                <AgendaItemForm
                  {...formProps(t("editTitle", { title }))}
                  initial={draftOf(item)}
                  withKind={false}
                  busy={updating}
                  onSubmit={(draft) => void submitEdit(item.id, draft)}
                />
              </li>
            );
          }
          return (
            <li key={item.id} className="agenda-item">
              <ItemSummary item={item} />
              {mode?.kind === "remove" && mode.id === item.id ? (
                <fieldset className="agenda-confirm">
                  <legend>{t("confirmRemove", { title })}</legend>
                  <FailureNotice failure={failure} />
                  <div className="button-row">
                    <Button variant="danger" busy={removing} onClick={() => void confirmRemove(item)}>
                      {t("confirm")}
                    </Button>
                    <Button onClick={() => open(null)}>{t("keep")}</Button>
                  </div>
                </fieldset>
              ) : (
                <div className="button-row agenda-item__tools">
                  <Button
                    data-item={item.id}
                    data-direction="up"
                    aria-label={t("moveUp", { title })}
                    disabled={index === 0}
                    busy={moving}
                    onClick={() => void move(item, "up")}
                  >
                    ↑
                  </Button>
                  <Button
                    data-item={item.id}
                    data-direction="down"
                    aria-label={t("moveDown", { title })}
                    disabled={index === meeting.agenda.length - 1}
                    busy={moving}
                    onClick={() => void move(item, "down")}
                  >
                    ↓
                  </Button>
                  <Button
                    aria-label={t("edit", { title })}
                    onClick={() => open({ kind: "edit", id: item.id })}
                  >
                    {tc("action.edit")}
                  </Button>
                  <Button
                    variant="danger"
                    aria-label={t("remove", { title })}
                    onClick={() => open({ kind: "remove", id: item.id })}
                  >
                    {tc("action.remove")}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {mode?.kind === "add" ? (
        <AgendaItemForm
          {...formProps(t("addTitle"))}
          initial={EMPTY_DRAFT}
          withKind
          busy={adding}
          onSubmit={(draft) => void submitAdd(draft)}
        />
      ) : (
        <div className="button-row">
          <Button variant="primary" onClick={() => open({ kind: "add" })}>
            {t("add")}
          </Button>
        </div>
      )}
      {mode === null ? <FailureNotice failure={failure} /> : null}
      <div aria-live="polite">{status ? <Notice kind="success">{status}</Notice> : null}</div>
    </>
  );
}

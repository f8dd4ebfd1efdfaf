import { type DomainError, domainError } from "../shared/errors.ts";
import type { AgendaItemId, AgreementId, MeetingId, OrganizationId } from "../shared/ids.ts";
import type { LocalizedText } from "../shared/language.ts";
import { err, ok, type Result } from "../shared/result.ts";

/** What an agenda item (or an action) refers to: an agreement, optionally one clause or SOP step of it. */
export interface AgreementLink {
  readonly agreementId: AgreementId;
  readonly clause?: string;
  readonly sopStepKey?: string;
}

export const AGENDA_ITEM_KINDS = ["regular", "matters_arising"] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export interface AgendaItem {
  readonly id: AgendaItemId;
  readonly meetingId: MeetingId;
  /** 1…n without gaps. */
  readonly position: number;
  readonly kind: AgendaItemKind;
  readonly title: LocalizedText;
  readonly presenterId?: OrganizationId;
  readonly durationMinutes?: number;
  readonly link?: AgreementLink;
}

export type AgendaError = DomainError<"AGENDA.NOT_A_PERMUTATION">;

/** Reorders items to the order of `orderedIds`, which must name every item exactly once. */
export function reorderAgenda<T extends AgendaItem>(
  items: readonly T[],
  orderedIds: readonly AgendaItemId[],
): Result<T[], AgendaError> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const unique = new Set(orderedIds);
  if (
    unique.size !== orderedIds.length ||
    unique.size !== items.length ||
    orderedIds.some((id) => !byId.has(id))
  ) {
    return err(
      domainError("AGENDA.NOT_A_PERMUTATION", { expected: items.length, received: orderedIds.length }),
    );
  }
  return ok(orderedIds.map((id, index) => ({ ...(byId.get(id) as T), position: index + 1 })));
}

/** Appends an item at the end, or inserts it at `position` and shifts the rest down. */
export function insertAgendaItem<T extends AgendaItem>(
  items: readonly T[],
  item: Omit<T, "position">,
  position?: number,
): T[] {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const at = Math.min(Math.max(1, position ?? sorted.length + 1), sorted.length + 1);
  sorted.splice(at - 1, 0, { ...item, position: at } as T);
  return sorted.map((i, index) => ({ ...i, position: index + 1 }));
}

export function removeAgendaItem<T extends AgendaItem>(items: readonly T[], id: AgendaItemId): T[] {
  return items
    .filter((i) => i.id !== id)
    .sort((a, b) => a.position - b.position)
    .map((i, index) => ({ ...i, position: index + 1 }));
}

/** Total planned minutes of the items that have a duration. */
export const agendaMinutes = (items: readonly Pick<AgendaItem, "durationMinutes">[]): number =>
  items.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);

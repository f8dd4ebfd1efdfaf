import type { AgendaItemId, DecisionId, MeetingId, UserId } from "../shared/ids.ts";
import type { Language, LocalizedText } from "../shared/language.ts";
import type { Instant } from "../shared/time.ts";

/**
 * The minutes of one agenda item in one language, versioned: every save names the version it edited,
 * and a save based on an older version is refused with CONFLICT (see shared/concurrency.ts).
 */
export interface Minutes {
  readonly meetingId: MeetingId;
  readonly agendaItemId: AgendaItemId;
  readonly language: Language;
  readonly body: string;
  readonly version: number;
  readonly updatedAt: Instant;
  readonly updatedBy?: UserId;
}

export interface Decision {
  readonly id: DecisionId;
  readonly meetingId: MeetingId;
  readonly agendaItemId?: AgendaItemId;
  /** 1…n within the meeting, as minutes cite them ("Decision 3"). */
  readonly position: number;
  readonly text: LocalizedText;
}

/** Agenda items that have minutes with text in at least one language. */
export function minutedItems(minutes: readonly Pick<Minutes, "agendaItemId" | "body">[]): Set<AgendaItemId> {
  return new Set(minutes.filter((m) => m.body.trim() !== "").map((m) => m.agendaItemId));
}

/** The languages each agenda item still lacks minutes in, for the coordinator's checklist before circulating. */
export function missingTranslations(
  itemIds: readonly AgendaItemId[],
  minutes: readonly Pick<Minutes, "agendaItemId" | "body" | "language">[],
  languages: readonly Language[],
): { readonly agendaItemId: AgendaItemId; readonly languages: readonly Language[] }[] {
  const have = new Set(
    minutes.filter((m) => m.body.trim() !== "").map((m) => `${m.agendaItemId}|${m.language}`),
  );
  return itemIds
    .map((agendaItemId) => ({
      agendaItemId,
      languages: languages.filter((l) => !have.has(`${agendaItemId}|${l}`)),
    }))
    .filter((row) => row.languages.length > 0);
}

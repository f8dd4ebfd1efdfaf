/** What happened or will happen to an agreement, as the timeline lists it. */
export type TimelineKind =
  | "cabinetApproved"
  | "signed"
  | "inForce"
  | "reviewStarted"
  | "reviewDue"
  | "expires"
  | "effectiveExpiry"
  | "ended";

export interface TimelineEvent {
  readonly kind: TimelineKind;
  readonly date: string;
}

export interface TimelineDates {
  readonly cabinetApprovedOn?: string | null;
  readonly signedOn?: string | null;
  readonly inForceOn?: string | null;
  readonly reviewStartedOn?: string | null;
  readonly reviewDueOn?: string | null;
  readonly expiresOn?: string | null;
  readonly endedOn?: string | null;
}

// Same-day events keep the lifecycle's order (signed before in force).
const ORDER: readonly TimelineKind[] = [
  "cabinetApproved",
  "signed",
  "inForce",
  "reviewStarted",
  "reviewDue",
  "expires",
  "effectiveExpiry",
  "ended",
];

/**
 * The recorded dates in order, with the effective expiry when automatic renewal moved it past the recorded
 * one. ISO dates compare as strings.
 */
export function timelineOf(
  dates: TimelineDates,
  effectiveExpiry: string | null | undefined,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const add = (kind: TimelineKind, date: string | null | undefined) => {
    if (date) events.push({ kind, date });
  };
  add("cabinetApproved", dates.cabinetApprovedOn);
  add("signed", dates.signedOn);
  add("inForce", dates.inForceOn);
  add("reviewStarted", dates.reviewStartedOn);
  add("reviewDue", dates.reviewDueOn);
  add("expires", dates.expiresOn);
  if (effectiveExpiry && effectiveExpiry !== dates.expiresOn) add("effectiveExpiry", effectiveExpiry);
  add("ended", dates.endedOn);
  return events.sort((a, b) =>
    a.date === b.date ? ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) : a.date < b.date ? -1 : 1,
  );
}

/** Where today falls: the index of the first event after today (events.length when all have passed). */
export const todayIndex = (events: readonly TimelineEvent[], today: string): number => {
  const i = events.findIndex((e) => e.date > today);
  return i === -1 ? events.length : i;
};

/** Today's date in Thailand (UTC+7, no daylight saving), where the agreements' dates apply. */
export const todayInThailand = (now: Date = new Date()): string =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

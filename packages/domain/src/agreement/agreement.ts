import { Temporal } from "temporal-polyfill";
import type { Country } from "../organization/organization.ts";
import { type DomainError, domainError } from "../shared/errors.ts";
import { createsCycle } from "../shared/hierarchy.ts";
import type { AgreementId, OrganizationId } from "../shared/ids.ts";
import type { LocalizedText } from "../shared/language.ts";
import { allowedEvents, type TransitionTable, transition } from "../shared/lifecycle.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { addDays, compareDates, daysBetween, type PlainDate } from "../shared/time.ts";

export const AGREEMENT_KINDS = [
  "mou",
  "sop",
  "annex",
  "plan_of_action",
  "convention",
  "partnership_mou",
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = [
  "draft",
  "negotiating",
  "signed",
  "in_force",
  "under_review",
  "expired",
  "terminated",
  "superseded",
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const FINAL_AGREEMENT_STATUSES: readonly AgreementStatus[] = ["expired", "terminated", "superseded"];

/** A party is a government (represented by a ministry) or an organization such as IOM. */
export type PartyRef =
  | { readonly kind: "government"; readonly country: Country; readonly organizationId?: OrganizationId }
  | { readonly kind: "organization"; readonly organizationId: OrganizationId };

export interface Signatory {
  readonly name: string;
  readonly title: string;
  readonly signedOn?: PlainDate;
}

export interface Party {
  readonly ref: PartyRef;
  readonly signatories: readonly Signatory[];
}

/** A numbered clause: the 2007 MSDHS–IOM MOU has five ("1" … "5"); sub-clauses as "3.2". */
export interface CooperationArea {
  readonly number: string;
  readonly title: LocalizedText;
}

export interface AgreementDates {
  readonly cabinetApprovedOn?: PlainDate;
  readonly signedOn?: PlainDate;
  readonly inForceOn?: PlainDate;
  readonly reviewStartedOn?: PlainDate;
  readonly reviewDueOn?: PlainDate;
  readonly expiresOn?: PlainDate;
  /** When it was terminated, superseded or expired early. */
  readonly endedOn?: PlainDate;
}

export type Renewal =
  | { readonly kind: "none" }
  /** Renews itself for `periodMonths` unless a party gives notice `noticeDays` before expiry. */
  | { readonly kind: "automatic"; readonly periodMonths: number; readonly noticeDays?: number }
  /** Renewed only by a new decision of the parties (a new or amended instrument). */
  | { readonly kind: "by_agreement" };

export interface Agreement {
  readonly id: AgreementId;
  readonly kind: AgreementKind;
  readonly title: LocalizedText;
  readonly status: AgreementStatus;
  readonly version: number;
  readonly parties: readonly Party[];
  readonly areas: readonly CooperationArea[];
  readonly dates: AgreementDates;
  readonly renewal: Renewal;
  /** The MOU an SOP, annex or plan of action implements. */
  readonly parentId?: AgreementId;
  readonly supersedesId?: AgreementId;
  readonly supersededById?: AgreementId;
}

export type AgreementEvent =
  | { readonly type: "start_negotiation" }
  | { readonly type: "sign"; readonly on: PlainDate }
  | { readonly type: "bring_into_force"; readonly on: PlainDate }
  | { readonly type: "start_review"; readonly on: PlainDate }
  | { readonly type: "complete_review"; readonly on: PlainDate; readonly nextReviewDueOn?: PlainDate }
  | { readonly type: "expire"; readonly on: PlainDate }
  | { readonly type: "terminate"; readonly on: PlainDate }
  | { readonly type: "supersede"; readonly on: PlainDate; readonly by: AgreementId };
export type AgreementEventType = AgreementEvent["type"];

const LIVE = ["signed", "in_force", "under_review"] as const satisfies readonly AgreementStatus[];

export const AGREEMENT_LIFECYCLE: TransitionTable<AgreementStatus, AgreementEventType> = {
  start_negotiation: { from: ["draft"], to: "negotiating" },
  sign: { from: ["negotiating"], to: "signed" },
  bring_into_force: { from: ["signed"], to: "in_force" },
  start_review: { from: ["in_force"], to: "under_review" },
  complete_review: { from: ["under_review"], to: "in_force" },
  expire: { from: ["in_force", "under_review"], to: "expired" },
  terminate: { from: ["negotiating", ...LIVE], to: "terminated" },
  supersede: { from: LIVE, to: "superseded" },
};

export type AgreementError =
  | DomainError<"AGREEMENT.TRANSITION_FORBIDDEN">
  | DomainError<"AGREEMENT.TOO_FEW_PARTIES">
  | DomainError<"AGREEMENT.UNSIGNED_PARTY">
  | DomainError<"AGREEMENT.DATE_BEFORE_PREVIOUS">
  | DomainError<"AGREEMENT.SUPERSEDES_ITSELF">
  | DomainError<"AGREEMENT.TERMS_LOCKED">
  | DomainError<"AGREEMENT.SELF_REFERENCE">
  | DomainError<"AGREEMENT.PARENT_CYCLE">;

export const agreementEvents = (agreement: Agreement): AgreementEventType[] =>
  allowedEvents(AGREEMENT_LIFECYCLE, agreement.status);

/** The latest date already recorded: no later step may be dated before it. */
function lastRecordedDate(dates: AgreementDates): PlainDate | undefined {
  return [dates.signedOn, dates.inForceOn, dates.reviewStartedOn]
    .filter((d): d is PlainDate => d !== undefined)
    .sort(compareDates)
    .at(-1);
}

/** Applies a lifecycle event; the agreement's version is raised by the store, not here. */
export function applyAgreementEvent(
  agreement: Agreement,
  event: AgreementEvent,
): Result<Agreement, AgreementError> {
  const next = transition(
    AGREEMENT_LIFECYCLE,
    "AGREEMENT.TRANSITION_FORBIDDEN",
    agreement.status,
    event.type,
  );
  if (!next.ok) return next;
  const status = next.value;
  if (event.type === "start_negotiation") return ok({ ...agreement, status });

  const previous = lastRecordedDate(agreement.dates);
  if (previous !== undefined && compareDates(event.on, previous) < 0) {
    return err(domainError("AGREEMENT.DATE_BEFORE_PREVIOUS", { date: event.on, previous }));
  }
  const { dates } = agreement;
  switch (event.type) {
    case "sign": {
      if (agreement.parties.length < 2) {
        return err(domainError("AGREEMENT.TOO_FEW_PARTIES", { count: agreement.parties.length }));
      }
      const unsigned = agreement.parties.findIndex((p) => p.signatories.length === 0);
      if (unsigned >= 0) return err(domainError("AGREEMENT.UNSIGNED_PARTY", { party: unsigned }));
      const parties = agreement.parties.map((p) => ({
        ...p,
        signatories: p.signatories.map((s) => (s.signedOn === undefined ? { ...s, signedOn: event.on } : s)),
      }));
      return ok({ ...agreement, status, parties, dates: { ...dates, signedOn: event.on } });
    }
    case "bring_into_force":
      return ok({ ...agreement, status, dates: { ...dates, inForceOn: event.on } });
    case "start_review":
      return ok({ ...agreement, status, dates: { ...dates, reviewStartedOn: event.on } });
    case "complete_review": {
      const { reviewStartedOn: _, ...rest } = dates;
      const reviewDueOn = event.nextReviewDueOn;
      return ok({ ...agreement, status, dates: reviewDueOn === undefined ? rest : { ...rest, reviewDueOn } });
    }
    case "supersede":
      if (event.by === agreement.id) return err(domainError("AGREEMENT.SUPERSEDES_ITSELF"));
      return ok({ ...agreement, status, supersededById: event.by, dates: { ...dates, endedOn: event.on } });
    case "expire":
    case "terminate":
      return ok({ ...agreement, status, dates: { ...dates, endedOn: event.on } });
  }
}

/** The expiry that applies on `date`: automatic renewals roll the last expiry forward by whole periods. */
export function effectiveExpiry(agreement: Agreement, date: PlainDate): PlainDate | undefined {
  const { expiresOn } = agreement.dates;
  if (expiresOn === undefined || agreement.renewal.kind !== "automatic") return expiresOn;
  if (agreement.status === "terminated" || agreement.status === "superseded") return expiresOn;
  const months = agreement.renewal.periodMonths;
  let expiry = Temporal.PlainDate.from(expiresOn);
  const on = Temporal.PlainDate.from(date);
  while (Temporal.PlainDate.compare(expiry, on) <= 0) expiry = expiry.add({ months });
  return expiry.toString() as PlainDate;
}

/**
 * The status an agreement had (or will have) on `date`, from its recorded dates: answers "was the
 * 2009 MOU in force when this meeting was held?" and lets lists show expiries as they happen.
 */
export function agreementStatusOn(agreement: Agreement, date: PlainDate): AgreementStatus {
  const { dates, status } = agreement;
  const reached = (d: PlainDate | undefined) => d !== undefined && compareDates(d, date) <= 0;
  if (FINAL_AGREEMENT_STATUSES.includes(status) && reached(dates.endedOn)) return status;
  if (reached(dates.signedOn) && reached(effectiveExpiry(agreement, date))) return "expired";
  if (status === "under_review" && reached(dates.reviewStartedOn)) return "under_review";
  if (reached(dates.inForceOn)) return "in_force";
  if (reached(dates.signedOn)) return "signed";
  return status === "draft" ? "draft" : "negotiating";
}

/** Agreements in force (or signed) on `today` whose expiry falls within the next `days` days. */
export function expiringWithin<A extends Agreement>(
  agreements: readonly A[],
  today: PlainDate,
  days: number,
): A[] {
  const horizon = addDays(today, days);
  return agreements
    .filter((a) => (LIVE as readonly AgreementStatus[]).includes(agreementStatusOn(a, today)))
    .map((a) => ({ a, expiry: effectiveExpiry(a, today) }))
    .filter(({ expiry }) => expiry !== undefined && compareDates(expiry, horizon) <= 0)
    .sort((x, y) => compareDates(x.expiry as PlainDate, y.expiry as PlainDate))
    .map(({ a }) => a);
}

export const REMINDER_THRESHOLDS = [180, 90, 30] as const;

export interface Reminder {
  readonly kind: "expiry" | "review";
  /** The smallest threshold (180, 90, 30 days) the date has come within; 0 once it has passed. */
  readonly threshold: number;
  readonly dueOn: PlainDate;
  readonly daysLeft: number;
}

/** Renewal and review reminders due on `today`, at 180, 90 and 30 days before the date. */
export function remindersDue(agreement: Agreement, today: PlainDate): Reminder[] {
  const status = agreementStatusOn(agreement, today);
  if (!(LIVE as readonly AgreementStatus[]).includes(status)) return [];
  const candidates: [Reminder["kind"], PlainDate | undefined][] = [
    ["expiry", effectiveExpiry(agreement, today)],
    ["review", status === "under_review" ? undefined : agreement.dates.reviewDueOn],
  ];
  return candidates.flatMap(([kind, dueOn]) => {
    if (dueOn === undefined) return [];
    const daysLeft = daysBetween(today, dueOn);
    if (daysLeft > REMINDER_THRESHOLDS[0]) return [];
    const threshold = daysLeft < 0 ? 0 : Math.min(...REMINDER_THRESHOLDS.filter((t) => daysLeft <= t));
    return [{ kind, threshold, dueOn, daysLeft }];
  });
}

/** Parties, areas and kind are the negotiated terms: once signed they change only by a new instrument. */
const TERMS = ["kind", "parties", "areas"] as const;
const OPEN_TERMS: readonly AgreementStatus[] = ["draft", "negotiating"];

/**
 * Checks an edit against the agreement as stored: terms are locked after signing (amend by a new
 * agreement that supersedes it), and parent or predecessor may not be the agreement itself or one of
 * its own descendants.
 */
export function checkAgreementEdit(
  agreement: Agreement,
  edit: { readonly [K in (typeof TERMS)[number] | "parentId" | "supersedesId"]?: unknown },
  parentOf: (id: AgreementId) => AgreementId | undefined,
): Result<Agreement, AgreementError> {
  const locked = TERMS.filter((field) => edit[field] !== undefined);
  if (locked.length > 0 && !OPEN_TERMS.includes(agreement.status)) {
    return err(domainError("AGREEMENT.TERMS_LOCKED", { status: agreement.status, fields: locked }));
  }
  const parentId = edit.parentId as AgreementId | null | undefined;
  if (parentId === agreement.id || edit.supersedesId === agreement.id) {
    return err(domainError("AGREEMENT.SELF_REFERENCE"));
  }
  if (parentId && createsCycle(agreement.id, parentId, parentOf)) {
    return err(domainError("AGREEMENT.PARENT_CYCLE", { parentId }));
  }
  return ok(agreement);
}

import { z } from "zod";
import { COUNTRIES, type Country } from "../organization/organization.ts";
import { type DomainError, domainError } from "../shared/errors.ts";
import type { Brand, OrganizationId } from "../shared/ids.ts";
import { allowedEvents, type TransitionTable, transition } from "../shared/lifecycle.ts";
import { err, ok, type Result } from "../shared/result.ts";

/**
 * A case is known to Moei only by an opaque code (`CMM30-L017`, `CASE-2568-TAK-0042`) and aggregate
 * fields. The key linking a code to a person stays with the case-holding agency, outside Moei.
 */
export type CaseCode = Brand<string, "CaseCode">;

/** Upper-case letters and digits in 2–5 dash-separated groups: no room for a name or an ID number. */
const CASE_CODE = /^[A-Z][A-Z0-9]{1,11}(-[A-Z0-9]{1,8}){1,4}$/;
/** A run of 9 or more digits is an identifier (ID card, phone, passport), never a case sequence. */
const LONG_DIGITS = /\d{9,}/;

export type CaseCodeError = DomainError<"CASE.INVALID_CODE">;

export function parseCaseCode(value: string): Result<CaseCode, CaseCodeError> {
  const code = value.trim().toUpperCase();
  return CASE_CODE.test(code) && !LONG_DIGITS.test(code.replaceAll("-", ""))
    ? ok(code as CaseCode)
    : err(domainError("CASE.INVALID_CODE"));
}

export const caseCodeSchema = z.string().transform((value, ctx) => {
  const parsed = parseCaseCode(value);
  if (parsed.ok) return parsed.value;
  // The input is not echoed back: it may be exactly the personal data the code must not carry.
  ctx.addIssue({ code: "custom", message: "validation.invalid_case_code" });
  return z.NEVER;
});

export const SEXES = ["female", "male", "other", "undisclosed"] as const;
export type Sex = (typeof SEXES)[number];

export const AGE_BANDS = ["0-11", "12-17", "18-24", "25-39", "40-59", "60+", "unknown"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** Child cases get stricter access. */
export const isChild = (band: AgeBand): boolean => band === "0-11" || band === "12-17";

export const EXPLOITATION_TYPES = [
  "labour",
  "fishing",
  "domestic_work",
  "sexual",
  "forced_begging",
  "online_scam",
  "forced_marriage",
  "other",
] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

export const CASE_STATUSES = [
  "referred",
  "identified",
  "sheltered",
  "nationality_verification",
  "family_assessment",
  "return_scheduled",
  "handed_over",
  "reintegration_followup",
  "closed",
  "not_identified",
  "witness_hold",
  "withdrawn",
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface CaseReference {
  readonly code: CaseCode;
  readonly nationality: Country;
  readonly sex: Sex;
  readonly ageBand: AgeBand;
  readonly exploitationType: ExploitationType;
  readonly owningOrganizationIds: readonly OrganizationId[];
  readonly status: CaseStatus;
  readonly version: number;
}

export type CaseEvent =
  | "identify"
  | "not_identified"
  | "shelter"
  | "request_verification"
  | "assess_family"
  | "schedule_return"
  | "hand_over"
  | "follow_up"
  | "close"
  | "hold_as_witness"
  | "release_witness"
  | "withdraw";

const IN_PROCESS = [
  "identified",
  "sheltered",
  "nationality_verification",
  "family_assessment",
  "return_scheduled",
] as const satisfies readonly CaseStatus[];

/** The bilateral return and reintegration SOP, step by step (DOMAIN.md §3). */
export const CASE_LIFECYCLE: TransitionTable<CaseStatus, CaseEvent> = {
  identify: { from: ["referred"], to: "identified" },
  not_identified: { from: ["referred"], to: "not_identified" },
  shelter: { from: ["identified"], to: "sheltered" },
  request_verification: { from: ["sheltered"], to: "nationality_verification" },
  assess_family: { from: ["nationality_verification"], to: "family_assessment" },
  schedule_return: { from: ["family_assessment"], to: "return_scheduled" },
  hand_over: { from: ["return_scheduled"], to: "handed_over" },
  follow_up: { from: ["handed_over"], to: "reintegration_followup" },
  close: { from: ["reintegration_followup", "not_identified", "withdrawn"], to: "closed" },
  // Witnesses in a prosecution are held back until the case no longer needs them.
  hold_as_witness: { from: IN_PROCESS, to: "witness_hold" },
  release_witness: { from: ["witness_hold"], to: "sheltered" },
  withdraw: { from: ["referred", ...IN_PROCESS, "witness_hold"], to: "withdrawn" },
};

export type CaseError = DomainError<"CASE.TRANSITION_FORBIDDEN"> | DomainError<"CASE.NO_OWNER">;

/** A case with no owning organization would be visible to nobody; it needs at least one. */
export function checkCaseOwners(ids: readonly OrganizationId[]): Result<OrganizationId[], CaseError> {
  const owners = [...new Set(ids)];
  return owners.length === 0 ? err(domainError("CASE.NO_OWNER")) : ok(owners);
}

export function applyCaseEvent(c: CaseReference, event: CaseEvent): Result<CaseReference, CaseError> {
  const next = transition(CASE_LIFECYCLE, "CASE.TRANSITION_FORBIDDEN", c.status, event);
  return next.ok ? ok({ ...c, status: next.value }) : next;
}

export const caseEvents = (c: Pick<CaseReference, "status">): CaseEvent[] =>
  allowedEvents(CASE_LIFECYCLE, c.status);

export const caseReferenceInputSchema = z.strictObject({
  code: caseCodeSchema,
  nationality: z.enum(COUNTRIES, { error: "validation.invalid_choice" }),
  sex: z.enum(SEXES, { error: "validation.invalid_choice" }),
  ageBand: z.enum(AGE_BANDS, { error: "validation.invalid_choice" }),
  exploitationType: z.enum(EXPLOITATION_TYPES, { error: "validation.invalid_choice" }),
});

/** Counts below this are shown as "fewer than 5": small cells can identify a person. */
export const SMALL_CELL = 5;

export type AggregateKey = "nationality" | "sex" | "ageBand" | "exploitationType" | "status";

export interface AggregateRow {
  readonly group: Readonly<Partial<Record<AggregateKey, string>>>;
  /** The count, or undefined where it is under SMALL_CELL and suppressed. */
  readonly count: number | undefined;
}

/** Counts cases grouped by the given fields, suppressing small cells, for minutes and open data. */
export function aggregateCases(cases: readonly CaseReference[], by: readonly AggregateKey[]): AggregateRow[] {
  const counts = new Map<string, { group: Partial<Record<AggregateKey, string>>; count: number }>();
  for (const c of cases) {
    const group = Object.fromEntries(by.map((k) => [k, c[k]])) as Partial<Record<AggregateKey, string>>;
    const key = JSON.stringify(group);
    const row = counts.get(key) ?? { group, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  return [...counts.values()]
    .sort((a, b) => JSON.stringify(a.group).localeCompare(JSON.stringify(b.group)))
    .map(({ group, count }) => ({ group, count: count < SMALL_CELL ? undefined : count }));
}

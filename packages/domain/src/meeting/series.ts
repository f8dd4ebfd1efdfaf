import type { Country } from "../organization/organization.ts";
import type { Confidentiality } from "../shared/confidentiality.ts";
import { type DomainError, domainError } from "../shared/errors.ts";
import type { AgreementId, OrganizationId, SeriesId } from "../shared/ids.ts";
import type { Language, LocalizedText } from "../shared/language.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { BANGKOK, type Instant, type LocalDateTime, type TimeZone, YANGON } from "../shared/time.ts";
import type { NumberingScheme } from "./numbering.ts";
import { type Cadence, nextOccurrences, type Occurrence, type OccurrenceException } from "./recurrence.ts";

export const SERIES_KINDS = [
  "bcatip",
  "case_management",
  "ngo_coordination",
  "provincial_subcommittee",
  "workshop",
  "other",
] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

/** The chair on one side of a cross-border series (the Ranong PSDHS head; the Kawthaung police commander). */
export interface Chair {
  readonly side: Country;
  readonly organizationId: OrganizationId;
  readonly title?: string;
}

export interface MeetingSeries {
  readonly id: SeriesId;
  readonly kind: SeriesKind;
  readonly name: LocalizedText;
  readonly memberIds: readonly OrganizationId[];
  readonly chairs: readonly Chair[];
  readonly secretariatId: OrganizationId;
  /** The countries whose delegations meet; two or more make the series cross-border. */
  readonly countries: readonly Country[];
  readonly cadence?: Cadence;
  readonly numbering: NumberingScheme;
  readonly confidentiality: Confidentiality;
  readonly languages: readonly Language[];
  /** Share of members (present or remote) needed for decisions, 0–1; none when the series sets no quorum. */
  readonly quorum?: number;
  /** The MOU or SOP the series carries out (BCATIPs carry out the 2009 Thailand–Myanmar MOU). */
  readonly legalBasisId?: AgreementId;
  readonly active: boolean;
}

const COUNTRY_ZONES: Partial<Record<Country, TimeZone>> = {
  TH: BANGKOK,
  MM: YANGON,
  KH: "Asia/Phnom_Penh" as TimeZone,
  LA: "Asia/Vientiane" as TimeZone,
  VN: "Asia/Ho_Chi_Minh" as TimeZone,
  CN: "Asia/Shanghai" as TimeZone,
  MY: "Asia/Kuala_Lumpur" as TimeZone,
};

/** The zones a meeting page shows times in: one per country, distinct, in the series' order. */
export function displayZones(series: Pick<MeetingSeries, "countries">, hostZone: TimeZone): TimeZone[] {
  const zones = [hostZone, ...series.countries.map((c) => COUNTRY_ZONES[c] ?? hostZone)];
  return [...new Set(zones)];
}

export const isCrossBorder = (series: Pick<MeetingSeries, "countries">): boolean =>
  new Set(series.countries).size > 1;

export type SeriesError =
  | DomainError<"SERIES.ALREADY_MEMBER">
  | DomainError<"SERIES.NOT_MEMBER">
  | DomainError<"SERIES.SECRETARIAT_NOT_MEMBER">
  | DomainError<"SERIES.NO_CADENCE">
  | DomainError<"SERIES.NO_FREE_OCCURRENCE">;

/** Scheduling "the next meetings" needs a cadence; ad hoc series schedule one meeting at a time. */
export function requireCadence(series: Pick<MeetingSeries, "cadence">): Result<Cadence, SeriesError> {
  return series.cadence === undefined ? err(domainError("SERIES.NO_CADENCE")) : ok(series.cadence);
}

/**
 * The next `count` occurrences after `after` that no meeting realises yet; refused when the cadence has
 * none left (a rule with COUNT or UNTIL that has ended).
 */
export function freeOccurrences(
  cadence: Cadence,
  after: Instant,
  count: number,
  taken: ReadonlySet<LocalDateTime>,
  exceptions: readonly OccurrenceException[],
): Result<Occurrence[], SeriesError> {
  const free: Occurrence[] = [];
  for (let from = after; free.length < count; ) {
    const batch = nextOccurrences(cadence, from, count, exceptions);
    if (batch.length === 0) break;
    free.push(...batch.filter((o) => !taken.has(o.original)).slice(0, count - free.length));
    from = (batch.at(-1) as Occurrence).start;
  }
  return free.length === 0 ? err(domainError("SERIES.NO_FREE_OCCURRENCE")) : ok(free);
}

export function addMember(
  series: MeetingSeries,
  organizationId: OrganizationId,
): Result<MeetingSeries, SeriesError> {
  if (series.memberIds.includes(organizationId)) {
    return err(domainError("SERIES.ALREADY_MEMBER", { organizationId }));
  }
  return ok({ ...series, memberIds: [...series.memberIds, organizationId] });
}

/** The secretariat runs the series and cannot leave it; hand the secretariat over first. */
export function removeMember(
  series: MeetingSeries,
  organizationId: OrganizationId,
): Result<MeetingSeries, SeriesError> {
  if (!series.memberIds.includes(organizationId))
    return err(domainError("SERIES.NOT_MEMBER", { organizationId }));
  if (series.secretariatId === organizationId) {
    return err(domainError("SERIES.SECRETARIAT_NOT_MEMBER", { organizationId }));
  }
  return ok({ ...series, memberIds: series.memberIds.filter((id) => id !== organizationId) });
}

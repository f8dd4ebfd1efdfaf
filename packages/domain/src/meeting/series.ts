import type { Country } from "../organization/organization.ts";
import type { Confidentiality } from "../shared/confidentiality.ts";
import { type DomainError, domainError } from "../shared/errors.ts";
import type { AgreementId, OrganizationId, SeriesId } from "../shared/ids.ts";
import type { Language, LocalizedText } from "../shared/language.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { BANGKOK, type TimeZone, YANGON } from "../shared/time.ts";
import type { NumberingScheme } from "./numbering.ts";
import type { Cadence } from "./recurrence.ts";

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
  | DomainError<"SERIES.SECRETARIAT_NOT_MEMBER">;

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

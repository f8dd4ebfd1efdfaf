import type { UiLanguage } from "@moei/domain/shared";

/*
 * The export URLs the server answers (the contract in the exports brief), in one place. Filters are ids and
 * enum values only: free text never goes into an address, where proxies and logs would keep it.
 */

const segment = (id: string) => encodeURIComponent(id);

/** `path?name=value&…` with the empty values left out. */
function withQuery(path: string, params: Readonly<Record<string, string | null | undefined>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export type MinutesFormat = "docx" | "pdf";

export const minutesPath = (meetingId: string, format: MinutesFormat, lang: UiLanguage): string =>
  withQuery(`/export/meetings/${segment(meetingId)}/minutes.${format}`, { lang });

export const invitationPath = (meetingId: string): string =>
  `/export/meetings/${segment(meetingId)}/invitation.ics`;

export const meetingAttendancePath = (meetingId: string): string =>
  `/export/meetings/${segment(meetingId)}/attendance.csv`;

export const seriesAttendancePath = (seriesId: string): string =>
  `/export/series/${segment(seriesId)}/attendance.csv`;

export const OPEN_DATA_PATH = "/open-data/aggregates.json";

/** The action tracker's id and enum filters, as the `actions` query takes them. */
export interface ActionsExportFilters {
  readonly organizationId: string;
  readonly seriesId: string;
  readonly status: readonly string[];
  readonly overdue: boolean;
  readonly dueFrom: string;
  readonly dueTo: string;
}

export const actionsCsvPath = (filters: ActionsExportFilters): string =>
  withQuery("/export/actions.csv", {
    organizationId: filters.organizationId,
    seriesId: filters.seriesId,
    status: filters.status.join(","),
    // As in the query: overdue only, or everything (there is no "not overdue").
    overdue: filters.overdue ? "true" : null,
    dueFrom: filters.dueFrom,
    dueTo: filters.dueTo,
  });

/** The agreements register's id and enum filters. */
export interface AgreementsExportFilters {
  readonly status: readonly string[];
  readonly kind: string;
  readonly partyOrganizationId: string;
}

export const agreementsCsvPath = (filters: AgreementsExportFilters): string =>
  withQuery("/export/agreements.csv", {
    status: filters.status.join(","),
    kind: filters.kind,
    partyOrganizationId: filters.partyOrganizationId,
  });

/** A subscription URL as calendar apps open it: the same address with the webcal scheme. */
export const webcalOf = (url: string): string => url.replace(/^https?:/, "webcal:");

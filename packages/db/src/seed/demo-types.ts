import type { AgreementKind, AgreementStatus, Renewal, ResponsibleSide } from "@moei/domain/agreement";
import type { NumberingScheme, SeriesKind } from "@moei/domain/meeting";
import type { Country, OrganizationKind } from "@moei/domain/organization";
import type { Confidentiality, Language } from "@moei/domain/shared";

/** Text in the three interface languages; the demo has all three everywhere. */
export interface Trilingual {
  readonly en: string;
  readonly th: string;
  readonly my: string;
}

/** Content is keyed by short stable keys (`msdhs`, `ngo-clinic-1`); the loader maps keys to ids. */
export interface DemoOrganization {
  readonly key: string;
  readonly name: Trilingual;
  readonly acronym?: string;
  readonly kind: OrganizationKind;
  /** Absent for international bodies. */
  readonly country?: Country;
  readonly province?: string;
  readonly township?: string;
  readonly parentKey?: string;
  readonly fictional: boolean;
  /** Fictional staff contacts: invented names, no phone numbers; e-mail addresses only under the reserved `.example` domain. */
  readonly contacts: readonly {
    readonly name: string;
    readonly title: string;
    readonly languages: readonly Language[];
  }[];
}

export interface DemoAgreement {
  readonly key: string;
  readonly kind: AgreementKind;
  readonly title: Trilingual;
  /** The status it should have today; the loader walks the lifecycle to reach it using `dates`. */
  readonly status: AgreementStatus;
  readonly parties: readonly {
    /** A government party (country) optionally represented by an organization, or an organization party. */
    readonly country?: Country;
    readonly organizationKey?: string;
    /** Offices, not personal names ("Minister of Social Development and Human Security"). */
    readonly signatories: readonly { readonly name: string; readonly title: string }[];
  }[];
  readonly areas: readonly { readonly number: string; readonly title: Trilingual }[];
  readonly dates: {
    readonly cabinetApprovedOn?: string;
    readonly signedOn?: string;
    readonly inForceOn?: string;
    readonly reviewStartedOn?: string;
    readonly reviewDueOn?: string;
    readonly expiresOn?: string;
    /** For terminated or superseded agreements. */
    readonly endedOn?: string;
  };
  readonly renewal: Renewal;
  readonly parentKey?: string;
  /** For a superseded agreement: the key of the agreement that replaced it. */
  readonly supersededByKey?: string;
  /** For SOPs: the steps of version 1. */
  readonly sopSteps?: readonly {
    readonly key: string;
    readonly title: Trilingual;
    readonly responsibleSide: ResponsibleSide;
    readonly targetDays?: number;
  }[];
}

export interface DemoSeries {
  readonly key: string;
  readonly kind: SeriesKind;
  readonly name: Trilingual;
  /** Organization keys; the secretariat is added as a member by the store. */
  readonly memberKeys: readonly string[];
  readonly secretariatKey: string;
  readonly chairs: readonly {
    readonly side: Country;
    readonly organizationKey: string;
    readonly title: string;
  }[];
  readonly countries: readonly Country[];
  /** RFC 5545 rule and wall-clock time in `zone`; the first occurrence is computed two years back. */
  readonly cadence: {
    readonly rrule: string;
    readonly zone: string;
    readonly time: string;
    readonly durationMinutes: number;
  };
  readonly numbering: NumberingScheme;
  readonly confidentiality: Confidentiality;
  readonly languages: readonly Language[];
  readonly quorum?: number;
  readonly legalBasisKey?: string;
  /** Venues in turn (BCATIPs alternate sides), with the host side of each. */
  readonly venues: readonly { readonly venue: string; readonly hostSide: Country; readonly zone: string }[];
  /** Interpretation languages provided at the meetings. */
  readonly interpretation: readonly Language[];
}

/** Agenda items a meeting of a kind of series has, with minutes variants used in turn. */
export interface DemoAgendaTemplate {
  readonly title: Trilingual;
  /** Presenter: an organization key, or "secretariat". */
  readonly presenter?: string;
  readonly durationMinutes: number;
  /** Minutes of this item, several variants so that consecutive meetings differ. */
  readonly minutes: readonly Trilingual[];
  /** Decisions the item may produce, used in turn. */
  readonly decisions: readonly Trilingual[];
}

export interface DemoActionTemplate {
  /** The series kind whose meetings agree it. */
  readonly seriesKind: SeriesKind;
  readonly text: string;
  readonly language: Language;
  /** Owner organization keys (one or two). */
  readonly ownerKeys: readonly string[];
  /** Progress comments used when the action moves on. */
  readonly progress: readonly string[];
}

import type { Action } from "../action/action.ts";
import type { Agreement } from "../agreement/agreement.ts";
import type { SopVersion } from "../agreement/sop.ts";
import type { CaseCode, CaseReference } from "../case-reference/case-reference.ts";
import type { AgendaItem } from "../meeting/agenda.ts";
import type { Meeting } from "../meeting/meeting.ts";
import type { MeetingSeries } from "../meeting/series.ts";
import type { Contact, Organization } from "../organization/organization.ts";
import type {
  ActionId,
  AgendaItemId,
  AgreementId,
  Brand,
  ContactId,
  MeetingId,
  OrganizationId,
  SeriesId,
  UserId,
} from "../shared/ids.ts";
import { BANGKOK, type Instant, type PlainDate } from "../shared/time.ts";

/**
 * Test data builders: a valid value with sensible defaults, overridden field by field. Ids are
 * deterministic per prefix so that failures are reproducible.
 */
const counters = new Map<string, number>();
export function testId<I extends Brand<string, string>>(prefix: string): I {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}_${String(n).padStart(4, "0")}` as I;
}

export const instant = (iso: string): Instant => iso as Instant;
export const date = (iso: string): PlainDate => iso as PlainDate;
export const aUserId = (): UserId => testId<UserId>("usr");

export const anOrganization = (overrides: Partial<Organization> = {}): Organization => ({
  id: testId<OrganizationId>("org"),
  name: { en: "Mae Sot Migrant Health Clinic", th: "คลินิกสุขภาพแรงงานข้ามชาติแม่สอด" },
  kind: "clinic",
  location: { country: "TH", province: "Tak", township: "Mae Sot" },
  active: true,
  fictional: true,
  ...overrides,
});

export const aContact = (overrides: Partial<Contact> = {}): Contact => ({
  id: testId<ContactId>("con"),
  organizationId: testId<OrganizationId>("org"),
  name: "Naw Paw Htoo",
  languages: ["my", "ksw", "th"],
  consentToList: true,
  active: true,
  ...overrides,
});

export const anAgreement = (overrides: Partial<Agreement> = {}): Agreement => ({
  id: testId<AgreementId>("agr"),
  kind: "mou",
  title: { en: "MOU between Thailand and Myanmar on Cooperation to Combat Trafficking in Persons" },
  status: "in_force",
  version: 1,
  parties: [
    {
      ref: { kind: "government", country: "TH" },
      signatories: [
        { name: "Minister of Social Development", title: "Minister", signedOn: date("2009-04-24") },
      ],
    },
    {
      ref: { kind: "government", country: "MM" },
      signatories: [{ name: "Minister of Home Affairs", title: "Minister", signedOn: date("2009-04-24") }],
    },
  ],
  areas: [
    { number: "1", title: { en: "Prevention" } },
    { number: "2", title: { en: "Protection, recovery and reintegration" } },
  ],
  dates: { signedOn: date("2009-04-24"), inForceOn: date("2009-04-24") },
  renewal: { kind: "none" },
  ...overrides,
});

export const aSopVersion = (overrides: Partial<SopVersion> = {}): SopVersion => ({
  agreementId: testId<AgreementId>("agr"),
  version: 1,
  steps: [
    {
      key: "identification",
      order: 1,
      title: { en: "Identification in Thailand" },
      responsibleSide: "TH",
      targetDays: 15,
    },
    {
      key: "nationality_verification",
      order: 2,
      title: { en: "Nationality verification" },
      responsibleSide: "MM",
      targetDays: 60,
    },
    { key: "handover", order: 3, title: { en: "Handover at the border" }, responsibleSide: "joint" },
  ],
  ...overrides,
});

export const aSeries = (overrides: Partial<MeetingSeries> = {}): MeetingSeries => {
  const secretariatId = overrides.secretariatId ?? testId<OrganizationId>("org");
  return {
    id: testId<SeriesId>("ser"),
    kind: "ngo_coordination",
    name: { en: "Mae Sot NGO/CBO coordination meeting", th: "การประชุมประสานงานองค์กรภาคประชาสังคมแม่สอด" },
    memberIds: [secretariatId],
    chairs: [],
    secretariatId,
    countries: ["TH"],
    numbering: "sequential",
    confidentiality: "partners",
    languages: ["th", "my", "ksw", "en"],
    active: true,
    ...overrides,
  };
};

export const aMeeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: testId<MeetingId>("mtg"),
  seriesId: testId<SeriesId>("ser"),
  start: instant("2026-12-10T02:30:00Z"),
  end: instant("2026-12-10T05:30:00Z"),
  zone: BANGKOK,
  mode: "in_person",
  interpretation: ["my", "ksw"],
  status: "scheduled",
  version: 1,
  ...overrides,
});

export const anAgendaItem = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  id: testId<AgendaItemId>("agi"),
  meetingId: testId<MeetingId>("mtg"),
  position: 1,
  kind: "regular",
  title: { en: "Situation report from each organization" },
  ...overrides,
});

export const anAction = (overrides: Partial<Action> = {}): Action => ({
  id: testId<ActionId>("act"),
  text: "Exchange the pending nationality-verification list before the next case management meeting",
  ownerIds: [testId<OrganizationId>("org")],
  dueOn: date("2026-12-31"),
  source: { meetingId: testId<MeetingId>("mtg") },
  links: [],
  status: "open",
  version: 1,
  createdAt: instant("2026-11-12T04:00:00Z"),
  ...overrides,
});

export const aCaseReference = (overrides: Partial<CaseReference> = {}): CaseReference => ({
  code: "CMM30-L017" as CaseCode,
  nationality: "MM",
  sex: "female",
  ageBand: "18-24",
  exploitationType: "labour",
  owningOrganizationIds: [testId<OrganizationId>("org")],
  status: "referred",
  version: 1,
  ...overrides,
});

import { defineRelations } from "drizzle-orm";
import * as schema from "./schema/index.ts";

export { schema };

/** Relations for drizzle's relational queries (and the GraphQL layer built on them). */
export const relations = defineRelations(schema, (r) => ({
  organizations: {
    parent: r.one.organizations({ from: r.organizations.parentId, to: r.organizations.id }),
    contacts: r.many.contacts(),
  },
  contacts: {
    organization: r.one.organizations({
      from: r.contacts.organizationId,
      to: r.organizations.id,
      optional: false,
    }),
  },
  agreements: {
    parties: r.many.agreementParties(),
    areas: r.many.cooperationAreas(),
    sopVersions: r.many.sopVersions(),
    parent: r.one.agreements({ from: r.agreements.parentId, to: r.agreements.id }),
  },
  agreementParties: {
    agreement: r.one.agreements({
      from: r.agreementParties.agreementId,
      to: r.agreements.id,
      optional: false,
    }),
    organization: r.one.organizations({ from: r.agreementParties.organizationId, to: r.organizations.id }),
    signatories: r.many.agreementSignatories(),
  },
  agreementSignatories: {
    party: r.one.agreementParties({
      from: r.agreementSignatories.partyId,
      to: r.agreementParties.id,
      optional: false,
    }),
  },
  cooperationAreas: {
    agreement: r.one.agreements({
      from: r.cooperationAreas.agreementId,
      to: r.agreements.id,
      optional: false,
    }),
  },
  sopVersions: {
    agreement: r.one.agreements({ from: r.sopVersions.agreementId, to: r.agreements.id, optional: false }),
    steps: r.many.sopSteps(),
  },
  sopSteps: {
    sopVersion: r.one.sopVersions({ from: r.sopSteps.sopVersionId, to: r.sopVersions.id, optional: false }),
  },
  meetingSeries: {
    secretariat: r.one.organizations({
      from: r.meetingSeries.secretariatId,
      to: r.organizations.id,
      optional: false,
    }),
    members: r.many.seriesMembers(),
    chairs: r.many.seriesChairs({ from: r.meetingSeries.id, to: r.seriesChairs.seriesId }),
    meetings: r.many.meetings(),
  },
  seriesMembers: {
    series: r.one.meetingSeries({ from: r.seriesMembers.seriesId, to: r.meetingSeries.id, optional: false }),
    organization: r.one.organizations({
      from: r.seriesMembers.organizationId,
      to: r.organizations.id,
      optional: false,
    }),
  },
  seriesChairs: {
    organization: r.one.organizations({
      from: r.seriesChairs.organizationId,
      to: r.organizations.id,
      optional: false,
    }),
  },
  meetings: {
    series: r.one.meetingSeries({ from: r.meetings.seriesId, to: r.meetingSeries.id, optional: false }),
    invitations: r.many.invitations(),
    attendance: r.many.attendance(),
    agendaItems: r.many.agendaItems(),
    minutes: r.many.minutes({ from: r.meetings.id, to: r.minutes.meetingId }),
    decisions: r.many.decisions(),
    actions: r.many.actions(),
  },
  invitations: {
    meeting: r.one.meetings({ from: r.invitations.meetingId, to: r.meetings.id, optional: false }),
    organization: r.one.organizations({
      from: r.invitations.organizationId,
      to: r.organizations.id,
      optional: false,
    }),
  },
  attendance: {
    meeting: r.one.meetings({ from: r.attendance.meetingId, to: r.meetings.id, optional: false }),
    organization: r.one.organizations({
      from: r.attendance.organizationId,
      to: r.organizations.id,
      optional: false,
    }),
  },
  agendaItems: {
    meeting: r.one.meetings({ from: r.agendaItems.meetingId, to: r.meetings.id, optional: false }),
    presenter: r.one.organizations({ from: r.agendaItems.presenterId, to: r.organizations.id }),
    minutes: r.many.minutes(),
  },
  minutes: {
    agendaItem: r.one.agendaItems({ from: r.minutes.agendaItemId, to: r.agendaItems.id, optional: false }),
  },
  decisions: {
    meeting: r.one.meetings({ from: r.decisions.meetingId, to: r.meetings.id, optional: false }),
  },
  actions: {
    sourceMeeting: r.one.meetings({ from: r.actions.sourceMeetingId, to: r.meetings.id, optional: false }),
    owners: r.many.actionOwners(),
    links: r.many.actionLinks(),
    progress: r.many.progressUpdates(),
  },
  actionOwners: {
    action: r.one.actions({ from: r.actionOwners.actionId, to: r.actions.id, optional: false }),
    organization: r.one.organizations({
      from: r.actionOwners.organizationId,
      to: r.organizations.id,
      optional: false,
    }),
  },
  actionLinks: {
    action: r.one.actions({ from: r.actionLinks.actionId, to: r.actions.id, optional: false }),
  },
  progressUpdates: {
    action: r.one.actions({ from: r.progressUpdates.actionId, to: r.actions.id, optional: false }),
  },
  caseReferences: {
    owners: r.many.caseOwners(),
  },
  caseOwners: {
    caseReference: r.one.caseReferences({
      from: r.caseOwners.code,
      to: r.caseReferences.code,
      optional: false,
    }),
  },
  users: {
    organization: r.one.organizations({
      from: r.users.organizationId,
      to: r.organizations.id,
      optional: false,
    }),
  },
}));

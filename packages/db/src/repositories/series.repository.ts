import type { Visibility } from "@moei/domain/access";
import type { PersonalDataError } from "@moei/domain/data-protection";
import type { Cadence, MeetingSeries, SeriesInput } from "@moei/domain/meeting";
import { addMember, removeMember, type SeriesError } from "@moei/domain/meeting";
import type { AgreementId, OrganizationId, SeriesId } from "@moei/domain/shared";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { newId } from "../ids.ts";
import { agreements, meetingSeries, organizations, seriesChairs, seriesMembers } from "../schema/index.ts";
import { type NotFoundError, notFound, type UnknownReferenceError, unknownReference } from "./errors.ts";
import { cleanLocalized, cleanText } from "./free-text.ts";
import { localizedOf } from "./organization.repository.ts";
import { visibleSeries } from "./visibility.ts";
import { fail, type Tx, type WriteContext, write } from "./write.ts";

type SeriesRow = typeof meetingSeries.$inferSelect;

function cadenceOf(row: SeriesRow): Cadence | undefined {
  const {
    cadenceRrule: rrule,
    cadenceZone: zone,
    cadenceFirstStart: firstStart,
    cadenceDurationMinutes: durationMinutes,
  } = row;
  if (rrule === null || zone === null || firstStart === null || durationMinutes === null) return undefined;
  return { rrule, zone, firstStart, durationMinutes };
}

/** Loads series with their members and chairs in three statements, whatever the number of series. */
export function loadSeries(tx: Tx | Db, ids: readonly string[]): MeetingSeries[] {
  if (ids.length === 0) return [];
  const rows = tx
    .select()
    .from(meetingSeries)
    .where(inArray(meetingSeries.id, [...ids]))
    .all();
  const members = tx
    .select()
    .from(seriesMembers)
    .where(inArray(seriesMembers.seriesId, [...ids]))
    .orderBy(asc(seriesMembers.position))
    .all();
  const chairs = tx
    .select()
    .from(seriesChairs)
    .where(inArray(seriesChairs.seriesId, [...ids]))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (row === undefined) return [];
    const cadence = cadenceOf(row);
    const series: MeetingSeries = {
      id: row.id as SeriesId,
      kind: row.kind,
      name: localizedOf(row.nameEn, row.nameTh, row.nameMy),
      memberIds: members.filter((m) => m.seriesId === id).map((m) => m.organizationId as OrganizationId),
      chairs: chairs
        .filter((c) => c.seriesId === id)
        .map((c) => ({
          side: c.side,
          organizationId: c.organizationId as OrganizationId,
          ...(c.title === null ? {} : { title: c.title }),
        })),
      secretariatId: row.secretariatId as OrganizationId,
      countries: row.countries,
      ...(cadence === undefined ? {} : { cadence }),
      numbering: row.numbering,
      confidentiality: row.confidentiality,
      languages: row.languages,
      ...(row.quorum === null ? {} : { quorum: row.quorum }),
      ...(row.legalBasisId === null ? {} : { legalBasisId: row.legalBasisId as AgreementId }),
      active: row.active,
    };
    return [series];
  });
}

function checkReferences(tx: Tx, input: SeriesInput): void {
  const orgIds = [
    ...new Set([input.secretariatId, ...input.memberIds, ...input.chairs.map((c) => c.organizationId)]),
  ];
  const found = tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, orgIds))
    .all();
  if (found.length !== orgIds.length) {
    const known = new Set(found.map((f) => f.id));
    const field = !known.has(input.secretariatId)
      ? "secretariatId"
      : input.memberIds.some((id) => !known.has(id))
        ? "memberIds"
        : "chairs";
    fail(unknownReference(field));
  }
  if (input.legalBasisId !== undefined) {
    const basis = tx
      .select({ id: agreements.id })
      .from(agreements)
      .where(eq(agreements.id, input.legalBasisId))
      .get();
    if (basis === undefined) fail(unknownReference("legalBasisId"));
  }
}

/** A series' name is guarded at the series' own (new) confidentiality, each language in its own. */
function seriesColumns(input: SeriesInput) {
  const name = cleanLocalized(input.name, input.confidentiality);
  return {
    kind: input.kind,
    nameEn: name.en,
    nameTh: name.th ?? null,
    nameMy: name.my ?? null,
    secretariatId: input.secretariatId,
    countries: input.countries,
    cadenceRrule: input.cadence?.rrule ?? null,
    cadenceZone: input.cadence?.zone ?? null,
    cadenceFirstStart: input.cadence?.firstStart ?? null,
    cadenceDurationMinutes: input.cadence?.durationMinutes ?? null,
    numbering: input.numbering,
    confidentiality: input.confidentiality,
    languages: input.languages,
    quorum: input.quorum ?? null,
    legalBasisId: input.legalBasisId ?? null,
  };
}

function writeMembersAndChairs(tx: Tx, seriesId: string, input: SeriesInput): void {
  tx.delete(seriesMembers).where(eq(seriesMembers.seriesId, seriesId)).run();
  tx.delete(seriesChairs).where(eq(seriesChairs.seriesId, seriesId)).run();
  // The secretariat is always a member: it runs the series.
  const memberIds = [...new Set([input.secretariatId, ...input.memberIds])];
  tx.insert(seriesMembers)
    .values(memberIds.map((organizationId, position) => ({ seriesId, organizationId, position })))
    .run();
  if (input.chairs.length > 0) {
    tx.insert(seriesChairs)
      .values(
        input.chairs.map((c) => ({
          seriesId,
          side: c.side,
          organizationId: c.organizationId,
          title: cleanText(c.title ?? null, "en", input.confidentiality),
        })),
      )
      .run();
  }
}

export type SeriesWriteError = SeriesError | NotFoundError | UnknownReferenceError | PersonalDataError;

export function seriesRepository(db: Db) {
  const one = (tx: Tx | Db, id: string) => loadSeries(tx, [id])[0];

  function changeMembers(ctx: WriteContext, id: string, organizationId: string, add: boolean) {
    return write<MeetingSeries, SeriesWriteError>(db, ctx, (tx, audit) => {
      const before = one(tx, id);
      if (before === undefined) return fail(notFound("series"));
      if (
        add &&
        tx.select().from(organizations).where(eq(organizations.id, organizationId)).get() === undefined
      ) {
        return fail(unknownReference("organizationId"));
      }
      const changed = (add ? addMember : removeMember)(before, organizationId as OrganizationId);
      if (!changed.ok) return fail(changed.error);
      if (add) {
        tx.insert(seriesMembers)
          .values({ seriesId: id, organizationId, position: before.memberIds.length })
          .run();
      } else {
        tx.delete(seriesMembers)
          .where(and(eq(seriesMembers.seriesId, id), eq(seriesMembers.organizationId, organizationId)))
          .run();
      }
      tx.update(meetingSeries).set({ updatedAt: ctx.at }).where(eq(meetingSeries.id, id)).run();
      audit({
        operation: add ? "series.add_member" : "series.remove_member",
        entityType: "series",
        entityId: id,
        before: { memberIds: before.memberIds },
        after: { memberIds: changed.value.memberIds },
      });
      return changed.value;
    });
  }

  return {
    get: (id: string): MeetingSeries | undefined => one(db, id),
    getMany: (ids: readonly string[]): MeetingSeries[] => loadSeries(db, ids),

    /** Series by English name; `visibleTo` leaves out restricted series the viewer may not read. */
    list(filter: {
      readonly visibleTo: Visibility;
      readonly kind?: readonly MeetingSeries["kind"][];
      readonly memberId?: string;
    }): MeetingSeries[] {
      const conditions: SQL[] = [];
      const visible = visibleSeries(db, filter.visibleTo);
      if (visible) conditions.push(visible);
      if (filter.kind?.length) conditions.push(inArray(meetingSeries.kind, [...filter.kind]));
      if (filter.memberId) {
        const ids = db
          .select({ id: seriesMembers.seriesId })
          .from(seriesMembers)
          .where(eq(seriesMembers.organizationId, filter.memberId));
        conditions.push(inArray(meetingSeries.id, ids));
      }
      const ids = db
        .select({ id: meetingSeries.id })
        .from(meetingSeries)
        .where(and(...conditions))
        .orderBy(asc(meetingSeries.nameEn))
        .all()
        .map((r) => r.id);
      return loadSeries(db, ids);
    },

    create(ctx: WriteContext, input: SeriesInput) {
      return write<MeetingSeries, SeriesWriteError>(db, ctx, (tx, audit) => {
        checkReferences(tx, input);
        const id = newId<SeriesId>("ser");
        tx.insert(meetingSeries)
          .values({ id, ...seriesColumns(input), createdAt: ctx.at, updatedAt: ctx.at })
          .run();
        writeMembersAndChairs(tx, id, input);
        const series = one(tx, id) as MeetingSeries;
        audit({ operation: "series.create", entityType: "series", entityId: id, after: series });
        return series;
      });
    },

    update(ctx: WriteContext, id: string, input: SeriesInput) {
      return write<MeetingSeries, SeriesWriteError>(db, ctx, (tx, audit) => {
        const before = one(tx, id);
        if (before === undefined) return fail(notFound("series"));
        checkReferences(tx, input);
        tx.update(meetingSeries)
          .set({ ...seriesColumns(input), updatedAt: ctx.at })
          .where(eq(meetingSeries.id, id))
          .run();
        writeMembersAndChairs(tx, id, input);
        const after = one(tx, id) as MeetingSeries;
        audit({ operation: "series.update", entityType: "series", entityId: id, before, after });
        return after;
      });
    },

    addMember: (ctx: WriteContext, id: string, organizationId: string) =>
      changeMembers(ctx, id, organizationId, true),
    removeMember: (ctx: WriteContext, id: string, organizationId: string) =>
      changeMembers(ctx, id, organizationId, false),
  };
}

import {
  type Agreement,
  type AgreementDates,
  type AgreementDraftInput,
  type AgreementEdit,
  type AgreementError,
  type AgreementEvent,
  type AgreementKind,
  type AgreementStatus,
  applyAgreementEvent,
  type CooperationArea,
  checkAgreementEdit,
  checkCanHaveSteps,
  checkSopVersion,
  type PartyRef,
  type Renewal,
  type Signatory,
  type SopError,
  type SopStep,
  type SopVersion,
  type sopVersionInputSchema,
} from "@moei/domain/agreement";
import type { Country } from "@moei/domain/organization";
import {
  type AgreementId,
  type ConflictError,
  checkVersion,
  type OrganizationId,
  type PlainDate,
} from "@moei/domain/shared";
import { and, asc, count, eq, gt, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { newId } from "../ids.ts";
import {
  agreementParties,
  agreementSignatories,
  agreements,
  cooperationAreas,
  organizations,
  sopSteps,
  sopVersions,
} from "../schema/index.ts";
import { type NotFoundError, notFound, type UnknownReferenceError, unknownReference } from "./errors.ts";
import { cleanLocalized, cleanText } from "./free-text.ts";
import { localizedOf } from "./organization.repository.ts";
import { type CursorError, decodeCursor, type Page, type PageArgs, pageSize, toPage } from "./pagination.ts";
import { contains } from "./search.ts";
import { fail, type Tx, type WriteContext, write } from "./write.ts";

type AgreementRow = typeof agreements.$inferSelect;
type AgreementUpdate = Partial<typeof agreements.$inferInsert>;
type PartyRow = typeof agreementParties.$inferSelect;
type SignatoryRow = typeof agreementSignatories.$inferSelect;
type AreaRow = typeof cooperationAreas.$inferSelect;
type SopVersionRow = typeof sopVersions.$inferSelect;
type SopStepRow = typeof sopSteps.$inferSelect;
type Query = Tx | Db;

/** An agreement row with its children, as `loadMany` assembles it and as relational queries return it. */
export type AgreementRowWithChildren = AgreementRow & {
  readonly parties: readonly (PartyRow & { readonly signatories: readonly SignatoryRow[] })[];
  readonly areas: readonly AreaRow[];
};

/** A partial edit (the domain's): a field that is present replaces the stored one, `null` clears it. */
export type { AgreementEdit };

export type SopVersionInput = ReturnType<(typeof sopVersionInputSchema)["parse"]>;

export interface AgreementFilter {
  readonly status?: readonly AgreementStatus[];
  readonly kind?: readonly AgreementKind[];
  /** Agreements one of whose parties is (or is represented by) this organization. */
  readonly partyOrganizationId?: string;
  /** Matches the title in any language. */
  readonly query?: string;
  /**
   * Stored expiry strictly before this date. Automatic renewals are not rolled forward here: apply the
   * domain's `expiringWithin` to the result where the effective expiry matters.
   */
  readonly expiringBefore?: PlainDate;
}

export type AgreementWriteError =
  | AgreementError
  | SopError
  | ConflictError
  | NotFoundError
  | UnknownReferenceError;

const byPosition = (a: { readonly position: number }, b: { readonly position: number }) =>
  a.position - b.position;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [row]);
    else group.push(row);
  }
  return groups;
}

function toPartyRef(row: PartyRow): PartyRef {
  // The table cannot express the union, so a row that breaks it is corrupt data, not an expected failure.
  if (row.kind === "organization") {
    if (row.organizationId === null) throw new Error(`Agreement party ${row.id} names no organization`);
    return { kind: "organization", organizationId: row.organizationId as OrganizationId };
  }
  if (row.country === null) throw new Error(`Government party ${row.id} names no country`);
  return {
    kind: "government",
    country: row.country,
    ...(row.organizationId === null ? {} : { organizationId: row.organizationId as OrganizationId }),
  };
}

const toSignatory = (row: SignatoryRow): Signatory => ({
  name: row.name,
  title: row.title,
  ...(row.signedOn === null ? {} : { signedOn: row.signedOn }),
});

const toArea = (row: AreaRow): CooperationArea => ({
  number: row.number,
  title: localizedOf(row.titleEn, row.titleTh, row.titleMy),
});

function toDates(row: AgreementRow): AgreementDates {
  return {
    ...(row.cabinetApprovedOn === null ? {} : { cabinetApprovedOn: row.cabinetApprovedOn }),
    ...(row.signedOn === null ? {} : { signedOn: row.signedOn }),
    ...(row.inForceOn === null ? {} : { inForceOn: row.inForceOn }),
    ...(row.reviewStartedOn === null ? {} : { reviewStartedOn: row.reviewStartedOn }),
    ...(row.reviewDueOn === null ? {} : { reviewDueOn: row.reviewDueOn }),
    ...(row.expiresOn === null ? {} : { expiresOn: row.expiresOn }),
    ...(row.endedOn === null ? {} : { endedOn: row.endedOn }),
  };
}

/** Parties, signatories and areas are put in position order here, whatever order the rows came in. */
export function toAgreement(row: AgreementRowWithChildren): Agreement {
  return {
    id: row.id as AgreementId,
    kind: row.kind,
    title: localizedOf(row.titleEn, row.titleTh, row.titleMy),
    status: row.status,
    version: row.version,
    parties: [...row.parties].sort(byPosition).map((party) => ({
      ref: toPartyRef(party),
      signatories: [...party.signatories].sort(byPosition).map(toSignatory),
    })),
    areas: [...row.areas].sort(byPosition).map(toArea),
    dates: toDates(row),
    renewal: row.renewal,
    ...(row.parentId === null ? {} : { parentId: row.parentId as AgreementId }),
    ...(row.supersedesId === null ? {} : { supersedesId: row.supersedesId as AgreementId }),
    ...(row.supersededById === null ? {} : { supersededById: row.supersededById as AgreementId }),
  };
}

export function toSopVersion(row: SopVersionRow, steps: readonly SopStepRow[]): SopVersion {
  return {
    agreementId: row.agreementId as AgreementId,
    version: row.version,
    ...(row.adoptedOn === null ? {} : { adoptedOn: row.adoptedOn }),
    ...(row.note === null ? {} : { note: row.note }),
    steps: [...steps].sort(byPosition).map(
      (step): SopStep => ({
        key: step.key,
        order: step.position,
        title: localizedOf(step.titleEn, step.titleTh, step.titleMy),
        responsibleSide: step.responsibleSide,
        ...(step.targetDays === null ? {} : { targetDays: step.targetDays }),
      }),
    ),
  };
}

/** A title as the domain holds it or as an input schema parsed it (optional languages may be undefined). */
interface TitleValues {
  readonly en: string;
  readonly th?: string | undefined;
  readonly my?: string | undefined;
}

/**
 * Agreements are public (the partner directory): the free-text guard normalises their titles (each
 * language in its own), signatories and notes (as "en") and never refuses them, restricted being a
 * meeting's level.
 */
const publicText = <T extends string | null>(text: T): T => cleanText(text, "en", "public");

const titleColumns = (title: TitleValues) => {
  const { en, th, my } = cleanLocalized(title, "public");
  return { titleEn: en, titleTh: th ?? null, titleMy: my ?? null };
};

function toRenewal(renewal: AgreementDraftInput["renewal"]): Renewal {
  if (renewal.kind !== "automatic") return { kind: renewal.kind };
  const { periodMonths, noticeDays } = renewal;
  return { kind: "automatic", periodMonths, ...(noticeDays === undefined ? {} : { noticeDays }) };
}

/** Columns for the fields an edit names; parties and areas live in their own tables. */
function editColumns(edit: AgreementEdit): AgreementUpdate {
  return {
    ...(edit.kind === undefined ? {} : { kind: edit.kind }),
    ...(edit.title === undefined ? {} : titleColumns(edit.title)),
    ...(edit.renewal === undefined ? {} : { renewal: toRenewal(edit.renewal) }),
    ...(edit.parentId === undefined ? {} : { parentId: edit.parentId }),
    ...(edit.supersedesId === undefined ? {} : { supersedesId: edit.supersedesId }),
    ...(edit.cabinetApprovedOn === undefined ? {} : { cabinetApprovedOn: edit.cabinetApprovedOn }),
    ...(edit.reviewDueOn === undefined ? {} : { reviewDueOn: edit.reviewDueOn }),
    ...(edit.expiresOn === undefined ? {} : { expiresOn: edit.expiresOn }),
  };
}

/** Every date column, so that a date the domain removed (a finished review's start) is cleared. */
const dateColumns = (dates: AgreementDates) => ({
  cabinetApprovedOn: dates.cabinetApprovedOn ?? null,
  signedOn: dates.signedOn ?? null,
  inForceOn: dates.inForceOn ?? null,
  reviewStartedOn: dates.reviewStartedOn ?? null,
  reviewDueOn: dates.reviewDueOn ?? null,
  expiresOn: dates.expiresOn ?? null,
  endedOn: dates.endedOn ?? null,
});

/** What both a draft input's parties and the domain's parties provide. */
interface PartyValues {
  readonly ref:
    | { readonly kind: "government"; readonly country: Country; readonly organizationId?: string | undefined }
    | { readonly kind: "organization"; readonly organizationId: string };
  readonly signatories: readonly {
    readonly name: string;
    readonly title: string;
    readonly signedOn?: PlainDate | undefined;
  }[];
}

interface AreaValues {
  readonly number: string;
  readonly title: TitleValues;
}

/** Positions are 1-based, like the domain's step and agenda orders. */
function insertParties(tx: Tx, agreementId: string, parties: readonly PartyValues[]): void {
  if (parties.length === 0) return;
  const rows = parties.map((party, i) => ({
    party,
    row: {
      id: newId("agp"),
      agreementId,
      position: i + 1,
      kind: party.ref.kind,
      country: party.ref.kind === "government" ? party.ref.country : null,
      organizationId: party.ref.organizationId ?? null,
    },
  }));
  tx.insert(agreementParties)
    .values(rows.map((r) => r.row))
    .run();
  const signatories = rows.flatMap(({ party, row }) =>
    party.signatories.map((s, i) => ({
      partyId: row.id,
      position: i + 1,
      name: publicText(s.name),
      title: publicText(s.title),
      signedOn: s.signedOn ?? null,
    })),
  );
  if (signatories.length > 0) tx.insert(agreementSignatories).values(signatories).run();
}

function insertAreas(tx: Tx, agreementId: string, areas: readonly AreaValues[]): void {
  if (areas.length === 0) return;
  tx.insert(cooperationAreas)
    .values(
      areas.map((area, i) => ({
        agreementId,
        number: area.number,
        position: i + 1,
        ...titleColumns(area.title),
      })),
    )
    .run();
}

/** Parties have no identity in the domain, so replacing them (and, by cascade, their signatories) loses nothing. */
function replaceParties(tx: Tx, agreementId: string, parties: readonly PartyValues[]): void {
  tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId)).run();
  insertParties(tx, agreementId, parties);
}

function replaceAreas(tx: Tx, agreementId: string, areas: readonly AreaValues[]): void {
  tx.delete(cooperationAreas).where(eq(cooperationAreas.agreementId, agreementId)).run();
  insertAreas(tx, agreementId, areas);
}

/** Sort key of the list: stored expiry, with no expiry last ('~' sorts after every ISO date). */
const expiryKey = sql<string>`ifnull(${agreements.expiresOn}, '~')`;

/**
 * Loads agreements with their parties, signatories and areas in four statements whatever the number of
 * ids (none for an empty list), grouping the children in memory.
 */
function loadMany(q: Query, rows: readonly AgreementRow[]): Agreement[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parties = q.select().from(agreementParties).where(inArray(agreementParties.agreementId, ids)).all();
  const partyIds = q
    .select({ id: agreementParties.id })
    .from(agreementParties)
    .where(inArray(agreementParties.agreementId, ids));
  const signatories = groupBy(
    q.select().from(agreementSignatories).where(inArray(agreementSignatories.partyId, partyIds)).all(),
    (s) => s.partyId,
  );
  const areas = groupBy(
    q.select().from(cooperationAreas).where(inArray(cooperationAreas.agreementId, ids)).all(),
    (a) => a.agreementId,
  );
  const partiesOf = groupBy(
    parties.map((p) => ({ ...p, signatories: signatories.get(p.id) ?? [] })),
    (p) => p.agreementId,
  );
  return rows.map((row) =>
    toAgreement({ ...row, parties: partiesOf.get(row.id) ?? [], areas: areas.get(row.id) ?? [] }),
  );
}

const rowOf = (q: Query, id: string) => q.select().from(agreements).where(eq(agreements.id, id)).get();

function loadOne(q: Query, id: string): Agreement | undefined {
  const row = rowOf(q, id);
  return row && loadMany(q, [row])[0];
}

/** Organization ids in parties, then parentId and supersedesId, must name existing rows. */
function checkReferences(tx: Tx, edit: AgreementEdit): void {
  const named = (edit.parties ?? []).flatMap((p, i) =>
    p.ref.organizationId === undefined ? [] : [{ i, id: p.ref.organizationId }],
  );
  if (named.length > 0) {
    const found = new Set(
      tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(
          inArray(
            organizations.id,
            named.map((n) => n.id),
          ),
        )
        .all()
        .map((r) => r.id),
    );
    const missing = named.find((n) => !found.has(n.id));
    if (missing !== undefined) fail(unknownReference(`parties.${missing.i}.ref.organizationId`));
  }
  for (const field of ["parentId", "supersedesId"] as const) {
    const ref = edit[field];
    if (ref !== undefined && ref !== null && rowOf(tx, ref) === undefined) fail(unknownReference(field));
  }
}

/**
 * Writes `set` only if the row is still at `version` and raises the version. On SQLite the transaction's
 * snapshot already makes a concurrent commit fail with SQLITE_BUSY; the condition keeps lost updates out
 * on a server database (READ COMMITTED) too, where the row may change between our read and this write.
 */
function saveVersioned(tx: Tx, ctx: WriteContext, id: string, version: number, set: AgreementUpdate): void {
  const saved = tx
    .update(agreements)
    .set({ ...set, version: version + 1, updatedAt: ctx.at })
    .where(and(eq(agreements.id, id), eq(agreements.version, version)))
    .returning({ id: agreements.id })
    .get();
  if (saved !== undefined) return;
  const current = tx
    .select({ version: agreements.version })
    .from(agreements)
    .where(eq(agreements.id, id))
    .get();
  if (current === undefined) fail(notFound("agreement"));
  const checked = checkVersion(version, current.version);
  fail(checked.ok ? notFound("agreement") : checked.error);
}

/** Loads the agreement and refuses a stale version before anything else is looked at. */
function loadCurrent(tx: Tx, id: string, version: number): Agreement {
  const agreement = loadOne(tx, id);
  if (agreement === undefined) return fail(notFound("agreement"));
  const checked = checkVersion(version, agreement.version);
  if (!checked.ok) fail(checked.error);
  return agreement;
}

function loadSopVersions(q: Query, agreementId: string): SopVersion[] {
  const versions = q
    .select()
    .from(sopVersions)
    .where(eq(sopVersions.agreementId, agreementId))
    .orderBy(asc(sopVersions.version))
    .all();
  if (versions.length === 0) return [];
  const steps = groupBy(
    q
      .select()
      .from(sopSteps)
      .where(
        inArray(
          sopSteps.sopVersionId,
          versions.map((v) => v.id),
        ),
      )
      .all(),
    (s) => s.sopVersionId,
  );
  return versions.map((v) => toSopVersion(v, steps.get(v.id) ?? []));
}

export function agreementRepository(db: Db) {
  return {
    get(id: string): Agreement | undefined {
      return loadOne(db, id);
    },

    /** The agreements among `ids`, in the order asked (unknown ids skipped), in four statements at most. */
    getMany(ids: readonly string[]): Agreement[] {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const found = new Map(
        loadMany(db, db.select().from(agreements).where(inArray(agreements.id, unique)).all()).map((a) => [
          a.id,
          a,
        ]),
      );
      return unique.flatMap((id) => found.get(id as AgreementId) ?? []);
    },

    createDraft(ctx: WriteContext, input: AgreementDraftInput) {
      return write<Agreement, AgreementWriteError>(db, ctx, (tx, audit) => {
        checkReferences(tx, input);
        const id = newId<AgreementId>("agr");
        tx.insert(agreements)
          .values({
            // editColumns maps the optional fields too; the required ones are repeated for the insert's type.
            ...editColumns(input),
            id,
            kind: input.kind,
            ...titleColumns(input.title),
            renewal: toRenewal(input.renewal),
            status: "draft",
            version: 1,
            createdAt: ctx.at,
            updatedAt: ctx.at,
          })
          .run();
        insertParties(tx, id, input.parties);
        insertAreas(tx, id, input.areas);
        const created = loadOne(tx, id) as Agreement;
        audit({ operation: "agreement.create", entityType: "agreement", entityId: id, after: created });
        return created;
      });
    },

    /**
     * Edits the fields `edit` names; parties and areas, when given, replace the stored ones wholesale.
     * Fails with CONFLICT (and the current version) when `version` is not the stored one.
     */
    update(ctx: WriteContext, id: string, version: number, edit: AgreementEdit) {
      return write<Agreement, AgreementWriteError>(db, ctx, (tx, audit) => {
        const before = loadCurrent(tx, id, version);
        const allowed = checkAgreementEdit(
          before,
          edit,
          (a) => (rowOf(tx, a)?.parentId ?? undefined) as AgreementId | undefined,
        );
        if (!allowed.ok) return fail(allowed.error);
        checkReferences(tx, edit);
        saveVersioned(tx, ctx, id, version, editColumns(edit));
        if (edit.parties !== undefined) replaceParties(tx, id, edit.parties);
        if (edit.areas !== undefined) replaceAreas(tx, id, edit.areas);
        const after = loadOne(tx, id) as Agreement;
        audit({ operation: "agreement.update", entityType: "agreement", entityId: id, before, after });
        return after;
      });
    },

    /**
     * Applies a lifecycle event through the domain. Superseding also checks that the successor exists
     * and, if it does not yet say what it supersedes, points it back at this agreement.
     */
    applyEvent(ctx: WriteContext, id: string, version: number, event: AgreementEvent) {
      return write<Agreement, AgreementWriteError>(db, ctx, (tx, audit) => {
        const before = loadCurrent(tx, id, version);
        const applied = applyAgreementEvent(before, event);
        if (!applied.ok) return fail(applied.error);
        const next = applied.value;
        const successor = event.type === "supersede" ? loadOne(tx, event.by) : undefined;
        if (event.type === "supersede" && successor === undefined) fail(unknownReference("by"));

        saveVersioned(tx, ctx, id, version, {
          status: next.status,
          ...dateColumns(next.dates),
          supersededById: next.supersededById ?? null,
        });
        // Only signing touches signatories today; comparing keeps other events from rewriting them.
        if (JSON.stringify(next.parties) !== JSON.stringify(before.parties))
          replaceParties(tx, id, next.parties);
        const after = loadOne(tx, id) as Agreement;
        audit({ operation: `agreement.${event.type}`, entityType: "agreement", entityId: id, before, after });

        if (successor !== undefined && successor.supersedesId === undefined) {
          saveVersioned(tx, ctx, successor.id, successor.version, { supersedesId: id });
          audit({
            operation: "agreement.link_predecessor",
            entityType: "agreement",
            entityId: successor.id,
            before: successor,
            after: loadOne(tx, successor.id),
          });
        }
        return after;
      });
    },

    /**
     * Agreements by stored expiry, soonest first and those without an expiry last, then by id;
     * cursor-paginated. A status filter is answered from `agreements_status_expiry_idx`.
     */
    list(filter: AgreementFilter = {}, page: PageArgs = {}): Page<Agreement> | CursorError {
      const conditions: SQL[] = [];
      if (filter.status?.length) conditions.push(inArray(agreements.status, [...filter.status]));
      if (filter.kind?.length) conditions.push(inArray(agreements.kind, [...filter.kind]));
      if (filter.expiringBefore !== undefined)
        conditions.push(lt(agreements.expiresOn, filter.expiringBefore));
      if (filter.partyOrganizationId !== undefined) {
        conditions.push(
          inArray(
            agreements.id,
            db
              .select({ id: agreementParties.agreementId })
              .from(agreementParties)
              .where(eq(agreementParties.organizationId, filter.partyOrganizationId)),
          ),
        );
      }
      if (filter.query?.trim()) {
        const q = filter.query.trim();
        conditions.push(
          or(
            contains(agreements.titleEn, q),
            contains(agreements.titleTh, q),
            contains(agreements.titleMy, q),
          ) as SQL,
        );
      }
      const where = and(...conditions);
      const total = db.select({ n: count() }).from(agreements).where(where).get()?.n ?? 0;
      const size = pageSize(page);
      let after: SQL | undefined;
      if (page.after) {
        const key = decodeCursor(page.after, 2);
        if (!Array.isArray(key)) return key;
        const [expiry, id] = key.map(String) as [string, string];
        after = or(gt(expiryKey, expiry), and(eq(expiryKey, expiry), gt(agreements.id, id)));
      }
      const rows = db
        .select()
        .from(agreements)
        .where(and(where, after))
        .orderBy(asc(expiryKey), asc(agreements.id))
        .limit(size + 1)
        .all();
      return toPage(
        rows,
        size,
        total,
        (rs) => loadMany(db, rs),
        (row) => [row.expiresOn ?? "~", row.id],
      );
    },

    /** Adds the next version of an agreement's SOP, checked by the domain against the latest one. */
    addSopVersion(ctx: WriteContext, input: SopVersionInput) {
      return write<SopVersion, AgreementWriteError>(db, ctx, (tx, audit) => {
        const agreement = rowOf(tx, input.agreementId);
        if (agreement === undefined) return fail(unknownReference("agreementId"));
        const stepped = checkCanHaveSteps(agreement.kind);
        if (!stepped.ok) return fail(stepped.error);
        const previous = loadSopVersions(tx, input.agreementId).at(-1);
        const checked = checkSopVersion(
          {
            agreementId: input.agreementId,
            version: (previous?.version ?? 0) + 1,
            ...(input.adoptedOn === undefined ? {} : { adoptedOn: input.adoptedOn }),
            ...(input.note === undefined ? {} : { note: input.note }),
            steps: input.steps.map((s) => ({
              key: s.key,
              order: s.order,
              title: localizedOf(s.title.en, s.title.th ?? null, s.title.my ?? null),
              responsibleSide: s.responsibleSide,
              ...(s.targetDays === undefined ? {} : { targetDays: s.targetDays }),
            })),
          },
          previous,
        );
        if (!checked.ok) return fail(checked.error);
        const version = checked.value;
        const row = tx
          .insert(sopVersions)
          .values({
            id: newId("sop"),
            agreementId: input.agreementId,
            version: version.version,
            adoptedOn: version.adoptedOn ?? null,
            note: publicText(input.note ?? null),
            createdAt: ctx.at,
          })
          .returning()
          .get();
        const steps = tx
          .insert(sopSteps)
          .values(
            version.steps.map((s) => ({
              sopVersionId: row.id,
              key: s.key,
              position: s.order,
              ...titleColumns(s.title),
              responsibleSide: s.responsibleSide,
              targetDays: s.targetDays ?? null,
            })),
          )
          .returning()
          .all();
        const saved = toSopVersion(row, steps);
        audit({
          operation: "agreement.add_sop_version",
          entityType: "agreement",
          entityId: input.agreementId,
          after: saved,
        });
        return saved;
      });
    },

    /** An agreement's SOP versions, oldest first, each with its steps in order. */
    sopVersions(agreementId: string): SopVersion[] {
      return loadSopVersions(db, agreementId);
    },

    /**
     * The SOP versions of several agreements in two statements whatever their number (none for an
     * empty list): by agreement in the order asked, each agreement's oldest first, steps in order.
     */
    sopVersionsOfMany(agreementIds: readonly string[]): SopVersion[] {
      const unique = [...new Set(agreementIds)];
      if (unique.length === 0) return [];
      const versions = db
        .select()
        .from(sopVersions)
        .where(inArray(sopVersions.agreementId, unique))
        .orderBy(asc(sopVersions.version))
        .all();
      if (versions.length === 0) return [];
      const steps = groupBy(
        db
          .select()
          .from(sopSteps)
          .where(
            inArray(
              sopSteps.sopVersionId,
              db
                .select({ id: sopVersions.id })
                .from(sopVersions)
                .where(inArray(sopVersions.agreementId, unique)),
            ),
          )
          .all(),
        (s) => s.sopVersionId,
      );
      const byAgreement = groupBy(versions, (v) => v.agreementId);
      return unique.flatMap((id) =>
        (byAgreement.get(id) ?? []).map((v) => toSopVersion(v, steps.get(v.id) ?? [])),
      );
    },

    /**
     * The agreements whose parent is one of `parentIds` (the SOPs, annexes and plans of action under
     * MOUs), in four statements whatever the number of parents: by parent in the order asked, then by
     * English title and id.
     */
    childrenOfMany(parentIds: readonly string[]): Agreement[] {
      const unique = [...new Set(parentIds)];
      if (unique.length === 0) return [];
      const rows = db
        .select()
        .from(agreements)
        .where(inArray(agreements.parentId, unique))
        .orderBy(asc(agreements.titleEn), asc(agreements.id))
        .all();
      const byParent = groupBy(loadMany(db, rows), (a) => a.parentId ?? "");
      return unique.flatMap((id) => byParent.get(id) ?? []);
    },
  };
}

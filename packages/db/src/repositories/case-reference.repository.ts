import type { Visibility } from "@moei/domain/access";
import {
  type AggregateKey,
  type AggregateRow,
  aggregateCases,
  applyCaseEvent,
  type CaseCode,
  type CaseError,
  type CaseEvent,
  type CaseReference,
  type CaseStatus,
  type caseReferenceInputSchema,
  checkCaseOwners,
} from "@moei/domain/case-reference";
import { type ConflictError, checkVersion, type OrganizationId } from "@moei/domain/shared";
import { and, asc, count, eq, gt, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { caseOwners, caseReferences, organizations } from "../schema/index.ts";
import {
  type DuplicateError,
  duplicate,
  type NotFoundError,
  notFound,
  type UnknownReferenceError,
  unknownReference,
} from "./errors.ts";
import { type CursorError, decodeCursor, type Page, type PageArgs, pageSize, toPage } from "./pagination.ts";
import { visibleCase } from "./visibility.ts";
import { fail, type Tx, type WriteContext, write } from "./write.ts";

type CaseRow = typeof caseReferences.$inferSelect;
type Query = Tx | Db;

export type CaseReferenceInput = ReturnType<(typeof caseReferenceInputSchema)["parse"]>;

export interface CaseReferenceFilter {
  /** What the viewer may read (`visibilityOf(actor)`): cases held by their organization, or all. */
  readonly visibleTo: Visibility;
  readonly status?: readonly CaseStatus[];
  /** Cases this organization owns. */
  readonly organizationId?: string;
}

export type CaseReferenceWriteError =
  | CaseError
  | ConflictError
  | DuplicateError
  | NotFoundError
  | UnknownReferenceError;

/** Owners are sorted so that a case reads the same whatever order they were recorded in. */
export function toCaseReference(row: CaseRow, owners: readonly string[]): CaseReference {
  return {
    code: row.code as CaseCode,
    nationality: row.nationality,
    sex: row.sex,
    ageBand: row.ageBand,
    exploitationType: row.exploitationType,
    owningOrganizationIds: [...owners].sort() as OrganizationId[],
    status: row.status,
    version: row.version,
  };
}

function whereOf(q: Query, filter: CaseReferenceFilter): SQL | undefined {
  const conditions: SQL[] = [];
  const visible = visibleCase(q, filter.visibleTo);
  if (visible) conditions.push(visible);
  if (filter.status?.length) conditions.push(inArray(caseReferences.status, [...filter.status]));
  if (filter.organizationId !== undefined) {
    // A subquery rather than a join: a case owned by several organizations must count once.
    const owned = q
      .select({ code: caseOwners.code })
      .from(caseOwners)
      .where(eq(caseOwners.organizationId, filter.organizationId));
    conditions.push(inArray(caseReferences.code, owned));
  }
  return and(...conditions);
}

/** Cases with their owners in one more statement; `ownersOf` selects the owner rows the cases need. */
function withOwners(q: Query, rows: readonly CaseRow[], ownersOf: SQL): CaseReference[] {
  if (rows.length === 0) return [];
  const owners = new Map<string, string[]>();
  const ownerRows = q.select().from(caseOwners).where(ownersOf).all();
  for (const owner of ownerRows) {
    const list = owners.get(owner.code);
    if (list === undefined) owners.set(owner.code, [owner.organizationId]);
    else list.push(owner.organizationId);
  }
  return rows.map((row) => toCaseReference(row, owners.get(row.code) ?? []));
}

function loadOne(q: Query, code: string): CaseReference | undefined {
  const row = q.select().from(caseReferences).where(eq(caseReferences.code, code)).get();
  return row && withOwners(q, [row], eq(caseOwners.code, row.code))[0];
}

export function caseReferenceRepository(db: Db) {
  return {
    get(code: string): CaseReference | undefined {
      return loadOne(db, code);
    },

    /** The cases among `codes`, in the order asked (unknown codes skipped), in two statements at most. */
    getMany(codes: readonly string[]): CaseReference[] {
      const unique = [...new Set(codes)];
      if (unique.length === 0) return [];
      const rows = db.select().from(caseReferences).where(inArray(caseReferences.code, unique)).all();
      const found = new Map(
        withOwners(db, rows, inArray(caseOwners.code, unique)).map((c) => [c.code as string, c]),
      );
      return unique.flatMap((code) => found.get(code) ?? []);
    },

    /** Records a case under its opaque code; a code already recorded is refused with DUPLICATE. */
    create(ctx: WriteContext, input: CaseReferenceInput, owningOrganizationIds: readonly string[]) {
      return write<CaseReference, CaseReferenceWriteError>(db, ctx, (tx, audit) => {
        if (loadOne(tx, input.code) !== undefined) fail(duplicate("code"));
        const checked = checkCaseOwners(owningOrganizationIds as OrganizationId[]);
        if (!checked.ok) return fail(checked.error);
        const owners = checked.value;
        const known = tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(inArray(organizations.id, owners))
          .all();
        if (known.length !== owners.length) fail(unknownReference("owningOrganizationIds"));
        tx.insert(caseReferences)
          .values({
            code: input.code,
            nationality: input.nationality,
            sex: input.sex,
            ageBand: input.ageBand,
            exploitationType: input.exploitationType,
            status: "referred",
            version: 1,
            createdAt: ctx.at,
            updatedAt: ctx.at,
          })
          .run();
        if (owners.length > 0) {
          tx.insert(caseOwners)
            .values(owners.map((organizationId) => ({ code: input.code, organizationId })))
            .run();
        }
        const created = loadOne(tx, input.code) as CaseReference;
        audit({
          operation: "case.create",
          entityType: "case_reference",
          entityId: input.code,
          after: created,
        });
        return created;
      });
    },

    /** Moves a case along its lifecycle; a stale `version` fails with CONFLICT and the current version. */
    applyEvent(ctx: WriteContext, code: string, version: number, event: CaseEvent) {
      return write<CaseReference, CaseReferenceWriteError>(db, ctx, (tx, audit) => {
        const before = loadOne(tx, code);
        if (before === undefined) return fail(notFound("case_reference"));
        const current = checkVersion(version, before.version);
        if (!current.ok) return fail(current.error);
        const applied = applyCaseEvent(before, event);
        if (!applied.ok) return fail(applied.error);
        // Conditional on the version read, so that lost updates stay out on a server database too.
        const saved = tx
          .update(caseReferences)
          .set({ status: applied.value.status, version: current.value, updatedAt: ctx.at })
          .where(and(eq(caseReferences.code, code), eq(caseReferences.version, version)))
          .returning()
          .get();
        if (saved === undefined) {
          const now = tx
            .select({ version: caseReferences.version })
            .from(caseReferences)
            .where(eq(caseReferences.code, code))
            .get();
          const checked = checkVersion(version, now?.version ?? 0);
          return fail(checked.ok ? notFound("case_reference") : checked.error);
        }
        const after = toCaseReference(saved, before.owningOrganizationIds);
        audit({ operation: `case.${event}`, entityType: "case_reference", entityId: code, before, after });
        return after;
      });
    },

    /** Cases by code, cursor-paginated. */
    list(filter: CaseReferenceFilter, page: PageArgs = {}): Page<CaseReference> | CursorError {
      const where = whereOf(db, filter);
      const total = db.select({ n: count() }).from(caseReferences).where(where).get()?.n ?? 0;
      const size = pageSize(page);
      let after: SQL | undefined;
      if (page.after) {
        const key = decodeCursor(page.after, 1);
        if (!Array.isArray(key)) return key;
        after = gt(caseReferences.code, String(key[0]));
      }
      const rows = db
        .select()
        .from(caseReferences)
        .where(and(where, after))
        .orderBy(asc(caseReferences.code))
        .limit(size + 1)
        .all();
      return toPage(
        rows,
        size,
        total,
        (rs) =>
          withOwners(
            db,
            rs,
            inArray(
              caseOwners.code,
              rs.map((r) => r.code),
            ),
          ),
        (row) => [row.code],
      );
    },

    /**
     * Counts of the filtered cases grouped by `by`, with cells under five suppressed by the domain.
     * Reads every matching case: aggregation stays in the domain, where the small-cell rule lives.
     */
    aggregate(by: readonly AggregateKey[], filter: CaseReferenceFilter): AggregateRow[] {
      const where = whereOf(db, filter);
      const rows = db.select().from(caseReferences).where(where).all();
      // The filter again as a subquery: thousands of codes would not fit in one statement's parameters.
      const matching = db.select({ code: caseReferences.code }).from(caseReferences).where(where);
      return aggregateCases(withOwners(db, rows, inArray(caseOwners.code, matching)), by);
    },
  };
}

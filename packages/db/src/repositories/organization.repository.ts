import {
  type Contact,
  type ContactInput,
  checkParent,
  deactivateOrganization,
  type Organization,
  type OrganizationError,
  type OrganizationInput,
  reactivateOrganization,
} from "@moei/domain/organization";
import type { ContactId, LocalizedText, OrganizationId, ValidationError } from "@moei/domain/shared";
import { and, asc, count, eq, gt, inArray, or, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { newId } from "../ids.ts";
import { contacts, organizations } from "../schema/index.ts";
import { type NotFoundError, notFound, type UnknownReferenceError, unknownReference } from "./errors.ts";
import { cleanLocalized, cleanText } from "./free-text.ts";
import { type CursorError, decodeCursor, type Page, type PageArgs, pageSize, toPage } from "./pagination.ts";
import { contains } from "./search.ts";
import { fail, type Tx, type WriteContext, write } from "./write.ts";

type OrganizationRow = typeof organizations.$inferSelect;
type ContactRow = typeof contacts.$inferSelect;

export const localizedOf = (en: string, th: string | null, my: string | null): LocalizedText => ({
  en,
  ...(th === null ? {} : { th }),
  ...(my === null ? {} : { my }),
});

export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id as OrganizationId,
    name: localizedOf(row.nameEn, row.nameTh, row.nameMy),
    ...(row.acronym === null ? {} : { acronym: row.acronym }),
    kind: row.kind,
    ...(row.country === null
      ? {}
      : {
          location: {
            country: row.country,
            ...(row.province === null ? {} : { province: row.province }),
            ...(row.township === null ? {} : { township: row.township }),
          },
        }),
    ...(row.parentId === null ? {} : { parentId: row.parentId as OrganizationId }),
    active: row.active,
    fictional: row.fictional,
  };
}

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id as ContactId,
    organizationId: row.organizationId as OrganizationId,
    name: row.name,
    ...(row.title === null ? {} : { title: row.title }),
    ...(row.email === null ? {} : { email: row.email }),
    languages: row.languages,
    consentToList: row.consentToList,
    active: row.active,
  };
}

/**
 * The directory is public and its contacts are read by partners: the free-text guard normalises these
 * fields (names in each language, the rest as "en") and never refuses them, restricted being a meeting's level.
 */
const directoryText = (text: string | undefined) => cleanText(text ?? null, "en", "public");

function organizationColumns(input: OrganizationInput) {
  const name = cleanLocalized(input.name, "public");
  return {
    nameEn: name.en,
    nameTh: name.th ?? null,
    nameMy: name.my ?? null,
    acronym: directoryText(input.acronym),
    kind: input.kind,
    country: input.location?.country ?? null,
    province: directoryText(input.location?.province),
    township: directoryText(input.location?.township),
    parentId: input.parentId ?? null,
    fictional: input.fictional,
  };
}

export interface OrganizationFilter {
  readonly kind?: readonly Organization["kind"][];
  readonly country?: string;
  readonly active?: boolean;
  /** Matches any name or the acronym. */
  readonly query?: string;
}

export type OrganizationWriteError =
  | OrganizationError
  | NotFoundError
  | UnknownReferenceError
  | ValidationError;

export function organizationRepository(db: Db) {
  const load = (tx: Tx | Db, id: string) =>
    tx.select().from(organizations).where(eq(organizations.id, id)).get();

  const parentOf = (tx: Tx) => (id: OrganizationId) =>
    (tx.select({ p: organizations.parentId }).from(organizations).where(eq(organizations.id, id)).get()?.p ??
      undefined) as OrganizationId | undefined;

  function checkedParent(tx: Tx, id: OrganizationId, parentId: OrganizationId | undefined) {
    if (parentId !== undefined && load(tx, parentId) === undefined) fail(unknownReference("parentId"));
    const checked = checkParent(id, parentId, parentOf(tx));
    if (!checked.ok) fail(checked.error);
  }

  return {
    get(id: string): Organization | undefined {
      const row = load(db, id);
      return row && toOrganization(row);
    },

    getMany(ids: readonly string[]): Organization[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(organizations)
        .where(inArray(organizations.id, [...ids]))
        .all()
        .map(toOrganization);
    },

    create(ctx: WriteContext, input: OrganizationInput) {
      return write<Organization, OrganizationWriteError>(db, ctx, (tx, audit) => {
        const id = newId<OrganizationId>("org");
        checkedParent(tx, id, input.parentId);
        const row = tx
          .insert(organizations)
          .values({ id, ...organizationColumns(input), createdAt: ctx.at, updatedAt: ctx.at })
          .returning()
          .get();
        const org = toOrganization(row);
        audit({ operation: "organization.create", entityType: "organization", entityId: id, after: org });
        return org;
      });
    },

    update(ctx: WriteContext, id: string, input: OrganizationInput) {
      return write<Organization, OrganizationWriteError>(db, ctx, (tx, audit) => {
        const before = load(tx, id);
        if (before === undefined) return fail(notFound("organization"));
        checkedParent(tx, id as OrganizationId, input.parentId);
        const row = tx
          .update(organizations)
          .set({ ...organizationColumns(input), updatedAt: ctx.at })
          .where(eq(organizations.id, id))
          .returning()
          .get();
        const after = toOrganization(row as OrganizationRow);
        audit({
          operation: "organization.update",
          entityType: "organization",
          entityId: id,
          before: toOrganization(before),
          after,
        });
        return after;
      });
    },

    setActive(ctx: WriteContext, id: string, active: boolean) {
      return write<Organization, OrganizationWriteError>(db, ctx, (tx, audit) => {
        const row = load(tx, id);
        if (row === undefined) return fail(notFound("organization"));
        const before = toOrganization(row);
        const changed = active ? reactivateOrganization(before) : deactivateOrganization(before);
        if (!changed.ok) return fail(changed.error);
        tx.update(organizations).set({ active, updatedAt: ctx.at }).where(eq(organizations.id, id)).run();
        audit({
          operation: active ? "organization.reactivate" : "organization.deactivate",
          entityType: "organization",
          entityId: id,
          before,
          after: changed.value,
        });
        return changed.value;
      });
    },

    /** Organizations by English name, then id; cursor-paginated. */
    list(filter: OrganizationFilter = {}, page: PageArgs = {}): Page<Organization> | CursorError {
      const conditions: SQL[] = [];
      if (filter.kind?.length) conditions.push(inArray(organizations.kind, [...filter.kind]));
      if (filter.country) conditions.push(eq(organizations.country, filter.country as never));
      if (filter.active !== undefined) conditions.push(eq(organizations.active, filter.active));
      if (filter.query?.trim()) {
        const q = filter.query.trim();
        conditions.push(
          or(
            contains(organizations.nameEn, q),
            contains(organizations.nameTh, q),
            contains(organizations.nameMy, q),
            contains(organizations.acronym, q),
          ) as SQL,
        );
      }
      const where = and(...conditions);
      const total = db.select({ n: count() }).from(organizations).where(where).get()?.n ?? 0;
      const size = pageSize(page);
      let after: SQL | undefined;
      if (page.after) {
        const key = decodeCursor(page.after, 2);
        if (!Array.isArray(key)) return key;
        const [name, id] = key as [string, string];
        after = or(
          gt(organizations.nameEn, name),
          and(eq(organizations.nameEn, name), gt(organizations.id, id)),
        );
      }
      const rows = db
        .select()
        .from(organizations)
        .where(and(where, after))
        .orderBy(asc(organizations.nameEn), asc(organizations.id))
        .limit(size + 1)
        .all();
      return toPage(
        rows,
        size,
        total,
        (rs) => rs.map(toOrganization),
        (r) => [r.nameEn, r.id],
      );
    },

    createContact(ctx: WriteContext, input: ContactInput) {
      return write<Contact, OrganizationWriteError>(db, ctx, (tx, audit) => {
        if (load(tx, input.organizationId) === undefined) return fail(unknownReference("organizationId"));
        const id = newId<ContactId>("con");
        const row = tx
          .insert(contacts)
          .values({
            id,
            organizationId: input.organizationId,
            name: cleanText(input.name, "en", "partners"),
            title: cleanText(input.title ?? null, "en", "partners"),
            email: input.email ?? null,
            languages: input.languages,
            consentToList: input.consentToList,
            createdAt: ctx.at,
            updatedAt: ctx.at,
          })
          .returning()
          .get();
        const contact = toContact(row);
        audit({ operation: "contact.create", entityType: "contact", entityId: id, after: contact });
        return contact;
      });
    },

    updateContact(ctx: WriteContext, id: string, input: ContactInput & { readonly active?: boolean }) {
      return write<Contact, OrganizationWriteError>(db, ctx, (tx, audit) => {
        const before = tx.select().from(contacts).where(eq(contacts.id, id)).get();
        if (before === undefined) return fail(notFound("contact"));
        if (load(tx, input.organizationId) === undefined) return fail(unknownReference("organizationId"));
        const row = tx
          .update(contacts)
          .set({
            organizationId: input.organizationId,
            name: cleanText(input.name, "en", "partners"),
            title: cleanText(input.title ?? null, "en", "partners"),
            email: input.email ?? null,
            languages: input.languages,
            consentToList: input.consentToList,
            ...(input.active === undefined ? {} : { active: input.active }),
            updatedAt: ctx.at,
          })
          .where(eq(contacts.id, id))
          .returning()
          .get() as ContactRow;
        const after = toContact(row);
        audit({
          operation: "contact.update",
          entityType: "contact",
          entityId: id,
          before: toContact(before),
          after,
        });
        return after;
      });
    },

    contactsOf(organizationId: string, options: { listedOnly?: boolean } = {}): Contact[] {
      return this.contactsOfMany([organizationId], options);
    },

    /** Contacts of several organizations in one statement; `listedOnly`: active and consenting to be listed. */
    contactsOfMany(organizationIds: readonly string[], { listedOnly = false } = {}): Contact[] {
      if (organizationIds.length === 0) return [];
      const of = inArray(contacts.organizationId, [...organizationIds]);
      const where = listedOnly ? and(of, eq(contacts.consentToList, true), eq(contacts.active, true)) : of;
      return db.select().from(contacts).where(where).orderBy(asc(contacts.name)).all().map(toContact);
    },
  };
}

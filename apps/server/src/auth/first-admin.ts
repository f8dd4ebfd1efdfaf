import type { WriteContext } from "@moei/db";
import { type Organization, type OrganizationKind, organizationInputSchema } from "@moei/domain/organization";
import { ok, validate } from "@moei/domain/shared";
import type { repositories } from "../context.ts";

type Repos = Pick<ReturnType<typeof repositories>, "organizations">;

/**
 * The first admin belongs to an organization like everyone else. On an empty installation the default is
 * IOM, the secretariat of the Mae Sot coordination meeting, created here if the database has no IOM; an
 * admin's organization grants nothing (admins see everything), so it can be changed later at no cost.
 */
const IOM = {
  name: {
    en: "International Organization for Migration",
    th: "องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน",
    my: "အပြည်ပြည်ဆိုင်ရာ ရွှေ့ပြောင်းသွားလာမှုအဖွဲ့",
  },
  acronym: "IOM",
  kind: "international_organization",
} as const;

/** The organization whose acronym or name (in any language) is `nameOrAcronym`, ignoring case. */
export function findOrganization(repos: Repos, nameOrAcronym: string): Organization | undefined {
  const wanted = nameOrAcronym.trim().toLocaleLowerCase();
  if (wanted === "") return undefined;
  const page = repos.organizations.list({ query: nameOrAcronym.trim() }, { first: 200 });
  if (!("items" in page)) return undefined;
  const same = (s: string | undefined) => s?.toLocaleLowerCase() === wanted;
  return (
    page.items.find((o) => same(o.acronym)) ??
    page.items.find((o) => same(o.name.en) || same(o.name.th) || same(o.name.my))
  );
}

/**
 * The existing organization called `nameOrAcronym`, or a new one: IOM with its names in three languages,
 * or any other name as an organization of `kind`.
 */
export function organizationForAdmin(
  repos: Repos,
  ctx: WriteContext,
  nameOrAcronym: string,
  kind: OrganizationKind = "international_organization",
) {
  const found = findOrganization(repos, nameOrAcronym);
  if (found !== undefined) return ok(found);
  const name = nameOrAcronym.trim();
  const isIom = [IOM.acronym, IOM.name.en].some((n) => n.toLocaleLowerCase() === name.toLocaleLowerCase());
  const valid = validate(organizationInputSchema, isIom ? IOM : { name: { en: name }, kind });
  if (!valid.ok) return valid;
  return repos.organizations.create(ctx, valid.value);
}

// The organization kinds and countries on their own, without the schemas, so a browser page that only lists
// them does not load zod.

export const ORGANIZATION_KINDS = [
  "ministry",
  "department",
  "police",
  "prosecutor",
  "provincial_office",
  "un_agency",
  "international_organization",
  "ngo",
  "cbo",
  "migrant_association",
  "clinic",
  "legal_aid",
  "shelter",
  "learning_centre",
  "private_sector",
  "academia",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** ISO 3166-1 alpha-2 codes of the countries Moei's agreements and meetings involve. */
export const COUNTRIES = ["TH", "MM", "KH", "LA", "VN", "CN", "MY", "ID", "PH", "SG", "BN"] as const;
export type Country = (typeof COUNTRIES)[number];

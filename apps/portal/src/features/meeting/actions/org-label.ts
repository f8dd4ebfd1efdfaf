import { localized } from "../../../api/localized.ts";

/** "IOM" or the organization's name where it has no acronym. */
export const orgLabel = (
  org: { acronym: string | null; name: { en: string; th: string | null; my: string | null } },
  language: "en" | "th" | "my",
): string => org.acronym ?? localized(org.name, language);

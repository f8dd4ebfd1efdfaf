import { Link } from "wouter";
import { common } from "../i18n/common.messages.ts";
import { useT } from "../i18n/i18n.tsx";
import { usePageTitle } from "./usePageTitle.ts";

export function NotFound() {
  const t = useT(common);
  usePageTitle(t("notFound.title"));
  return (
    <main id="content">
      <h1>{t("notFound.title")}</h1>
      <p>{t("error.notFound")}</p>
      <Link href="/">{t("notFound.home")}</Link>
    </main>
  );
}

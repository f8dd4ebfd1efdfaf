import type { UiLanguage } from "@moei/domain/shared";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { FailureFields } from "../api/failure.ts";
import { localized } from "../api/localized.ts";
import { useSubmit } from "../api/mutation.ts";
import { exportsNav } from "../features/exports/exports-nav.messages.ts";
import { graphql } from "../graphql.ts";
import { common } from "../i18n/common.messages.ts";
import { LANGUAGE_NAMES, LANGUAGES, useLanguage, useT } from "../i18n/i18n.tsx";
import { useSession } from "../session.tsx";
import { Button } from "./Button.tsx";

const SetLanguage = graphql(
  `
  mutation SetMyLanguage($language: UiLanguage!) {
    setMyLanguage(language: $language) {
      __typename
      ... on User { id language }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

const SignOut = graphql(
  `
  mutation SignOut {
    signOut {
      __typename
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

function LanguageSwitcher() {
  const t = useT(common);
  const { language, setLanguage } = useLanguage();
  const { me } = useSession();
  const [, save] = useSubmit(SetLanguage);
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t("nav.language")}</span>
      <select
        name="language"
        value={language}
        onChange={(event) => {
          const next = event.target.value as UiLanguage;
          setLanguage(next);
          // Remembered for the user on every device, not only in this browser.
          if (me) void save({ language: next });
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The frame of every signed-in page: skip link, header with navigation, language and the user. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useT(common);
  const tn = useT(exportsNav);
  const { language } = useLanguage();
  const { me, refresh } = useSession();
  const [signingOut, signOut] = useSubmit(SignOut);
  return (
    <>
      <a className="skip-link" href="#content">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <span className="brand__name">{t("app.name")}</span>
          <span className="brand__tagline">{t("app.tagline")}</span>
        </Link>
        <nav aria-label={t("nav.main")} className="site-nav">
          <Link href="/">{t("nav.home")}</Link>
          <Link href="/actions">{t("nav.actions")}</Link>
          <Link href="/agreements">{t("nav.agreements")}</Link>
          <Link href="/organizations">{t("nav.directory")}</Link>
          <Link href="/search">{t("nav.search")}</Link>
        </nav>
        <div className="site-header__tools">
          <LanguageSwitcher />
          {me ? (
            <>
              <span
                className="user"
                title={t("nav.signedInAs", {
                  name: me.displayName,
                  organization: localized(me.organization.name, language),
                })}
              >
                {me.displayName} · {t(`role.${me.role}`)}
              </span>
              <Link href="/calendars">{tn("nav.calendars")}</Link>
              <Button
                variant="link"
                busy={signingOut}
                onClick={async () => {
                  await signOut({});
                  refresh();
                }}
              >
                {t("nav.signOut")}
              </Button>
            </>
          ) : null}
        </div>
      </header>
      {children}
    </>
  );
}

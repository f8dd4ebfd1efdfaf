import type { FindingKind } from "@moei/domain/data-protection";
import type { UiLanguage } from "@moei/domain/shared";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { Button } from "../../../ui/Button.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { textChecks } from "./text-checks.messages.ts";
import type { TextCheck } from "./text-checks.ts";

const LIST_LOCALES: Readonly<Record<UiLanguage, string>> = { en: "en", th: "th", my: "my" };

const KIND_KEYS: Readonly<Record<FindingKind, keyof (typeof textChecks)["en"]>> = {
  thai_national_id: "kind.thai_national_id",
  passport: "kind.passport",
  myanmar_nrc: "kind.myanmar_nrc",
  phone: "kind.phone",
  email: "kind.email",
  date_of_birth: "kind.date_of_birth",
};

/** "Thai ID number and phone number", in the interface language; an unknown kind is shown as it is named. */
export function useKindList(): (kinds: readonly string[]) => string {
  const t = useT(textChecks);
  const { language } = useFormat();
  return (kinds) => {
    const names = [...new Set(kinds)].map((k) => {
      const key = KIND_KEYS[k as FindingKind] as keyof (typeof textChecks)["en"] | undefined;
      return key ? t(key) : k;
    });
    return new Intl.ListFormat(LIST_LOCALES[language], { type: "conjunction" }).format(names);
  };
}

/**
 * The guard's findings while typing (kinds only, never the values) and, for Burmese, the offer to convert
 * Zawgyi to Unicode. In restricted meetings the warning says the text will be refused.
 */
export function TextWarnings(props: {
  check: TextCheck;
  restricted: boolean;
  onConvert?: (() => void) | undefined;
}) {
  const t = useT(textChecks);
  const kindList = useKindList();
  const { kinds, zawgyi } = props.check;
  return (
    <>
      {kinds.length > 0 ? (
        <Notice kind={props.restricted ? "error" : "warning"}>
          {t(props.restricted ? "guard.refused" : "guard.warning", { kinds: kindList(kinds) })}
        </Notice>
      ) : null}
      {zawgyi ? (
        <Notice kind="warning">
          {t("zawgyi.warning")}{" "}
          {props.onConvert ? (
            <Button variant="secondary" onClick={props.onConvert}>
              {t("zawgyi.convert")}
            </Button>
          ) : null}
        </Notice>
      ) : null}
    </>
  );
}

/** The server refused personal data: the kinds it found, never the values. */
export function PersonalDataNotice({ kinds }: { kinds: string }) {
  const t = useT(textChecks);
  return <Notice kind="error">{t("guard.server", { kinds })}</Notice>;
}

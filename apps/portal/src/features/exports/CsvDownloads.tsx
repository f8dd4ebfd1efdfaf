import { useT } from "../../i18n/i18n.tsx";
import { Notice } from "../../ui/Notice.tsx";
import { Download } from "./Download.tsx";
import {
  type ActionsExportFilters,
  type AgreementsExportFilters,
  actionsCsvPath,
  agreementsCsvPath,
} from "./export-paths.ts";
import { exportsMessages } from "./exports.messages.ts";

/**
 * The action tracker's CSV: the same id and enum filters as the list. The text search is not sent (free
 * text stays out of addresses), and the reader is told so while one is typed.
 */
export function ActionsCsv(props: { filters: ActionsExportFilters; searching: boolean }) {
  const t = useT(exportsMessages);
  return (
    <div className="export-csv">
      <Download path={actionsCsvPath(props.filters)} label={t("csv.actions")} hint={t("csv.hint")} />
      {props.searching ? <Notice kind="info">{t("csv.ignoresText")}</Notice> : null}
    </div>
  );
}

/** The agreements register's CSV, with its status, kind and party filters (not the text or the expiry filter). */
export function AgreementsCsv(props: {
  filters: AgreementsExportFilters;
  searching: boolean;
  expiring: boolean;
}) {
  const t = useT(exportsMessages);
  return (
    <div className="export-csv">
      <Download path={agreementsCsvPath(props.filters)} label={t("csv.agreements")} hint={t("csv.hint")} />
      {props.searching ? <Notice kind="info">{t("csv.ignoresText")}</Notice> : null}
      {props.expiring ? <Notice kind="info">{t("csv.ignoresExpiring")}</Notice> : null}
    </div>
  );
}

import { useId } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { Download } from "./Download.tsx";
import { seriesAttendancePath } from "./export-paths.ts";
import { exportsMessages } from "./exports.messages.ts";
import { SubscribeCalendar } from "./SubscribeCalendar.tsx";

/** A series' attendance over all its meetings as CSV, and a calendar subscription to its meetings. */
export function SeriesExports({ seriesId }: { seriesId: string }) {
  const t = useT(exportsMessages);
  const headingId = useId();
  return (
    <section className="export-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("series.title")}</h2>
      <Download path={seriesAttendancePath(seriesId)} label={t("series.attendance")} hint={t("csv.hint")} />
      <SubscribeCalendar seriesId={seriesId} />
    </section>
  );
}

/** The meetings an organization is invited to, in the reader's calendar. */
export function OrganizationCalendar({ organizationId }: { organizationId: string }) {
  return <SubscribeCalendar organizationId={organizationId} />;
}

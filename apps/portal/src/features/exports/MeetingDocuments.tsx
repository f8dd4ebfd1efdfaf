import { minutedItems } from "@moei/domain/meeting";
import { type AgendaItemId, UI_LANGUAGES, type UiLanguage } from "@moei/domain/shared";
import { useId, useState } from "react";
import { type FragmentOf, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Field } from "../../ui/Field.tsx";
import { useLanguageName } from "../meeting/minutes/language-name.ts";
import { Download } from "./Download.tsx";
import { MeetingDocumentsFields } from "./documents-fields.ts";
import { invitationPath, meetingAttendancePath, minutesPath } from "./export-paths.ts";
import { exportsMessages } from "./exports.messages.ts";

/**
 * A meeting's documents: the minutes as Word or PDF in one of the series' languages that has minutes
 * written (documents are made in the interface languages), the invitation for calendars, attendance as CSV.
 * What each reader may see in them is the server's business, as in the API.
 */
export function MeetingDocuments(props: { meeting: FragmentOf<typeof MeetingDocumentsFields> }) {
  const meeting = readFragment(MeetingDocumentsFields, props.meeting);
  const t = useT(exportsMessages);
  const { language: ui } = useFormat();
  const languageName = useLanguageName();
  const headingId = useId();
  const [chosen, setChosen] = useState<UiLanguage | null>(null);
  const written = UI_LANGUAGES.filter(
    (language) =>
      meeting.series.languages.includes(language) &&
      minutedItems(
        meeting.agenda.flatMap((item) =>
          item.minutes
            .filter((m) => m.language === language)
            .map((m) => ({ agendaItemId: item.id as AgendaItemId, body: m.body })),
        ),
      ).size > 0,
  );
  const lang = [chosen, ui].find((l) => l !== null && written.includes(l)) ?? written[0];
  return (
    <section className="export-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("documents.title")}</h2>
      <h3>{t("documents.minutes")}</h3>
      {lang ? (
        <>
          <Field label={t("documents.language")}>
            <select value={lang} onChange={(e) => setChosen(e.target.value as UiLanguage)}>
              {written.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </Field>
          <div className="export-row">
            <Download
              path={minutesPath(meeting.id, "docx", lang)}
              label={t("documents.docx")}
              variant="primary"
            />
            <Download
              path={minutesPath(meeting.id, "pdf", lang)}
              label={t("documents.pdf")}
              hint={t("documents.pdfHint")}
            />
          </div>
        </>
      ) : (
        <p>{t("documents.noMinutes")}</p>
      )}
      <div className="export-row">
        <Download
          path={invitationPath(meeting.id)}
          label={t("documents.invitation")}
          hint={t("documents.invitationHint")}
        />
        {meeting.attendance.length > 0 ? (
          <Download
            path={meetingAttendancePath(meeting.id)}
            label={t("documents.attendance")}
            hint={t("csv.hint")}
          />
        ) : null}
      </div>
    </section>
  );
}

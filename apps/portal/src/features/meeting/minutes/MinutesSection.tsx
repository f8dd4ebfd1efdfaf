import { isOpenFor } from "@moei/domain/meeting";
import type { Language } from "@moei/domain/shared";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { localized } from "../../../api/localized.ts";
import { type FragmentOf, graphql, type ResultOf, readFragment } from "../../../graphql.ts";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { useLanguageName } from "./language-name.ts";
import { MinutesEditor } from "./MinutesEditor.tsx";
import { minutesMessages } from "./minutes.messages.ts";

export const MinutesSectionFields = graphql(`
  fragment MinutesSectionFields on Meeting {
    id
    status
    series { id confidentiality languages }
    agenda {
      id
      position
      title { en th my }
      minutes { language body version updatedAt }
    }
  }
`);

/** The minutes of every agenda item in each of the series' languages; coordinators edit them while open. */
export function MinutesSection(props: {
  meeting: FragmentOf<typeof MinutesSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  const meeting = readFragment(MinutesSectionFields, props.meeting);
  const t = useT(minutesMessages);
  const headingId = useId();
  const editable = props.canManage && isOpenFor(meeting.status, "minutes");
  const restricted = meeting.series.confidentiality === "restricted";
  return (
    <section className="minutes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("title")}</h2>
      {props.canManage && !editable ? <Notice kind="info">{t("locked")}</Notice> : null}
      {meeting.agenda.length === 0 ? <p>{t("noAgenda")}</p> : null}
      <ol className="minutes__items">
        {meeting.agenda.map((item) => (
          <MinutesItem
            key={item.id}
            meetingId={meeting.id}
            item={item}
            languages={meeting.series.languages}
            editable={editable}
            restricted={restricted}
          />
        ))}
      </ol>
    </section>
  );
}

type Item = ResultOf<typeof MinutesSectionFields>["agenda"][number];

function MinutesItem(props: {
  meetingId: string;
  item: Item;
  languages: readonly Language[];
  editable: boolean;
  restricted: boolean;
}) {
  const { item, languages } = props;
  const t = useT(minutesMessages);
  const { language: ui } = useFormat();
  const languageName = useLanguageName();
  const base = useId();
  const [selected, setSelected] = useState<Language>(() =>
    languages.includes(ui) ? ui : (languages[0] ?? "en"),
  );
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const headingId = `${base}-heading`;

  // Arrow keys move between the language tabs, as in every tab list.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const to =
      event.key === "Home" ? 0 : event.key === "End" ? languages.length - 1 : step === 0 ? -1 : index + step;
    if (to === -1 && step === 0) return;
    event.preventDefault();
    const next = (to + languages.length) % languages.length;
    const language = languages[next];
    if (language) setSelected(language);
    tabs.current[next]?.focus();
  };

  return (
    <li className="minutes__item" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("item", { position: item.position, title: localized(item.title, ui) })}</h3>
      <div className="minutes__tabs" role="tablist" aria-label={t("languages", { position: item.position })}>
        {languages.map((language, index) => (
          <button
            key={language}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${language}`}
            aria-controls={`${base}-panel-${language}`}
            aria-selected={language === selected}
            tabIndex={language === selected ? 0 : -1}
            className="minutes__tab"
            onClick={() => setSelected(language)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {languageName(language)}
          </button>
        ))}
      </div>
      {languages.map((language) => {
        const minutes = item.minutes.find((m) => m.language === language);
        return (
          // Every panel stays mounted, so switching languages keeps what was typed and any pending save.
          <div
            key={language}
            role="tabpanel"
            id={`${base}-panel-${language}`}
            aria-labelledby={`${base}-tab-${language}`}
            hidden={language !== selected}
            className="minutes__panel"
          >
            {props.editable ? (
              <MinutesEditor
                meetingId={props.meetingId}
                itemId={item.id}
                position={item.position}
                language={language}
                languageName={languageName(language)}
                saved={minutes}
                restricted={props.restricted}
              />
            ) : minutes && minutes.body.trim() !== "" ? (
              <div className="minutes-text" lang={language}>
                {minutes.body}
              </div>
            ) : (
              <p className="minutes__empty">{t("empty", { language: languageName(language) })}</p>
            )}
          </div>
        );
      })}
    </li>
  );
}

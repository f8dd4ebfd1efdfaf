import { useId } from "react";
import { Link } from "wouter";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { labels } from "../../i18n/labels.messages.ts";
import type { Me } from "../../session.tsx";
import { Button } from "../../ui/Button.tsx";
import { orgLabel } from "../meeting/actions/org-label.ts";
import { ActionDetail } from "./ActionDetail.tsx";
import { ActionRowFields, mayChange } from "./action-fields.ts";
import { trackerMessages } from "./actions.messages.ts";

/** One action in the tracker's table, with the row that opens under it for its history and changes. */
export function ActionRow(props: {
  action: FragmentOf<typeof ActionRowFields>;
  me: Me | null;
  columns: number;
  selectable: boolean;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  open: boolean;
  onToggle: (id: string) => void;
  onChanged: (action: FragmentOf<typeof ActionRowFields>) => void;
}) {
  const a = readFragment(ActionRowFields, props.action);
  const t = useT(trackerMessages);
  const tl = useT(labels);
  const format = useFormat();
  const detailId = useId();
  const changeable = mayChange(props.me, a);
  const meetingName =
    localized(a.meeting.title, format.language) || localized(a.meeting.series.name, format.language);
  return (
    <>
      <tr className={a.overdue ? "act-row act-row--overdue" : "act-row"}>
        {props.selectable ? (
          <td>
            {changeable ? (
              <input
                type="checkbox"
                aria-label={t("select.row", { text: a.text })}
                checked={props.selected}
                onChange={(e) => props.onSelect(a.id, e.target.checked)}
              />
            ) : null}
          </td>
        ) : null}
        <td>
          <span className="act-row__text">{a.text}</span>
          <Button
            variant="link"
            aria-expanded={props.open}
            aria-controls={props.open ? detailId : undefined}
            onClick={() => props.onToggle(a.id)}
          >
            {t(props.open ? "details.hide" : "details.show")}
          </Button>
        </td>
        <td>
          <ul className="act-row__owners">
            {a.owners.map((o) => (
              <li key={o.id}>{orgLabel(o, format.language)}</li>
            ))}
          </ul>
        </td>
        <td>
          <time dateTime={a.dueOn}>{format.date(a.dueOn)}</time>
        </td>
        <td>
          <span className={`status act-status--${a.status}`}>{tl(`actionStatus.${a.status}`)}</span>
          {a.overdue ? (
            <span className="badge act-badge--overdue">{t("overdue", { days: a.daysOverdue })}</span>
          ) : null}
        </td>
        <td>
          <Link href={`/meetings/${a.meeting.id}`}>
            {meetingName}
            {a.meeting.numberLabel ? ` · ${a.meeting.numberLabel}` : ""}
          </Link>
        </td>
      </tr>
      {props.open ? (
        <tr className="act-detail-row">
          <td colSpan={props.columns} id={detailId}>
            <ActionDetail id={a.id} canChange={changeable} onChanged={props.onChanged} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

import { useMemo } from "react";
import { type FragmentOf, graphql, readFragment } from "../../graphql.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { agreements as messages } from "./agreements.messages.ts";
import { timelineOf, todayIndex, todayInThailand } from "./timeline.ts";

export const AgreementTimelineFields = graphql(`
  fragment AgreementTimelineFields on Agreement {
    dates { cabinetApprovedOn signedOn inForceOn reviewStartedOn reviewDueOn expiresOn endedOn }
    effectiveExpiry
    renewal { kind periodMonths noticeDays }
    reminders { kind daysLeft dueOn }
  }
`);

/** The agreement's dates in order, as an ordered list with today marked where it falls. */
export function AgreementTimeline(props: { agreement: FragmentOf<typeof AgreementTimelineFields> }) {
  const a = readFragment(AgreementTimelineFields, props.agreement);
  const t = useT(messages);
  const format = useFormat();
  const today = useMemo(() => todayInThailand(), []);
  const events = timelineOf(a.dates, a.effectiveExpiry);
  const now = todayIndex(events, today);
  const todayItem = (
    <li key="today" className="agreement-timeline__item agreement-timeline__item--today" aria-current="date">
      <span className="agreement-timeline__date">{format.date(today)}</span>{" "}
      <strong>{t("timeline.today")}</strong>
    </li>
  );
  const renewal =
    a.renewal.kind === "automatic"
      ? t("renewal.automatic", { months: a.renewal.periodMonths ?? 0, days: a.renewal.noticeDays ?? 0 })
      : t(`renewal.${a.renewal.kind}`);
  return (
    <section aria-labelledby="agreement-timeline" className="agreement-timeline">
      <h2 id="agreement-timeline">{t("timeline.title")}</h2>
      {a.reminders.map((r) => (
        <p key={`${r.kind}-${r.dueOn}`} className="notice notice--warning" role="status">
          {r.daysLeft < 0
            ? t(r.kind === "expiry" ? "reminder.expiryPassed" : "reminder.reviewPassed")
            : t(r.kind === "expiry" ? "reminder.expiry" : "reminder.review", { days: r.daysLeft })}
        </p>
      ))}
      {events.length === 0 ? <p>{t("timeline.none")}</p> : null}
      <ol className="agreement-timeline__list">
        {events.flatMap((e, i) => {
          const past = i < now;
          const item = (
            <li
              key={`${e.kind}-${e.date}`}
              className={`agreement-timeline__item agreement-timeline__item--${past ? "past" : "upcoming"}`}
            >
              <span className="agreement-timeline__date">{format.date(e.date)}</span>{" "}
              <span>{t(`timeline.${e.kind}`)}</span>{" "}
              <span className="visually-hidden">({t(past ? "timeline.past" : "timeline.upcoming")})</span>
            </li>
          );
          return i === now ? [todayItem, item] : [item];
        })}
        {now === events.length ? todayItem : null}
      </ol>
      <p>{renewal}</p>
    </section>
  );
}

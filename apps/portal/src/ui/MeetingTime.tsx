import { type FragmentOf, graphql, readFragment } from "../graphql.ts";
import { useFormat } from "../i18n/i18n.tsx";

export const MeetingTimeFields = graphql(`
  fragment MeetingTimeFields on Meeting {
    start
    zone
    series { countries }
  }
`);

/**
 * When a meeting starts, in its own zone; a cross-border meeting (a series of two or more countries) also
 * shows the time on each side: "10:00 Thailand (UTC+7) · 09:30 Myanmar (UTC+6:30)".
 */
export function MeetingTime(props: { meeting: FragmentOf<typeof MeetingTimeFields> }) {
  const meeting = readFragment(MeetingTimeFields, props.meeting);
  const format = useFormat();
  const crossBorder = meeting.series.countries.length > 1;
  return (
    <span className="meeting-time">
      <time dateTime={meeting.start}>{format.dateTime(meeting.start, meeting.zone)}</time>
      {crossBorder ? <span className="meeting-time__zones">{format.bothZones(meeting.start)}</span> : null}
    </span>
  );
}

import {
  formatOffset,
  instantOf,
  type LocalDateTime,
  offsetOf,
  parseLocalDateTime,
  parsePlainDate,
  type TimeZone,
  zoneLabel,
} from "@moei/domain/shared";
import { useFormat, useT } from "../../../i18n/i18n.tsx";
import { Field } from "../../../ui/Field.tsx";
import { schedule } from "./schedule.messages.ts";

export interface When {
  readonly date: string;
  readonly time: string;
  readonly duration: string;
}

/** The wall-clock start the API takes, or null while the date or time is incomplete. */
export function localStart(when: When): LocalDateTime | null {
  const parsed = parseLocalDateTime(`${when.date}T${when.time}`);
  return parsed.ok ? parsed.value : null;
}

/**
 * Date, start time and duration of a meeting, entered in the zone it is held in (the hint says which).
 * Thai users also see the date in the Buddhist Era, and for a cross-border series the time on the other side
 * of the border is shown live while they type.
 */
export function WhenFields(props: {
  when: When;
  onChange: (when: When) => void;
  zone: string;
  crossBorder: boolean;
  errors: Readonly<Record<string, string>>;
  /** The field paths of the mutation, for the API's per-field messages. */
  paths: { start: string; duration: string };
}) {
  const t = useT(schedule);
  const format = useFormat();
  const { when, onChange, zone } = props;
  const local = localStart(when);
  const instant = local ? instantOf(local, zone as TimeZone) : null;
  const offset = formatOffset(
    offsetOf(instant ?? instantOf("2026-01-01T12:00" as LocalDateTime, zone as TimeZone), zone as TimeZone),
  );
  return (
    <div className="sched-when">
      <div className="sched-when__row">
        <Field label={t("when.date")} error={props.errors[props.paths.start]}>
          <input
            type="date"
            required
            value={when.date}
            onChange={(e) => onChange({ ...when, date: e.target.value })}
          />
        </Field>
        {format.language === "th" && parsePlainDate(when.date).ok ? (
          <p className="sched-when__be" aria-live="polite">
            {format.date(when.date)}
          </p>
        ) : null}
      </div>
      <Field
        label={t("when.time")}
        hint={t("when.zoneHint", { zone: zoneLabel(zone as TimeZone, format.language), offset })}
      >
        <input
          type="time"
          required
          value={when.time}
          onChange={(e) => onChange({ ...when, time: e.target.value })}
        />
      </Field>
      {props.crossBorder && instant ? (
        <p className="sched-when__other" aria-live="polite">
          {t("when.otherSide", { times: format.bothZones(instant) })}
        </p>
      ) : null}
      <Field label={t("when.duration")} error={props.errors[props.paths.duration]}>
        <input
          type="number"
          inputMode="numeric"
          min={15}
          step={15}
          required
          value={when.duration}
          onChange={(e) => onChange({ ...when, duration: e.target.value })}
        />
      </Field>
    </div>
  );
}

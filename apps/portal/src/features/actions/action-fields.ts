import { graphql, type ResultOf } from "../../graphql.ts";
import { canManageSeries, type Me } from "../../session.tsx";

export const ActionRowFields = graphql(`
  fragment ActionRowFields on Action {
    id
    text
    status
    version
    dueOn
    overdue
    daysOverdue
    owners { id acronym name { en th my } }
    meeting {
      id
      title { en th my }
      numberLabel(lang: $lang)
      series { id name { en th my } confidentiality }
    }
  }
`);

export type ActionRowData = ResultOf<typeof ActionRowFields>;
export type ActionStatus = ActionRowData["status"];

/**
 * Admins and the series' coordinators change any action of the series; members and coordinators change the
 * actions their own organization owns (the server's rule; allowedEvents only says what the status permits).
 */
export function mayChange(me: Me | null, action: ActionRowData): boolean {
  if (me === null) return false;
  if (canManageSeries(me, action.meeting.series.id)) return true;
  return (
    (me.role === "member" || me.role === "coordinator") &&
    action.owners.some((o) => o.id === me.organization.id)
  );
}

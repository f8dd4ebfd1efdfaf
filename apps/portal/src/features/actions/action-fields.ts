import { canChangeAction } from "@moei/domain/access";
import type { OrganizationId, SeriesId } from "@moei/domain/shared";
import { graphql, type ResultOf } from "../../graphql.ts";
import { actorOf, type Me } from "../../session.tsx";

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
 * Whether the signed-in user may report on or change the status of this action: the domain's rule (series
 * managers, and delegates of an owner organization); allowedEvents only says what the status permits.
 */
export const mayChange = (me: Me | null, action: ActionRowData): boolean =>
  canChangeAction(
    actorOf(me),
    { ownerIds: action.owners.map((o) => o.id as OrganizationId) },
    { id: action.meeting.series.id as SeriesId },
  );

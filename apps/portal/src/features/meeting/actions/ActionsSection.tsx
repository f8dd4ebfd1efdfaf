import { type FragmentOf, graphql } from "../../../graphql.ts";

export const ActionsSectionFields = graphql(`
  fragment ActionsSectionFields on Meeting {
    id
    actions { id text dueOn status overdue daysOverdue version owners { id acronym } }
  }
`);

export function ActionsSection(_props: {
  meeting: FragmentOf<typeof ActionsSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  return <section className="actions" />;
}

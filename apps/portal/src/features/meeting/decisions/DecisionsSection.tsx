import { type FragmentOf, graphql } from "../../../graphql.ts";

export const DecisionsSectionFields = graphql(`
  fragment DecisionsSectionFields on Meeting {
    id
    decisions { id position text { en th my } agendaItem { id position } }
  }
`);

export function DecisionsSection(_props: {
  meeting: FragmentOf<typeof DecisionsSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  return <section className="decisions" />;
}

import { type FragmentOf, graphql } from "../../../graphql.ts";

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

export function MinutesSection(_props: {
  meeting: FragmentOf<typeof MinutesSectionFields>;
  canManage: boolean;
  refresh: () => void;
}) {
  return <section className="minutes" />;
}

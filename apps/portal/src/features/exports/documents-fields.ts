import { graphql } from "../../graphql.ts";

/**
 * What the meeting page's Documents block reads: the series' languages, which minutes are written, whether
 * attendance is recorded. Kept apart from the (lazy) component, so the page's query can include it.
 */
export const MeetingDocumentsFields = graphql(`
  fragment MeetingDocumentsFields on Meeting {
    id
    series { id languages }
    agenda { id minutes { language body } }
    attendance { status }
  }
`);

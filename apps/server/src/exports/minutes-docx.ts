import { decodeGlobalID } from "@pothos/plugin-relay";
import { Packer } from "docx";
import type { FastifyInstance } from "fastify";
import {
  audit,
  documentLanguage,
  type ExportDeps,
  ExportRefusal,
  exportHandler,
  runQuery,
  sendFile,
} from "./export-request.ts";
import { type MinutesMeeting, minutesDocument, minutesFileName } from "./minutes-document.ts";

/*
 * GET /export/meetings/<meetingId>/minutes.docx?lang=en|th|my — the minutes of one meeting as a Word
 * document in one language. Everything in it is read through one GraphQL query as the requester, so a
 * meeting they may not read is not found, and matters arising of meetings they may not read are left out,
 * exactly as in the portal.
 */

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const MINUTES_QUERY = /* GraphQL */ `
  query MinutesDocument($id: ID!, $lang: UiLanguage!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        title { en th my }
        number { ordinal year }
        statusLabel(lang: $lang)
        start
        end
        zone
        mode
        venue
        times { zone }
        series {
          name { en th my }
          numbering
          countries
          quorum
          secretariat { ...MinutesOrganization }
        }
        invitations { organization { ...MinutesOrganization } }
        attendance { status delegates organization { ...MinutesOrganization } }
        quorum { members present required met }
        agenda {
          id
          position
          title { en th my }
          presenter { ...MinutesOrganization }
          minutes { language body }
        }
        decisions { position text { en th my } agendaItem { id } }
        actions { ...MinutesAction }
        mattersArising { carriedOver action { ...MinutesAction } }
      }
    }
  }

  fragment MinutesOrganization on Organization { acronym name { en th my } }

  fragment MinutesAction on Action {
    text
    dueOn
    status
    overdue
    owners { ...MinutesOrganization }
  }
`;

type MinutesQueryResult = {
  readonly node:
    | ({ readonly __typename: "Meeting" } & MinutesMeeting)
    | { readonly __typename: string }
    | null;
};

const isMeeting = (node: MinutesQueryResult["node"]): node is { __typename: "Meeting" } & MinutesMeeting =>
  node?.__typename === "Meeting";

export function registerMinutesDocx(app: FastifyInstance, deps: ExportDeps): void {
  app.get<{ Params: { meetingId: string }; Querystring: Record<string, unknown> }>(
    "/export/meetings/:meetingId/minutes.docx",
    exportHandler(deps, async (ctx, request, reply) => {
      if (ctx.actor === null) throw new ExportRefusal(401, "UNAUTHENTICATED");
      const lang = documentLanguage(request.query as Record<string, unknown>);
      const { meetingId } = request.params as { meetingId: string };
      // Not a meeting's id, or a meeting the reader may not read: the same answer as for an id that names nothing.
      const notFound = new ExportRefusal(404, "NOT_FOUND", { entity: "meeting" });
      const { node } = await runQuery<MinutesQueryResult>(ctx, MINUTES_QUERY, { id: meetingId, lang });
      if (!isMeeting(node)) throw notFound;

      const body = await Packer.toBuffer(minutesDocument(node, { lang, today: ctx.today() }));
      audit(ctx, {
        kind: "docx.minutes",
        entityType: "meeting",
        entityId: decodeGlobalID(node.id).id,
        details: { lang },
      });
      return sendFile(reply, { body, type: DOCX_TYPE, filename: minutesFileName(node, lang) });
    }),
  );
}

import { SEARCH_ENTITY_TYPES, type SearchHit } from "@moei/db";
import type { Action } from "@moei/domain/action";
import type { Agreement } from "@moei/domain/agreement";
import type { Meeting } from "@moei/domain/meeting";
import type { Organization } from "@moei/domain/organization";
import { brandWithType } from "@pothos/core";
import { visibility } from "../authorization.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { ActionNode } from "./action.ts";
import { AgreementNode } from "./agreement.ts";
import { MeetingNode } from "./meeting.ts";
import { OrganizationNode } from "./organization.ts";

type SearchNode = Organization | Agreement | Meeting | Action;
type Snippet = SearchHit["snippet"];
type TextRange = Snippet["highlights"][number];

export const SearchTypeEnum = builder.enumType("SearchType", {
  description: "What a search may return",
  values: SEARCH_ENTITY_TYPES,
});

const TextRangeRef = builder.objectRef<TextRange>("TextRange").implement({
  description:
    "A run of text, in UTF-16 code units as JavaScript strings count them (`text.slice(start, start + length)`).",
  fields: (t) => ({
    start: t.exposeInt("start"),
    length: t.exposeInt("length"),
  }),
});

const SearchSnippetRef = builder.objectRef<Snippet>("SearchSnippet").implement({
  description:
    "Plain text around the match (never markup: render it as text), the parts that matched given as ranges. Names in several languages are joined with ` · `; `…` marks a cut.",
  fields: (t) => ({
    text: t.exposeString("text"),
    highlights: t.field({
      type: [TextRangeRef],
      description: "The matched runs, in order",
      resolve: (s) => [...s.highlights],
    }),
  }),
});

export const SearchResultUnion = builder.unionType("SearchResult", {
  description: "Something a search found",
  types: [OrganizationNode, AgreementNode, MeetingNode, ActionNode],
});

interface SearchHitShape {
  readonly node: SearchNode;
  readonly snippet: Snippet;
}

const SearchHitRef = builder.objectRef<SearchHitShape>("SearchHit").implement({
  description: "One search result: what was found, and where the query matched it.",
  fields: (t) => ({
    node: t.field({ type: SearchResultUnion, resolve: (h) => h.node }),
    snippet: t.field({
      type: SearchSnippetRef,
      description:
        "From the name or title, or for a meeting possibly from its minutes or decisions: a meeting is found by what was said in it",
      resolve: (h) => h.snippet,
    }),
  }),
});

/**
 * Loads the hits' nodes through each type's dataloader (one statement per type whatever the number of
 * hits) and brands each with its type, since domain values alone do not say which union member they are.
 * The loaders answer null for what is gone or may not be read; such hits are left out.
 */
async function withNodes(hits: readonly SearchHit[], ctx: Context): Promise<SearchHitShape[]> {
  const refs = {
    organization: OrganizationNode,
    agreement: AgreementNode,
    meeting: MeetingNode,
    action: ActionNode,
  } as const;
  const nodes = await Promise.all(
    hits.map(async (hit): Promise<SearchNode | null> => {
      const ref = refs[hit.entityType];
      const node: SearchNode | null = await ref.getDataloader(ctx).load(hit.entityId);
      if (node !== null) brandWithType(node, ref);
      return node;
    }),
  );
  return hits.flatMap((hit, i) => {
    const node = nodes[i];
    return node ? [{ node, snippet: hit.snippet }] : [];
  });
}

builder.queryField("search", (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Organizations, agreements, meetings and actions whose text contains the query, best first. Each word of the query must appear (as typed, in any case, inside longer words too); in Thai and Burmese, which have no spaces between words, any part of three characters or more is found. A query of words of one or two characters only ("UN") is looked for in names and titles. Quotes, AND, OR, * and the like are plain text here. Meetings are found by their title, series, venue, minutes and decisions. Only what the viewer may read is searched: meetings of partners series need a signed-in viewer, restricted (case management) meetings, with their minutes and actions, an invitation.',
    authScopes: { anyone: true },
    args: {
      query: t.arg.string({ required: true, description: "What to look for; up to 200 characters are used" }),
      types: t.arg({
        type: [SearchTypeEnum],
        description: "Only these kinds of result; all when absent or empty",
      }),
      first: t.arg.int({
        defaultValue: 20,
        description: "At most this many results of each type (1 to 100)",
      }),
    },
    resolve: (_, args, ctx) => {
      const hits = ctx.repos.search.search(args.query, {
        visibleTo: visibility(ctx),
        ...(args.types ? { types: args.types } : {}),
        ...(args.first == null ? {} : { first: args.first }),
      });
      return withNodes(hits, ctx);
    },
  }),
);

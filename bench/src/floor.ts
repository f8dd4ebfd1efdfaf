import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { applyActionEvent } from "@moei/domain/action";
import { acceptFreeText } from "@moei/domain/data-protection";
import { displayZones, formatMeetingNumber, type NumberingScheme } from "@moei/domain/meeting";
import type { Country } from "@moei/domain/organization";
import {
  type ActionId,
  type Confidentiality,
  formatDualZone,
  type Instant,
  instantFromEpochMs,
  type PlainDate,
  type TimeZone,
  type UserId,
} from "@moei/domain/shared";
import Database from "better-sqlite3";
import { fromGlobalId, globalId } from "./scenarios.ts";

/**
 * The floor: what answering the benchmark's operations costs with nothing between HTTP and SQLite.
 * node:http, hand-written SQL in prepared better-sqlite3 statements (joins where a hand-written server
 * would join), plain objects in the order of the GraphQL selection, `JSON.stringify`. It computes what our
 * server computes with the same @moei/domain functions (number labels, times in both zones, the action
 * lifecycle, the personal-data guard), so its bodies are byte-identical to ours; run.ts refuses to time
 * anything until they are. It parses no GraphQL: it answers by `operationName`, with the variables given.
 */

type Row = Record<string, unknown>;
type Json = unknown;

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;
/** The request language: the benchmark sends no Accept-Language, so both servers answer in English. */
const LANG = "en";

const pageSize = (first: unknown): number =>
  Math.min(Math.max(1, typeof first === "number" ? first : DEFAULT_PAGE), MAX_PAGE);
const cursor = (key: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(key)).toString("base64url");
const text = (en: unknown, th: unknown, my: unknown) => ({ en, th: th ?? null, my: my ?? null });
const numberLabel = (ordinal: unknown, year: unknown, numbering: unknown): string | null =>
  ordinal === null
    ? null
    : formatMeetingNumber(
        { ordinal: ordinal as number, ...(year === null ? {} : { year: year as number }) },
        numbering as NumberingScheme,
        LANG,
      );

function groupBy(rows: readonly Row[], key: string): Map<unknown, Row[]> {
  const groups = new Map<unknown, Row[]>();
  for (const row of rows) {
    const group = groups.get(row[key]);
    if (group === undefined) groups.set(row[key], [row]);
    else group.push(row);
  }
  return groups;
}

export interface Floor {
  /** The response body for a POSTed GraphQL request body, as our server would write it. */
  answer(body: string, cookie?: string): string;
  close(): void;
}

export function openFloor(path: string): Floor {
  const db = new Database(path, { fileMustExist: true });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");

  const st = {
    meeting: db.prepare(
      `SELECT m.id, m.number_ordinal, m.number_year, m.title_en, m.title_th, m.title_my, m.status, m.start_at,
              m.end_at, m.zone, m.mode, m.venue, s.id AS series_id, s.name_en, s.name_th, s.name_my,
              s.numbering, s.countries, s.confidentiality
       FROM meetings m JOIN meeting_series s ON s.id = m.series_id WHERE m.id = ?`,
    ),
    agenda: db.prepare(
      "SELECT id, position, kind, title_en, title_th, title_my FROM agenda_items WHERE meeting_id = ? ORDER BY position",
    ),
    minutes: db.prepare(
      "SELECT agenda_item_id, language, body, version, updated_at FROM minutes WHERE meeting_id = ? ORDER BY agenda_item_id, language",
    ),
    attendance: db.prepare(
      `SELECT a.status, a.delegates, o.id, o.name_en, o.name_th, o.name_my, o.acronym
       FROM attendance a JOIN organizations o ON o.id = a.organization_id
       WHERE a.meeting_id = ? ORDER BY a.organization_id`,
    ),
    invitations: db.prepare(
      "SELECT organization_id, rsvp, responded_at FROM invitations WHERE meeting_id = ? ORDER BY organization_id",
    ),
    decisions: db.prepare(
      "SELECT id, position, text_en, text_th, text_my, agenda_item_id FROM decisions WHERE meeting_id = ? ORDER BY position",
    ),
    meetingActions: db.prepare(
      "SELECT id, text, due_on, status FROM actions WHERE source_meeting_id = ? ORDER BY due_on, id",
    ),
    meetingOwners: db.prepare(
      `SELECT w.action_id, o.id, o.name_en, o.name_th, o.name_my
       FROM action_owners w JOIN organizations o ON o.id = w.organization_id
       WHERE w.action_id IN (SELECT id FROM actions WHERE source_meeting_id = ?)
       ORDER BY w.action_id, w.organization_id`,
    ),
    owners: db.prepare(
      `SELECT w.action_id, o.id, o.name_en, o.name_th, o.name_my
       FROM action_owners w JOIN organizations o ON o.id = w.organization_id
       WHERE w.action_id IN (SELECT value FROM json_each(?))
       ORDER BY w.action_id, w.organization_id`,
    ),
    agreementCount: db.prepare("SELECT count(*) AS n FROM agreements"),
    agreements: db.prepare(
      `SELECT id, kind, title_en, title_th, title_my, status, signed_on, in_force_on, expires_on
       FROM agreements ORDER BY ifnull(expires_on, '~'), id LIMIT ?`,
    ),
    parties: db.prepare(
      `SELECT p.agreement_id, p.id, p.kind, p.country, o.id AS organization_id, o.name_en, o.name_th, o.name_my
       FROM agreement_parties p LEFT JOIN organizations o ON o.id = p.organization_id
       WHERE p.agreement_id IN (SELECT value FROM json_each(?))
       ORDER BY p.agreement_id, p.position`,
    ),
    signatories: db.prepare(
      `SELECT s.party_id, s.name, s.title FROM agreement_signatories s
       WHERE s.party_id IN (SELECT p.id FROM agreement_parties p WHERE p.agreement_id IN (SELECT value FROM json_each(?)))
       ORDER BY s.party_id, s.position`,
    ),
    actionForWrite: db.prepare(
      `SELECT a.*, s.confidentiality FROM actions a
       JOIN meetings m ON m.id = a.source_meeting_id JOIN meeting_series s ON s.id = m.series_id
       WHERE a.id = ?`,
    ),
    actionOwnerIds: db.prepare("SELECT organization_id FROM action_owners WHERE action_id = ?"),
    actionLinks: db.prepare(
      "SELECT agreement_id, clause, sop_step_key FROM action_links WHERE action_id = ? ORDER BY position",
    ),
    updateAction: db.prepare(
      "UPDATE actions SET status = ?, completed_at = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
    ),
    insertProgress: db.prepare(
      "INSERT INTO progress_updates (action_id, at, author_id, from_status, to_status, comment) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    readAudit: db.prepare(
      `INSERT INTO audit_log (at, actor_id, operation, entity_type, entity_id, before, after)
       SELECT ?, ?, 'meeting.read', 'meeting', value, NULL, NULL FROM json_each(?)`,
    ),
    insertAudit: db.prepare(
      "INSERT INTO audit_log (at, actor_id, operation, entity_type, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
  };

  // Like ours, every request finds its session: the cookie's token, hashed, in one indexed lookup. The
  // floor answers administrators only (what the benchmark signs in as), so it needs no visibility rules.
  const hasSessions =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get() !== undefined;
  const sessionOf = hasSessions
    ? db.prepare(
        `SELECT u.id, u.role, u.active, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ?`,
      )
    : undefined;
  /** The administrator's user id (null without sessions in the schema), or undefined for anyone else. */
  const adminOf = (cookie: string | undefined): string | null | undefined => {
    if (sessionOf === undefined) return null;
    const token = /(?:^|;\s*)moei=([A-Za-z0-9_-]{43})(?:;|$)/.exec(cookie ?? "")?.[1];
    if (token === undefined) return undefined;
    const row = sessionOf.get(createHash("sha256").update(token).digest("base64url")) as Row | undefined;
    const valid =
      row !== undefined &&
      row.role === "admin" &&
      row.active === 1 &&
      (row.expires_at as string) > instantFromEpochMs(Date.now());
    return valid ? (row.id as string) : undefined;
  };

  /** The action list's count and page statements depend on which filters are given; prepared once per shape. */
  const listStatements = new Map<string, { count: Database.Statement; page: Database.Statement }>();

  const ownersByAction = (rows: readonly Row[]) =>
    new Map(
      [...groupBy(rows, "action_id")].map(([actionId, owners]) => [
        actionId,
        owners.map((o) => ({
          id: globalId("Organization", o.id as string),
          name: text(o.name_en, o.name_th, o.name_my),
        })),
      ]),
    );

  /**
   * Reads of restricted meetings leave an audit row each, as ours records them (apps/server/src/
   * authorization.ts): the same INSERT, in one statement per request, or the floor would skip a write.
   */
  function recordReads(actorId: string | null, meetingIds: readonly unknown[]): void {
    if (meetingIds.length === 0) return;
    st.readAudit.run(instantFromEpochMs(Date.now()), actorId, JSON.stringify([...new Set(meetingIds)]));
  }

  function meetingPage(variables: Row, actorId: string | null): Json {
    const { id } = fromGlobalId(variables.id as string);
    const m = st.meeting.get(id) as Row | undefined;
    if (m === undefined) return { node: null };
    if (m.confidentiality === "restricted") recordReads(actorId, [m.id]);
    const minutes = groupBy(st.minutes.all(id) as Row[], "agenda_item_id");
    const owners = ownersByAction(st.meetingOwners.all(id) as Row[]);
    const countries = JSON.parse(m.countries as string) as Country[];
    return {
      node: {
        id: globalId("Meeting", m.id as string),
        series: {
          id: globalId("Series", m.series_id as string),
          name: text(m.name_en, m.name_th, m.name_my),
        },
        numberLabel: numberLabel(m.number_ordinal, m.number_year, m.numbering),
        title: m.title_en === null ? null : text(m.title_en, m.title_th, m.title_my),
        status: m.status,
        start: m.start_at,
        end: m.end_at,
        zone: m.zone,
        times: formatDualZone(
          m.start_at as Instant,
          LANG,
          displayZones({ countries }, m.zone as TimeZone),
        ).map((z) => ({ zone: z.zone, local: z.local, offset: z.offset, label: z.label, time: z.time })),
        mode: m.mode,
        venue: m.venue,
        agenda: (st.agenda.all(id) as Row[]).map((i) => ({
          id: i.id,
          position: i.position,
          kind: i.kind,
          title: text(i.title_en, i.title_th, i.title_my),
          minutes: (minutes.get(i.id) ?? []).map((n) => ({
            language: n.language,
            body: n.body,
            version: n.version,
            updatedAt: n.updated_at,
          })),
        })),
        attendance: (st.attendance.all(id) as Row[]).map((a) => ({
          organization: {
            id: globalId("Organization", a.id as string),
            name: text(a.name_en, a.name_th, a.name_my),
            acronym: a.acronym,
          },
          status: a.status,
          delegates: JSON.parse(a.delegates as string),
        })),
        invitations: (st.invitations.all(id) as Row[]).map((i) => ({
          organization: { id: globalId("Organization", i.organization_id as string) },
          rsvp: i.rsvp,
          respondedAt: i.responded_at,
        })),
        decisions: (st.decisions.all(id) as Row[]).map((d) => ({
          id: d.id,
          position: d.position,
          text: text(d.text_en, d.text_th, d.text_my),
          agendaItem: d.agenda_item_id === null ? null : { id: d.agenda_item_id },
        })),
        actions: (st.meetingActions.all(id) as Row[]).map((a) => ({
          id: globalId("Action", a.id as string),
          text: a.text,
          dueOn: a.due_on,
          status: a.status,
          owners: owners.get(a.id) ?? [],
        })),
      },
    };
  }

  function actionList(variables: Row, actorId: string | null): Json {
    const organizationId = fromGlobalId(variables.organizationId as string).id;
    const status = variables.status as string[] | null | undefined;
    const dueFrom = variables.dueFrom as string | null | undefined;
    const dueTo = variables.dueTo as string | null | undefined;
    const shape = `${status?.length ? "s" : ""}${dueFrom ? "f" : ""}${dueTo ? "t" : ""}`;
    let statements = listStatements.get(shape);
    if (statements === undefined) {
      const where = [
        "w.organization_id = ?",
        ...(status?.length ? ["w.status IN (SELECT value FROM json_each(?))"] : []),
        ...(dueFrom ? ["w.due_on >= ?"] : []),
        ...(dueTo ? ["w.due_on <= ?"] : []),
      ].join(" AND ");
      statements = {
        count: db.prepare(`SELECT count(*) AS n FROM action_owners w WHERE ${where}`),
        page: db.prepare(
          `SELECT a.id, a.text, a.due_on, a.status, m.id AS meeting_id, m.start_at, m.number_ordinal,
                  m.number_year, s.numbering, s.confidentiality
           FROM action_owners w JOIN actions a ON a.id = w.action_id
           JOIN meetings m ON m.id = a.source_meeting_id JOIN meeting_series s ON s.id = m.series_id
           WHERE ${where} ORDER BY w.due_on, w.action_id LIMIT ?`,
        ),
      };
      listStatements.set(shape, statements);
    }
    const params = [
      organizationId,
      ...(status?.length ? [JSON.stringify(status)] : []),
      ...(dueFrom ? [dueFrom] : []),
      ...(dueTo ? [dueTo] : []),
    ];
    const size = pageSize(variables.first);
    const total = (statements.count.get(...params) as { n: number }).n;
    const rows = statements.page.all(...params, size + 1) as Row[];
    const visible = rows.slice(0, size);
    recordReads(
      actorId,
      visible.filter((r) => r.confidentiality === "restricted").map((r) => r.meeting_id),
    );
    const owners = ownersByAction(st.owners.all(JSON.stringify(visible.map((r) => r.id))) as Row[]);
    const last = visible.at(-1);
    return {
      actions: {
        totalCount: total,
        pageInfo: {
          hasNextPage: rows.length > size,
          endCursor: last === undefined ? null : cursor([last.due_on as string, last.id as string]),
        },
        edges: visible.map((a) => ({
          node: {
            id: globalId("Action", a.id as string),
            text: a.text,
            dueOn: a.due_on,
            status: a.status,
            owners: owners.get(a.id) ?? [],
            meeting: {
              id: globalId("Meeting", a.meeting_id as string),
              start: a.start_at,
              numberLabel: numberLabel(a.number_ordinal, a.number_year, a.numbering),
            },
          },
        })),
      },
    };
  }

  function agreementList(variables: Row): Json {
    const size = pageSize(variables.first);
    const total = (st.agreementCount.get() as { n: number }).n;
    const rows = st.agreements.all(size + 1) as Row[];
    const visible = rows.slice(0, size);
    const ids = JSON.stringify(visible.map((r) => r.id));
    const parties = groupBy(st.parties.all(ids) as Row[], "agreement_id");
    const signatories = groupBy(st.signatories.all(ids) as Row[], "party_id");
    const last = visible.at(-1);
    return {
      agreements: {
        totalCount: total,
        pageInfo: {
          hasNextPage: rows.length > size,
          endCursor:
            last === undefined
              ? null
              : cursor([(last.expires_on as string | null) ?? "~", last.id as string]),
        },
        edges: visible.map((a) => ({
          node: {
            id: globalId("Agreement", a.id as string),
            kind: a.kind,
            title: text(a.title_en, a.title_th, a.title_my),
            status: a.status,
            dates: { signedOn: a.signed_on, inForceOn: a.in_force_on, expiresOn: a.expires_on },
            parties: (parties.get(a.id) ?? []).map((p) => ({
              kind: p.kind,
              country: p.kind === "government" ? p.country : null,
              organization:
                p.organization_id === null
                  ? null
                  : {
                      id: globalId("Organization", p.organization_id as string),
                      name: text(p.name_en, p.name_th, p.name_my),
                    },
              signatories: (signatories.get(p.id) ?? []).map((s) => ({ name: s.name, title: s.title })),
            })),
          },
        })),
      },
    };
  }

  /** A progress report: the same rules, UPDATE, progress row and audit row as ours, in one transaction. */
  const reportProgress = db.transaction((variables: Row): Json => {
    const id = fromGlobalId(variables.id as string).id;
    const row = st.actionForWrite.get(id) as Row | undefined;
    if (row === undefined) return { changeActionStatus: { __typename: "NotFoundError" } };
    if (row.version !== variables.version) {
      return { changeActionStatus: { __typename: "ConflictError", currentVersion: row.version } };
    }
    const comment = acceptFreeText(variables.comment as string, "en", row.confidentiality as Confidentiality);
    if (!comment.ok) return { changeActionStatus: { __typename: "PersonalDataError" } };
    const before = {
      id: row.id as ActionId,
      text: row.text as string,
      ownerIds: (st.actionOwnerIds.all(id) as Row[]).map((o) => o.organization_id),
      ...(row.contact_id === null ? {} : { contactId: row.contact_id }),
      dueOn: row.due_on as PlainDate,
      source: {
        meetingId: row.source_meeting_id,
        ...(row.source_agenda_item_id === null ? {} : { agendaItemId: row.source_agenda_item_id }),
        ...(row.source_decision_id === null ? {} : { decisionId: row.source_decision_id }),
      },
      links: (st.actionLinks.all(id) as Row[]).map((l) => ({
        agreementId: l.agreement_id,
        ...(l.clause === null ? {} : { clause: l.clause }),
        ...(l.sop_step_key === null ? {} : { sopStepKey: l.sop_step_key }),
      })),
      status: row.status,
      version: row.version as number,
      createdAt: row.created_at,
      ...(row.completed_at === null ? {} : { completedAt: row.completed_at }),
    } as Parameters<typeof applyActionEvent>[0];
    const at = instantFromEpochMs(Date.now());
    const changed = applyActionEvent(before, "report", {
      comment: comment.value.text,
      at,
      authorId: "system" as UserId,
    });
    if (!changed.ok) return { changeActionStatus: { __typename: "TransitionError" } };
    const after = { ...changed.value.action, version: before.version + 1 };
    st.updateAction.run(after.status, after.completedAt ?? null, after.version, at, id, before.version);
    const { update } = changed.value;
    st.insertProgress.run(id, update.at, null, update.from, update.to, update.comment);
    st.insertAudit.run(
      at,
      null,
      "action.report",
      "action",
      id,
      JSON.stringify(before),
      JSON.stringify(after),
    );
    return {
      changeActionStatus: {
        __typename: "ChangeActionStatusPayload",
        action: { id: globalId("Action", id), version: after.version, status: after.status },
      },
    };
  });

  const operations: Record<string, (variables: Row, actorId: string | null) => Json> = {
    MeetingPage: meetingPage,
    ActionList: actionList,
    AgreementList: agreementList,
    ReportProgress: (variables) => reportProgress(variables),
  };

  return {
    answer(body: string, cookie?: string): string {
      const actorId = adminOf(cookie);
      if (actorId === undefined) {
        return `${JSON.stringify({ errors: [{ message: "The floor answers the benchmark's administrator only" }] })}\n`;
      }
      const request = JSON.parse(body) as { operationName?: string; variables?: Row };
      const operation = operations[request.operationName ?? ""];
      if (operation === undefined) {
        return `${JSON.stringify({ errors: [{ message: `The floor does not know ${request.operationName}` }] })}\n`;
      }
      // Apollo writes JSON.stringify(result) and a newline.
      return `${JSON.stringify({ data: operation(request.variables ?? {}, actorId) })}\n`;
    },
    close: () => db.close(),
  };
}

/** The floor as an HTTP server: POST /graphql with a JSON body, GET /health. */
export function floorServer(floor: Floor): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "GET" && req.url === "/health") {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end('{"status":"ok"}');
      return;
    }
    if (req.method !== "POST" || req.url !== "/graphql") {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      let body: string;
      try {
        body = floor.answer(Buffer.concat(chunks).toString("utf8"), req.headers.cookie);
      } catch (e) {
        res.writeHead(500, { "content-type": "text/plain" }).end(String(e));
        return;
      }
      res
        .writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "content-length": Buffer.byteLength(body),
        })
        .end(body);
    });
  });
}

// As a child process of run.ts: FLOOR_DB, PORT and HOST (127.0.0.1) from the environment.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.env.FLOOR_DB;
  if (!path) throw new Error("FLOOR_DB is required");
  const floor = openFloor(path);
  const server = floorServer(floor);
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? "127.0.0.1", () => {
    const address = server.address();
    console.log(`floor listening on ${typeof address === "object" && address ? address.port : address}`);
  });
  const stop = () => server.close(() => floor.close());
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

import type { CombinedError } from "@urql/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useClient, useQuery } from "urql";
import { localized } from "../../api/localized.ts";
import { type FragmentOf, graphql, readFragment, type VariablesOf } from "../../graphql.ts";
import { common } from "../../i18n/common.messages.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { labels } from "../../i18n/labels.messages.ts";
import { useSession } from "../../session.tsx";
import { Button } from "../../ui/Button.tsx";
import { Field } from "../../ui/Field.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { usePageTitle } from "../../ui/usePageTitle.ts";
import { LazyActionsCsv } from "../exports/lazy.tsx";
import { orgLabel } from "../meeting/actions/org-label.ts";
import { ActionRow } from "./ActionRow.tsx";
import { type ActionRowData, ActionRowFields, type ActionStatus } from "./action-fields.ts";
import { trackerMessages } from "./actions.messages.ts";
import { BulkStatus } from "./BulkStatus.tsx";

const PAGE_SIZE = 25;
const STATUSES: readonly ActionStatus[] = ["open", "in_progress", "blocked", "done", "cancelled"];

const ActionsQuery = graphql(
  `
  query ActionTracker(
    $lang: UiLanguage!, $first: Int!, $after: String, $organizationId: ID, $seriesId: ID,
    $status: [ActionStatus!], $overdue: Boolean, $dueFrom: Date, $dueTo: Date, $query: String
  ) {
    actions(
      first: $first, after: $after, organizationId: $organizationId, seriesId: $seriesId, status: $status,
      overdue: $overdue, dueFrom: $dueFrom, dueTo: $dueTo, query: $query
    ) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { id ...ActionRowFields } }
    }
  }
`,
  [ActionRowFields],
);

// The choices of the organization and series filters: the series the viewer may see and their members.
const FilterChoicesQuery = graphql(`
  query ActionFilterChoices {
    series { id name { en th my } members { id acronym name { en th my } } }
  }
`);

type Row = FragmentOf<typeof ActionRowFields> & { readonly id: string };
type Sort = "dueAsc" | "dueDesc" | "status";

interface Filters {
  readonly organizationId: string;
  readonly seriesId: string;
  readonly status: readonly ActionStatus[];
  readonly overdue: boolean;
  readonly dueFrom: string;
  readonly dueTo: string;
}

interface ListState {
  readonly rows: readonly Row[];
  readonly total: number;
  readonly endCursor: string | null;
  readonly hasNext: boolean;
  readonly fetching: boolean;
  readonly error?: CombinedError | undefined;
  readonly loaded: boolean;
}

const EMPTY: ListState = {
  rows: [],
  total: 0,
  endCursor: null,
  hasNext: false,
  fetching: true,
  loaded: false,
};

/**
 * The actions matching the filters, a page at a time ("load more" follows the cursor). Pages are kept
 * here rather than in urql's document cache, so that they accumulate; changed actions are put back in
 * place by `replace` from what the mutation or the detail panel loaded.
 */
function useActionList(variables: Omit<VariablesOf<typeof ActionsQuery>, "first" | "after">) {
  const client = useClient();
  const [state, setState] = useState<ListState>(EMPTY);
  const request = useRef(0);
  const key = JSON.stringify(variables);
  const load = useCallback(
    async (after: string | null) => {
      const id = ++request.current;
      setState((s) => ({ ...s, fetching: true, error: undefined }));
      const vars = { ...(JSON.parse(key) as typeof variables), first: PAGE_SIZE, after };
      const result = await client.query(ActionsQuery, vars, { requestPolicy: "network-only" }).toPromise();
      if (id !== request.current) return;
      const page = result.data?.actions;
      if (!page) {
        setState((s) => ({ ...s, fetching: false, error: result.error }));
        return;
      }
      setState((s) => ({
        rows: after === null ? page.edges.map((e) => e.node) : [...s.rows, ...page.edges.map((e) => e.node)],
        total: page.totalCount,
        endCursor: page.pageInfo.endCursor ?? null,
        hasNext: page.pageInfo.hasNextPage,
        fetching: false,
        loaded: true,
      }));
    },
    [client, key],
  );
  useEffect(() => {
    void load(null);
  }, [load]);
  const replace = useCallback((changed: readonly Row[]) => {
    const byId = new Map(changed.map((r) => [r.id, r]));
    setState((s) => ({ ...s, rows: s.rows.map((r) => byId.get(r.id) ?? r) }));
  }, []);
  return { state, load, replace };
}

// Workflow order for sorting by status: what needs attention first.
const STATUS_ORDER: Readonly<Record<ActionStatus, number>> = {
  blocked: 0,
  open: 1,
  in_progress: 2,
  done: 3,
  cancelled: 4,
};

/** The action tracker: every action the viewer may read, filtered, sorted and followed up. */
export function ActionTracker() {
  const t = useT(trackerMessages);
  const tl = useT(labels);
  const tc = useT(common);
  const format = useFormat();
  const { me } = useSession();
  usePageTitle(t("title"));
  const manages = me?.role === "admin" || me?.role === "coordinator";
  const initial: Filters = useMemo(
    () => ({
      organizationId: manages ? "" : (me?.organization.id ?? ""),
      seriesId: "",
      status: [],
      overdue: false,
      dueFrom: "",
      dueTo: "",
    }),
    [manages, me],
  );
  const [filters, setFilters] = useState<Filters>(initial);
  // Free text stays in this component (never in the address) and is sent a moment after typing stops.
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 350);
    return () => clearTimeout(timer);
  }, [text]);
  const [sort, setSort] = useState<Sort>("dueAsc");
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const variables = useMemo(
    () => ({
      lang: format.language,
      organizationId: filters.organizationId || null,
      seriesId: filters.seriesId || null,
      status: filters.status.length > 0 ? [...filters.status] : null,
      // The API refuses overdue: false; leaving it out lists all.
      overdue: filters.overdue ? true : null,
      dueFrom: filters.dueFrom || null,
      dueTo: filters.dueTo || null,
      query: query || null,
    }),
    [filters, query, format.language],
  );
  const { state, load, replace } = useActionList(variables);
  const [choices] = useQuery({ query: FilterChoicesQuery });

  const organizations = useMemo(() => {
    const all = new Map<string, { id: string; label: string }>();
    if (me)
      all.set(me.organization.id, {
        id: me.organization.id,
        label: orgLabel(me.organization, format.language),
      });
    for (const s of choices.data?.series ?? []) {
      for (const o of s.members) all.set(o.id, { id: o.id, label: orgLabel(o, format.language) });
    }
    return [...all.values()].sort((a, b) => a.label.localeCompare(b.label));
  }, [choices.data, me, format.language]);

  // The API has no sort argument (it lists by due date, then id), so the loaded rows are sorted here;
  // "load more" adds rows in the API's order and they are sorted again with the rest.
  const rows = useMemo(() => {
    const read = state.rows.map((r) => ({ ref: r, data: readFragment(ActionRowFields, r) }));
    const byDue = (a: ActionRowData, b: ActionRowData) => a.dueOn.localeCompare(b.dueOn);
    const compare =
      sort === "dueAsc"
        ? byDue
        : sort === "dueDesc"
          ? (a: ActionRowData, b: ActionRowData) => byDue(b, a)
          : (a: ActionRowData, b: ActionRowData) =>
              STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byDue(a, b);
    return read.sort((a, b) => compare(a.data, b.data));
  }, [state.rows, sort]);

  const onChanged = useCallback(
    (action: FragmentOf<typeof ActionRowFields>) => replace([action as Row]),
    [replace],
  );
  const onBulkChanged = useCallback(
    (actions: readonly FragmentOf<typeof ActionRowFields>[], failedIds: readonly string[]) => {
      replace(actions as Row[]);
      // Those refused stay selected, to retry after a reload.
      setSelected(new Set(failedIds));
    },
    [replace],
  );
  const update = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setSelected(new Set());
  };
  const toggle = (id: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const select = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const columns = manages ? 6 : 5;
  const selectedRows = rows.filter((r) => selected.has(r.data.id)).map((r) => r.data);

  return (
    <main id="content" className="act-tracker">
      <h1>{t("title")}</h1>
      <section aria-labelledby="act-filters" className="act-filters">
        <h2 id="act-filters" className="visually-hidden">
          {t("filters.heading")}
        </h2>
        <form className="act-filters__form" onSubmit={(e) => e.preventDefault()}>
          <Field label={t("filter.organization")}>
            <select
              value={filters.organizationId}
              onChange={(e) => update({ organizationId: e.target.value })}
            >
              <option value="">{t("filter.allOrganizations")}</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t("filter.series")}>
            <select value={filters.seriesId} onChange={(e) => update({ seriesId: e.target.value })}>
              <option value="">{t("filter.allSeries")}</option>
              {(choices.data?.series ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {localized(s.name, format.language)}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="act-filters__statuses">
            <legend>{t("filter.status")}</legend>
            {STATUSES.map((s) => (
              <label key={s}>
                <input
                  type="checkbox"
                  checked={filters.status.includes(s)}
                  onChange={(e) =>
                    update({
                      status: e.target.checked
                        ? [...filters.status, s]
                        : filters.status.filter((x) => x !== s),
                    })
                  }
                />{" "}
                {tl(`actionStatus.${s}`)}
              </label>
            ))}
          </fieldset>
          <label className="act-filters__overdue">
            <input
              type="checkbox"
              checked={filters.overdue}
              onChange={(e) => update({ overdue: e.target.checked })}
            />{" "}
            {t("filter.overdue")}
          </label>
          <Field label={t("filter.dueFrom")}>
            <input
              type="date"
              value={filters.dueFrom}
              onChange={(e) => update({ dueFrom: e.target.value })}
            />
          </Field>
          <Field label={t("filter.dueTo")}>
            <input type="date" value={filters.dueTo} onChange={(e) => update({ dueTo: e.target.value })} />
          </Field>
          <Field label={t("filter.text")}>
            <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <Field label={t("sort.label")}>
            <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
              <option value="dueAsc">{t("sort.dueAsc")}</option>
              <option value="dueDesc">{t("sort.dueDesc")}</option>
              <option value="status">{t("sort.status")}</option>
            </select>
          </Field>
          <div className="button-row">
            <Button
              onClick={() => {
                setFilters(initial);
                setText("");
                setSelected(new Set());
              }}
            >
              {t("filter.reset")}
            </Button>
          </div>
        </form>
        <LazyActionsCsv filters={filters} searching={text.trim() !== ""} />
      </section>
      <p className="act-count" aria-live="polite">
        {state.loaded ? <span>{t("count", { count: state.total })}</span> : null}
        {state.loaded && state.hasNext ? (
          <span className="act-count__shown">
            {t("shown", { shown: state.rows.length, total: state.total })}
          </span>
        ) : null}
      </p>
      {!state.loaded || state.error ? (
        <QueryState
          fetching={state.fetching}
          error={state.error}
          retry={() => void load(state.loaded ? state.endCursor : null)}
        />
      ) : null}
      {state.loaded && rows.length === 0 ? <p>{t("none")}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="act-table">
            <thead>
              <tr>
                {manages ? (
                  <th scope="col">
                    <span className="visually-hidden">{t("col.select")}</span>
                  </th>
                ) : null}
                <th scope="col">{t("col.text")}</th>
                <th scope="col">{t("col.owners")}</th>
                <th scope="col">{t("col.due")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.meeting")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ ref, data }) => (
                <ActionRow
                  key={data.id}
                  action={ref}
                  me={me}
                  columns={columns}
                  selectable={manages}
                  selected={selected.has(data.id)}
                  onSelect={select}
                  open={open.has(data.id)}
                  onToggle={toggle}
                  onChanged={onChanged}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {state.loaded && state.hasNext ? (
        <div className="button-row">
          <Button busy={state.fetching} onClick={() => void load(state.endCursor)}>
            {t("loadMore")}
          </Button>
        </div>
      ) : null}
      {state.loaded && state.fetching ? (
        <p className="visually-hidden" role="status">
          {tc("state.loading")}
        </p>
      ) : null}
      {manages ? (
        <BulkStatus selected={selectedRows} onChanged={onBulkChanged} clear={() => setSelected(new Set())} />
      ) : null}
    </main>
  );
}

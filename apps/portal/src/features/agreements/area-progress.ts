/** The actions under one cooperation area (or the agreement as a whole), counted by status. */
export interface AreaProgress<A> {
  /** The area's number; null for actions linked to the agreement without a clause of an area. */
  readonly number: string | null;
  readonly actions: readonly A[];
  readonly byStatus: Readonly<Partial<Record<ActionStatus, number>>>;
  readonly overdue: number;
}

export type ActionStatus = "open" | "in_progress" | "blocked" | "done" | "cancelled";

export interface LinkedAction {
  readonly status: ActionStatus;
  readonly overdue: boolean;
  readonly links: readonly { readonly agreement: { readonly id: string }; readonly clause?: string | null }[];
}

/** Clause "3.2" falls under area "3.2" and, failing that, area "3". */
const areaOf = (clause: string | null | undefined, numbers: readonly string[]): string | null => {
  if (!clause) return null;
  let best: string | null = null;
  for (const n of numbers) {
    if ((clause === n || clause.startsWith(`${n}.`)) && (best === null || n.length > best.length)) best = n;
  }
  return best;
};

/**
 * Sorts the actions linked to `agreementId` into its areas by the clause of the link; actions with no
 * clause, or one outside every area, go to the agreement as a whole (last, number null, only when any).
 */
export function progressByArea<A extends LinkedAction>(
  agreementId: string,
  areaNumbers: readonly string[],
  actions: readonly A[],
): AreaProgress<A>[] {
  const buckets = new Map<string | null, A[]>(areaNumbers.map((n) => [n, []]));
  for (const action of actions) {
    const seen = new Set<string | null>();
    for (const link of action.links) {
      if (link.agreement.id !== agreementId) continue;
      const area = areaOf(link.clause, areaNumbers);
      if (seen.has(area)) continue;
      seen.add(area);
      const list = buckets.get(area) ?? [];
      list.push(action);
      buckets.set(area, list);
    }
  }
  const result: AreaProgress<A>[] = [];
  for (const [number, list] of buckets) {
    const byStatus: Partial<Record<ActionStatus, number>> = {};
    for (const a of list) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    result.push({ number, actions: list, byStatus, overdue: list.filter((a) => a.overdue).length });
  }
  const whole = result.findIndex((r) => r.number === null);
  if (whole !== -1) result.push(...result.splice(whole, 1));
  return result;
}

/**
 * Whether giving `id` the parent `parentId` would make a hierarchy circular (a department under its
 * own sub-unit, an SOP whose parent is itself). `parentOf` looks up any current parent.
 */
export function createsCycle<I extends string>(
  id: I,
  parentId: I | undefined,
  parentOf: (id: I) => I | undefined,
): boolean {
  const seen = new Set<I>([id]);
  for (let cursor = parentId; cursor !== undefined; cursor = parentOf(cursor)) {
    if (seen.has(cursor)) return true;
    seen.add(cursor);
  }
  return false;
}

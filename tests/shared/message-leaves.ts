// Walks a messages object: every leaf (a string, a function or a list of strings) with its dotted path.

/** One leaf of a messages tree. */
export interface Leaf {
  path: string
  value: unknown
}

/** Every leaf under `tree`, depth first, lists counted as one leaf. */
export function leavesOf(tree: unknown, prefix = ''): Leaf[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    return [{ path: prefix, value: tree }]
  }
  return Object.entries(tree).flatMap(([key, value]) =>
    leavesOf(value, prefix ? `${prefix}.${key}` : key),
  )
}

/** What a leaf is, for comparing shapes across languages. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return `list of ${value.length}`
  return typeof value
}

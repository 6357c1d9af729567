// A view's chunk, worked out from the import graph: the view and every module it imports that the entry does not already carry.
import type { ChunkingContext, ModuleInfo } from 'rolldown'

type Graph = Pick<ChunkingContext, 'getModuleInfo'>

/** Every module reached from `start` by following `next` (itself included). */
function reach(graph: Graph, start: string, next: (info: ModuleInfo) => string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [start]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue
    seen.add(id)
    const info = graph.getModuleInfo(id)
    if (info) queue.push(...next(info))
  }
  return seen
}

/** Whether some chain of static imports leads from an entry to `id`: the module loads with every window. */
function loadsWithEntry(graph: Graph, id: string): boolean {
  for (const importer of reach(graph, id, (info) => info.importers))
    if (graph.getModuleInfo(importer)?.isEntry) return true
  return false
}

/**
 * A `codeSplitting` group name function: `name` for `viewModuleId` and every module it imports
 * statically, directly or not, unless the entry already loads that module. A helper the view
 * starts to import joins its chunk by itself; none is listed by name.
 */
export function viewChunk(name: string, viewModuleId: string) {
  const members = new WeakMap<Graph, Set<string>>()
  return (id: string, graph: Graph): string | null => {
    let chunk = members.get(graph)
    if (!chunk) {
      const imported = reach(graph, viewModuleId, (info) => info.importedIds)
      chunk = new Set([...imported].filter((module) => !loadsWithEntry(graph, module)))
      members.set(graph, chunk)
    }
    return chunk.has(id) ? name : null
  }
}

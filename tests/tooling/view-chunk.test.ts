// Issue 13: the popover's chunk is worked out from the import graph, so a helper the popover starts to import joins it without anyone listing it.
import type { ModuleInfo } from 'rolldown'
import { describe, expect, it } from 'vitest'
import { viewChunk } from '../../build/view-chunk'

/** A module graph as the bundler reports it: each module's static and dynamic imports; `main` is the entry. */
function graph(imports: Record<string, { static?: string[]; dynamic?: string[] }>) {
  const info = (id: string): ModuleInfo =>
    ({
      id,
      isEntry: id === 'main',
      importedIds: imports[id]?.static ?? [],
      dynamicallyImportedIds: imports[id]?.dynamic ?? [],
      importers: Object.keys(imports).filter((other) => imports[other]?.static?.includes(id)),
      dynamicImporters: Object.keys(imports).filter((other) =>
        imports[other]?.dynamic?.includes(id),
      ),
    }) as unknown as ModuleInfo
  return { getModuleInfo: (id: string) => (id in imports ? info(id) : null) }
}

const APP = {
  main: { static: ['react-dom', 'words'], dynamic: ['popover', 'month'] },
  'react-dom': { static: ['react'] },
  react: {},
  words: { static: ['react'] },
  popover: { static: ['react', 'words', 'day-status', 'use-today'] },
  'day-status': { static: ['countdown'] },
  countdown: {},
  'use-today': {},
  month: { static: ['react', 'use-today', 'calendar'] },
  calendar: {},
}

const chunkOf = (modules: typeof APP, id: string) =>
  viewChunk('popover-view', 'popover')(id, graph(modules))

describe("the popover's chunk", () => {
  it('holds the view and every module it imports, directly or through another', () => {
    for (const id of ['popover', 'day-status', 'countdown', 'use-today'])
      expect(chunkOf(APP, id), id).toBe('popover-view')
  })

  it('leaves out what the entry already loads, and what only another view imports', () => {
    for (const id of ['main', 'react', 'react-dom', 'words', 'month', 'calendar'])
      expect(chunkOf(APP, id), id).toBeNull()
  })

  it('takes in a helper the popover starts to import, with no list to update', () => {
    const withHelper = {
      ...APP,
      countdown: { static: ['new-helper'] },
      'new-helper': {},
    }
    expect(chunkOf(withHelper, 'new-helper')).toBe('popover-view')
  })
})

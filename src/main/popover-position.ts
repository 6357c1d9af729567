/** Where the popover opens: against the tray icon, on the side away from the panel, inside the screen. */

/** A rectangle in screen points, as Electron reports bounds and work areas. */
export interface ScreenRect {
  x: number
  y: number
  width: number
  height: number
}

/** A point in screen points. */
export interface ScreenPoint {
  x: number
  y: number
}

/** What the placement needs to know: the icon, the window, the display it is on, and a fallback point. */
export interface PopoverPlacement {
  trayBounds: ScreenRect
  windowSize: { width: number; height: number }
  /** The work area of the display the icon is on: the screen minus menu bars and taskbars. */
  workArea: ScreenRect
  platform: NodeJS.Platform
  /** Where the pointer is, used when the tray cannot say where its icon is. */
  cursor?: ScreenPoint | undefined
}

type Edge = 'top' | 'bottom' | 'left' | 'right'

/** The breathing room between the icon (or screen corner) and the popover. */
export const POPOVER_GAP_PX = 4

const centreOf = (rect: ScreenRect): ScreenPoint => ({
  x: rect.x + rect.width / 2,
  y: rect.y + rect.height / 2,
})

/** The panel edge the icon sits on: the work-area edge nearest it (negative when the icon is outside). */
function panelEdgeOf(anchor: ScreenRect, workArea: ScreenRect): Edge {
  const centre = centreOf(anchor)
  const distances: [Edge, number][] = [
    ['top', centre.y - workArea.y],
    ['bottom', workArea.y + workArea.height - centre.y],
    ['left', centre.x - workArea.x],
    ['right', workArea.x + workArea.width - centre.x],
  ]
  return distances.reduce((nearest, candidate) =>
    candidate[1] < nearest[1] ? candidate : nearest,
  )[0]
}

/** Keeps a span inside [start, start + room); a span wider than the room starts at its start. */
const clampSpan = (position: number, size: number, start: number, room: number): number =>
  Math.max(start, Math.min(position, start + room - size))

/**
 * The popover's top-left corner: under the icon for a top menu bar (always on macOS), above it for
 * a bottom taskbar, beside it for a left or right one, clamped inside the work area. When the tray
 * gives no bounds (Linux AppIndicator reports 0×0) it opens above or below the pointer, or without
 * a pointer in the corner where trays live: top right, or bottom right on Windows.
 */
export function popoverPosition(placement: PopoverPlacement): ScreenPoint {
  const { trayBounds, windowSize, workArea, platform, cursor } = placement
  const { width, height } = windowSize
  const clamp = (x: number, y: number): ScreenPoint => ({
    x: Math.round(clampSpan(x, width, workArea.x, workArea.width)),
    y: Math.round(clampSpan(y, height, workArea.y, workArea.height)),
  })
  const hasBounds = trayBounds.width > 0 && trayBounds.height > 0
  if (!hasBounds && !cursor) {
    const x = workArea.x + workArea.width - width - POPOVER_GAP_PX
    if (platform === 'win32')
      return clamp(x, workArea.y + workArea.height - height - POPOVER_GAP_PX)
    return clamp(x, workArea.y + POPOVER_GAP_PX)
  }
  const anchor = hasBounds ? trayBounds : { ...(cursor as ScreenPoint), width: 0, height: 0 }
  const centre = centreOf(anchor)
  const edge: Edge =
    platform === 'darwin'
      ? 'top'
      : hasBounds
        ? panelEdgeOf(anchor, workArea)
        : centre.y < workArea.y + workArea.height / 2
          ? 'top'
          : 'bottom'
  switch (edge) {
    case 'top':
      return clamp(centre.x - width / 2, anchor.y + anchor.height + POPOVER_GAP_PX)
    case 'bottom':
      return clamp(centre.x - width / 2, anchor.y - height - POPOVER_GAP_PX)
    case 'left':
      return clamp(anchor.x + anchor.width + POPOVER_GAP_PX, centre.y - height / 2)
    case 'right':
      return clamp(anchor.x - width - POPOVER_GAP_PX, centre.y - height / 2)
  }
}

/** Focus for an element that appears, as `autoFocus` would: Preact leaves that attribute to the browser, which honours it only on page load. */

/** A ref callback that moves keyboard focus to its element when the element mounts. */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus()
}

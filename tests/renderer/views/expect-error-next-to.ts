// A settings field shows its error as a screen reader meets it: marked invalid, described by the error, which sits right after it.
import { expect } from 'vitest'
import type { Locator } from 'vitest/browser'

/** The field is marked invalid and points at an error that says `message`, which sits right after it. */
export async function expectErrorNextTo(field: Locator, message: string): Promise<void> {
  await expect.element(field).toHaveAttribute('aria-invalid', 'true')
  const input = field.element()
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
  const error = ids.map((id) => document.getElementById(id)).find((node) => node?.role === 'alert')
  expect(error?.textContent).toBe(message)
  // Next to the field: in the same field row or block, after the input.
  const block = input.closest('.setting-field, .weekday-row')
  expect(block?.contains(error ?? null)).toBe(true)
  expect(
    input.compareDocumentPosition(error as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy()
}

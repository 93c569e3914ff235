import { sendKeys } from '@web/test-runner-commands';

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Focuses an element and presses a key on it, as a visitor would (a trusted event). */
export async function press(element: HTMLElement, key: string): Promise<void> {
  element.focus();
  await sendKeys({ press: key });
}

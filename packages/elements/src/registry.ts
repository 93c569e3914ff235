/**
 * Registers a tag once. A page may load two copies of the library (a script tag and a bundle):
 * the second registration is skipped instead of throwing into the host page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}

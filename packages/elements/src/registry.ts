/**
 * Whether this is a browser page. Server-side rendering (Node with Lit's DOM shim, which
 * defines a `customElements` of its own) has no `document`: tags register only in a browser,
 * so importing the elements during a server render does nothing.
 */
const inBrowser = (): boolean =>
  typeof document !== 'undefined' && typeof customElements !== 'undefined';

/**
 * Registers a tag once (in a browser only). A page may load two copies of the library (a script tag and a bundle):
 * the second registration is skipped instead of throwing into the host page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!inBrowser() || customElements.get(tag)) return;
  customElements.define(tag, element);
}

/**
 * Loads an element's code the first time its tag appears in the document, so a page that never
 * uses it never downloads it. Elements already in the page upgrade when the code arrives.
 * @remarks Tags created only in JavaScript and never attached need
 * `await customElements.whenDefined(tag)` after `load()` has been called.
 */
export function defineLazily(tag: string, load: () => Promise<unknown>): void {
  if (!inBrowser() || customElements.get(tag)) return;
  const found = document.getElementsByTagName(tag);
  const start = () => {
    observer.disconnect();
    load().catch((error: unknown) => console.error(`[assent] Could not load <${tag}>:`, error));
  };
  const observer = new MutationObserver(() => {
    if (found.length > 0) start();
  });
  if (found.length > 0) start();
  else observer.observe(document.documentElement, { childList: true, subtree: true });
}

/**
 * The content an `<assent-embed>` stands for, kept inert until its service is allowed. Two ways
 * to write it, both making no request before consent:
 * - a `<template>` child (plain HTML): its content is put in place once allowed;
 * - `data-src` instead of `src` on `<iframe>`, `<img>`, `<video>`, `<audio>`, `<source>` (what a
 *   framework can render, since React and Vue put a template's children in the live page):
 *   `src` is set from it once allowed.
 * A child with a live `src` has been requested by the browser already: that is a console error.
 */

/** Elements whose `src` makes a request as soon as they are in the page. */
const LIVE =
  'iframe[src], img[src], img[srcset], video[src], audio[src], source[src], embed[src], script[src]';
const DEFERRED = ':is(iframe, img, video, audio, source, embed)[data-src]';

/** The content's URL: the first `data-src` (or, in a template, `src`) among the children. */
export function contentUrl(host: HTMLElement): string | undefined {
  const deferred = host.querySelector(DEFERRED)?.getAttribute('data-src');
  if (deferred) return deferred;
  const template = host.querySelector(':scope > template');
  const inside = template instanceof HTMLTemplateElement ? template.content : undefined;
  return inside?.querySelector(LIVE)?.getAttribute('src') ?? undefined;
}

/** Children already loading (written with a live `src`), for the console error. */
export function liveChildren(host: HTMLElement): Element[] {
  return Array.from(host.querySelectorAll(LIVE)).filter(
    (element) => !element.hasAttribute('data-assent-activated'),
  );
}

/**
 * Puts the content in place: the template's content after the template (once), and `src`
 * from `data-src`. Nodes keep their place, so a framework that rendered them still owns them.
 */
export function revealContent(host: HTMLElement): void {
  for (const template of host.querySelectorAll<HTMLTemplateElement>(':scope > template')) {
    if (template.hasAttribute('data-assent-activated')) continue;
    template.setAttribute('data-assent-activated', '');
    template.after(template.content.cloneNode(true));
  }
  for (const element of host.querySelectorAll(DEFERRED)) {
    if (element.hasAttribute('data-assent-activated')) continue;
    element.setAttribute('data-assent-activated', '');
    element.setAttribute('src', element.getAttribute('data-src')!);
  }
}

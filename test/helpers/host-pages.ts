/**
 * Pages built from real front-end packages installed from npm (govuk-frontend, bootstrap),
 * for the tests of how the widgets live on other people's sites. Each returns a function that
 * removes what it added.
 */

/** Adds a stylesheet and waits until it has loaded. */
export async function addStylesheet(href: string): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

/** Adds a `<style>` with the host page's own rules. */
export function addHostStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

/** Loads a classic script once (a UMD bundle such as Bootstrap's). */
export async function addScript(src: string): Promise<void> {
  if (document.querySelector(`script[src="${src}"]`)) return;
  const script = document.createElement('script');
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
  });
  document.head.append(script);
  await loaded;
}

export const GOVUK_CSS = '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css';
export const GOVUK_THEME = '/packages/elements/src/themes/govuk.css';

/**
 * The GOV.UK page template (govuk-frontend 6): the skip link first in <body>, the header, and
 * the main content, styled by govuk-frontend's own stylesheet and started by its JavaScript.
 */
export async function govukPage(): Promise<{ skipLink: HTMLAnchorElement; remove(): void }> {
  const removeCss = await addStylesheet(GOVUK_CSS);
  document.documentElement.classList.add('govuk-template');
  document.body.classList.add('govuk-template__body', 'govuk-frontend-supported');
  const skipLink = document.createElement('a');
  skipLink.href = '#main-content';
  skipLink.className = 'govuk-skip-link';
  skipLink.dataset.module = 'govuk-skip-link';
  skipLink.textContent = 'Skip to main content';
  const page = document.createElement('div');
  page.innerHTML = `
    <header class="govuk-header" data-module="govuk-header">
      <div class="govuk-header__container govuk-width-container">
        <a href="/" class="govuk-header__link govuk-header__link--homepage">Riverside Homes</a>
      </div>
    </header>
    <div class="govuk-width-container">
      <main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-xl">Report a repair</h1>
        <p class="govuk-body">Tell us about a repair in your home.</p>
        <a class="govuk-button" href="#start">Start now</a>
      </main>
    </div>`;
  document.body.prepend(skipLink, page);
  const { initAll } = await import('govuk-frontend');
  initAll();
  return {
    skipLink,
    remove() {
      skipLink.remove();
      page.remove();
      removeCss();
      document.documentElement.classList.remove('govuk-template');
      document.body.classList.remove('govuk-template__body', 'govuk-frontend-supported');
    },
  };
}

/** Whether two boxes overlap. */
export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
}

/**
 * Finds the site's config for the script tag, in this order:
 * 1. the `<script type="application/json">` named by `data-config` on our script tag;
 * 2. `window.assentConfig`;
 * 3. `data-*` attributes on our script tag, for the simplest cases.
 * `data-*` attributes override single fields of 1 or 2. Never throws: a problem is reported
 * and the core's validation fills in safe defaults.
 */
export function readPageConfig(
  script: HTMLScriptElement | null,
  win: Window & { assentConfig?: unknown },
): unknown {
  let base: unknown;
  const selector = script?.getAttribute('data-config');
  if (selector) {
    let source: Element | null = null;
    try {
      source = document.querySelector(selector);
    } catch {
      source = null;
    }
    if (!source) {
      console.error(
        `[assent] Invalid config at "data-config": no element matches "${selector}". Using a safe default.`,
      );
    } else {
      // JSON text: the core reports it precisely if it does not parse.
      base = source.textContent ?? '';
    }
  } else if (win.assentConfig !== undefined) {
    base = win.assentConfig;
  }
  const overrides = attributeConfig(script);
  if (Object.keys(overrides).length === 0) return base;
  let parsedBase: unknown = base;
  if (typeof base === 'string') {
    try {
      parsedBase = JSON.parse(base);
    } catch {
      return base; // let the core report the broken JSON
    }
  }
  const object =
    typeof parsedBase === 'object' && parsedBase !== null && !Array.isArray(parsedBase)
      ? parsedBase
      : {};
  return { ...object, ...overrides };
}

/**
 * Config from attributes: `data-endpoint`, `data-revision`, `data-privacy-policy-url`,
 * `data-language`, `data-expires-after-days`, `data-categories="analytics marketing"`
 * (well-known ids), `data-google-consent-mode` (present or "true").
 */
function attributeConfig(script: HTMLScriptElement | null): Record<string, unknown> {
  if (!script) return {};
  const config: Record<string, unknown> = {};
  const text = (name: string) => script.getAttribute(`data-${name}`);
  if (text('endpoint') !== null) config.endpoint = text('endpoint');
  if (text('revision') !== null) config.revision = text('revision');
  if (text('privacy-policy-url') !== null) config.privacyPolicyUrl = text('privacy-policy-url');
  if (text('language') !== null) config.language = text('language');
  const expiry = text('expires-after-days');
  if (expiry !== null) config.expiresAfterDays = Number(expiry);
  const categories = text('categories');
  if (categories !== null) {
    config.categories = Object.fromEntries(
      categories
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((id) => [id, {}]),
    );
  }
  const consentMode = text('google-consent-mode');
  if (consentMode !== null) config.googleConsentMode = consentMode === '' || consentMode === 'true';
  return config;
}

/** Our own script tag, for classic and module loading alike. */
export function findOwnScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  // Module scripts have no currentScript: find the tag that loaded us.
  const candidates = Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]')).filter(
    (script) => !/assent-consent-default/.test(script.src),
  );
  return (
    candidates.find(
      (script) => script.hasAttribute('data-config') && /assent[^/]*\.js/.test(script.src),
    ) ??
    candidates.find((script) => /\/assent(\.min)?\.js(\?|#|$)/.test(script.src)) ??
    null
  );
}

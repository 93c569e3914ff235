import { localize, type CookieDuration, type LocalizedText, type Translator } from '@assent/core';
import { html, nothing } from 'lit';
import { readableCookieName } from './cookie-name.js';

/** One row of a cookie table: what a visitor is told about one cookie. */
export interface CookieRow {
  name: string;
  provider?: string;
  duration?: string | CookieDuration;
  description?: LocalizedText;
}

/**
 * The table of a service's cookies: name, provider, purpose and duration, each from data and
 * the duration written in the visitor's language. Names and durations are isolated (`<bdi>`),
 * so `_ga` and `2 years` keep their order inside right-to-left text.
 */
export function renderCookieTable(t: Translator, rows: CookieRow[]) {
  if (rows.length === 0) return nothing;
  return html`<table class="cookies" part="cookies">
    <caption class="visually-hidden">
      ${t.t('preferences.cookies')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.t('preferences.cookieName')}</th>
        <th scope="col">${t.t('preferences.cookieProvider')}</th>
        <th scope="col">${t.t('preferences.cookiePurpose')}</th>
        <th scope="col">${t.t('preferences.cookieDuration')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <td>
              <bdi dir="ltr"><code>${readableCookieName(row.name)}</code></bdi>
            </td>
            <td>${row.provider ? html`<bdi>${row.provider}</bdi>` : '—'}</td>
            <td>${localize(row.description, t.lang) ?? '—'}</td>
            <td>${row.duration ? html`<bdi>${t.duration(row.duration)}</bdi>` : '—'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

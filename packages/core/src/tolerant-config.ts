import type { CoreConfig } from './config.js';
import { BOOT_FIELDS } from './config-fields.js';
import { readConfig } from './config-read.js';

/** What {@link readTolerantConfig} found. */
export interface TolerantConfig {
  /** The fields it reads, each one as read or at its safe default. */
  config: CoreConfig;
  /**
   * Whether anything it reads was missing a safe reading (broken JSON, a wrong type, an
   * unusable category or service). The full check (`parseConfig`) should then run, to
   * report it by name.
   */
  doubtful: boolean;
}

/**
 * Reads, quietly, only what the script tag needs before anything else loads: the rows of
 * `BOOT_FIELDS` (category and service ids with each service's category and cookie names,
 * `revision`, `endpoint`, `expiresAfterDays`, `cookieName`, `cookieDomain`,
 * `googleConsentMode`, `gpc`, `language`, `reloadOnWithdraw`). Never throws and reports
 * nothing (`parseConfig` reports, with the same rules, once the full check loads).
 *
 * @remarks Doubt never grants, by construction: these are the very rules `parseConfig`
 * applies to these fields, so a field it cannot read takes the same safe default (or, for
 * `revision`, a value no stored decision carries), and a category or service it cannot read
 * is left out, so it is never allowed. Anything it could not read sets `doubtful`.
 *
 * @param input - the config object, or its JSON text
 */
export function readTolerantConfig(input: unknown): TolerantConfig {
  let doubtful = false;
  const read = readConfig(input, {
    table: BOOT_FIELDS,
    tolerant: true,
    report: () => (doubtful = true),
  });
  // Only what state, the mirror and gating use: titles and texts are the UI's to check.
  const config: CoreConfig = {
    ...read,
    // A category open to objection runs before a decision: its basis is state, not text.
    categories: Object.fromEntries(
      Object.entries(read.categories).map(([id, { basis }]) => [id, basis ? { basis } : {}]),
    ),
    services: Object.fromEntries(
      Object.entries(read.services).map(([id, { category, cookies }]) => [
        id,
        { category, cookies: cookies.map(({ name }) => ({ name })) },
      ]),
    ),
  };
  return { config, doubtful };
}

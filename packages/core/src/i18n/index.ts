import type { CookieDuration } from '../catalogue/types.js';
import { localize, type LocalizedText, type ResolvedConfig } from '../config.js';
import { isRightToLeft, resolveLocale, type ShippedLocale } from './locale.js';
import type { MessageKey, Messages } from './en.js';

export type { MessageKey, Messages } from './en.js';
export {
  SHIPPED_LOCALES,
  isRightToLeft,
  pageLanguage,
  resolveLocale,
  type ShippedLocale,
} from './locale.js';

// Each table is its own chunk: a page downloads only its own language.
const loaders: Record<ShippedLocale, () => Promise<{ default: Messages }>> = {
  en: () => import('./en.js'),
  bg: () => import('./bg.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  ga: () => import('./ga.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  it: () => import('./it.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mt: () => import('./mt.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ro: () => import('./ro.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sv: () => import('./sv.js'),
  cy: () => import('./cy.js'),
  gd: () => import('./gd.js'),
  ar: () => import('./ar.js'),
  bn: () => import('./bn.js'),
  fa: () => import('./fa.js'),
  gu: () => import('./gu.js'),
  pa: () => import('./pa.js'),
  so: () => import('./so.js'),
  ti: () => import('./ti.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  ur: () => import('./ur.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
  he: () => import('./he.js'),
  hi: () => import('./hi.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  no: () => import('./no.js'),
};

/** Tables already in the page's code, so they are not fetched again. */
const provided = new Map<ShippedLocale, Messages>();

/**
 * Hands over a language table a bundle already carries (the script tag's UI carries English,
 * the fallback of every language), so loading it costs no request.
 */
export function provideStrings(locale: ShippedLocale, table: Messages): void {
  provided.set(locale, table);
}

const tableFor = async (locale: ShippedLocale): Promise<Messages> =>
  provided.get(locale) ?? (await loaders[locale]()).default;

/** Strings for one language, ready to render. Every value is plain text, never HTML. */
export interface Translator {
  /** The full language tag, e.g. `en-GB`, as recorded with each decision. */
  readonly lang: string;
  /** The shipped table in use, e.g. `en`. */
  readonly locale: ShippedLocale;
  readonly dir: 'ltr' | 'rtl';
  /** A string by key, with `{name}` placeholders filled. */
  t(key: MessageKey, params?: Record<string, string>): string;
  /** A cookie's lifetime from config (`session`, `2 years`, `30 days`…) in this language. */
  duration(value: string | CookieDuration): string;
  /** A text from config (`"…"` or `{ lang: "…" }`) in this language. */
  text(value: LocalizedText | undefined): string | undefined;
  /** Title of a category: from config, else the shipped one, else its id. */
  categoryTitle(id: string): string;
  categoryDescription(id: string): string;
  /** Title of a service: from config, else its id. */
  serviceTitle(id: string): string;
  /**
   * Names joined as a list in this language ("Analytics, Functional and Marketing"), from the
   * table's `list.*` patterns: no `Intl.ListFormat`, whose first use costs the page tens of
   * milliseconds of locale data before the banner can show.
   */
  list(items: readonly string[]): string;
}

// Unicode first-strong isolate and its closing mark: a filled-in value takes the direction of
// its own first letter, so `name@example.com` or `07911 123456` read left to right in Arabic.
const ISOLATE = '\u2068';
const END_ISOLATE = '\u2069';

function fill(template: string, params: Record<string, string> | undefined, isolate: boolean) {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    return isolate ? ISOLATE + params[name]! + END_ISOLATE : params[name]!;
  });
}

/** A lifetime given as data, in the words the formatter reads: whole years, months or days. */
function durationText(duration: CookieDuration): string {
  if ('session' in duration) return 'session';
  const { days } = duration;
  if (days >= 365 && days % 365 === 0) return `${days / 365} years`;
  if (days >= 60 && days % 30 === 0) return `${days / 30} months`;
  return `${days} days`;
}

const DURATION = /^(\d+)\s*(second|minute|hour|day|week|month|year)s?$/i;

/**
 * A cookie lifetime from config in the visitor's language: `session` becomes a sentence,
 * `2 years` / `13 months` / `30 days` are written with the language's own plural forms (from
 * the table where the browser has no unit names for the language, else by the browser), and
 * anything else is shown as written (the site wrote it in its own words).
 */
function formatDuration(
  value: string | CookieDuration,
  lang: string,
  lookup: (key: string) => string | undefined,
): string {
  const text = typeof value === 'string' ? value.trim() : durationText(value);
  if (/^session$/i.test(text)) return lookup('preferences.sessionCookie') ?? text;
  const match = DURATION.exec(text);
  if (!match) return text;
  const count = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  try {
    if (lookup(`duration.${unit}.other`) !== undefined) {
      const category = new Intl.PluralRules(lang).select(count);
      const form = lookup(`duration.${unit}.${category}`) ?? lookup(`duration.${unit}.other`)!;
      return form.replace('{count}', String(count));
    }
    // Where the browser has no data for the language it would answer in English: keep the
    // site's own words rather than mix languages.
    if (Intl.NumberFormat.supportedLocalesOf([lang]).length === 0) return text;
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  } catch {
    return text;
  }
}

/**
 * Loads the strings for a language, with the site's overrides from `config.translations`
 * on top (by full tag, then by base language). Falls back to English for a language we do
 * not ship, or if its table fails to load. In a right-to-left language each filled-in value
 * (an email address, a phone number, a name) is isolated, so it keeps its own direction.
 */
export async function loadTranslator(
  config: Pick<ResolvedConfig, 'translations' | 'categories' | 'services'>,
  lang: string,
): Promise<Translator> {
  const locale = resolveLocale(lang);
  // Every shipped table is complete, so a page fetches its own language alone; English is
  // fetched only when that table cannot be loaded.
  if (locale !== 'en') {
    try {
      const table = await tableFor(locale);
      return createTranslator(config, lang, locale, table, table);
    } catch (error) {
      console.warn(`[assent] Could not load the "${locale}" strings; using English.`, error);
    }
  }
  const english = await tableFor('en');
  return createTranslator(config, lang, locale, english, english);
}

// Valid keys no table lists in full: plural forms of cookie lifetimes (only some tables have
// them) and the title and description of a category of the site's own.
const PATTERN_KEYS =
  /^(duration\.(minute|hour|day|week|month|year)\.(zero|one|two|few|many|other)|category\.[\w-]+\.(title|description))$/;
const checkedTranslations = new WeakSet<object>();

/**
 * One console warning, per config, naming every key of `translations` that no table has
 * (a typo such as `banner.titel` would otherwise be ignored in silence).
 */
function warnUnknownKeys(translations: Record<string, Record<string, string>>, known: Messages) {
  if (checkedTranslations.has(translations)) return;
  checkedTranslations.add(translations);
  const unknown: string[] = [];
  for (const [lang, strings] of Object.entries(translations)) {
    for (const key of Object.keys(strings)) {
      if (!Object.prototype.hasOwnProperty.call(known, key) && !PATTERN_KEYS.test(key))
        unknown.push(`${lang} "${key}"`);
    }
  }
  if (unknown.length > 0)
    console.warn(
      `[assent] Unknown keys in translations, ignored: ${unknown.join(', ')}. The README lists every key.`,
    );
}

/** Builds a translator from tables already loaded (synchronous, for tests and SSR). */
export function createTranslator(
  config: Pick<ResolvedConfig, 'translations' | 'categories' | 'services'>,
  lang: string,
  locale: ShippedLocale,
  english: Messages,
  table: Messages,
): Translator {
  // Every shipped table has every key, so the one loaded tells which keys exist.
  warnUnknownKeys(config.translations, english);
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? lang;
  const overrides = { ...config.translations[base], ...config.translations[lang] };
  const lookup = (key: string): string | undefined =>
    (Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined) ??
    (table as Record<string, string>)[key] ??
    (english as Record<string, string>)[key];
  const dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
  const t = (key: MessageKey, params?: Record<string, string>) => {
    const filled = fill(lookup(key) ?? key, params, dir === 'rtl');
    // An address written into a right-to-left sentence (`name@example.com`) keeps its order.
    return dir === 'rtl'
      ? filled.replace(
          /(?<![\u2066-\u2068\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
          (address) => ISOLATE + address + END_ISOLATE,
        )
      : filled;
  };
  const text = (value: LocalizedText | undefined) => localize(value, lang);
  const join = (key: MessageKey, first: string, second: string) =>
    (lookup(key) ?? key).replace('{0}', () => first).replace('{1}', () => second);
  const list = (items: readonly string[]): string => {
    if (items.length <= 1) return items[0] ?? '';
    if (items.length === 2) return join('list.two', items[0]!, items[1]!);
    let tail = join('list.end', items.at(-2)!, items.at(-1)!);
    for (let i = items.length - 3; i > 0; i--) tail = join('list.middle', items[i]!, tail);
    return join('list.start', items[0]!, tail);
  };
  return {
    lang,
    locale,
    dir,
    t,
    duration: (value) => formatDuration(value, lang, lookup),
    text,
    categoryTitle: (id) =>
      text(config.categories[id]?.title) ?? lookup(`category.${id}.title`) ?? id,
    categoryDescription: (id) =>
      text(config.categories[id]?.description) ?? lookup(`category.${id}.description`) ?? '',
    serviceTitle: (id) => text(config.services[id]?.title) ?? id,
    list,
  };
}

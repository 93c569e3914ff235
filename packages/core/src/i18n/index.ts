import { localize, type LocalizedText, type ResolvedConfig } from '../config.js';
import type { MessageKey, Messages } from './en.js';

export type { MessageKey, Messages } from './en.js';

/**
 * Languages shipped with the library: every official EU language, Welsh and Scottish Gaelic,
 * the languages UK social-housing tenants most often read, and a few more. English is the
 * fallback for everything.
 */
export const SHIPPED_LOCALES = [
  'en',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'sk',
  'sl',
  'sv',
  'cy',
  'gd',
  'ar',
  'bn',
  'fa',
  'gu',
  'pa',
  'so',
  'ti',
  'tr',
  'uk',
  'ur',
  'zh-Hans',
  'zh-Hant',
  'he',
  'hi',
  'ja',
  'ko',
  'no',
] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

// Each table is its own chunk: a page downloads only its own language.
const loaders: Record<ShippedLocale, () => Promise<Messages>> = {
  en: () => import('./en.js').then((m) => m.en),
  bg: () => import('./bg.js').then((m) => m.bg),
  cs: () => import('./cs.js').then((m) => m.cs),
  da: () => import('./da.js').then((m) => m.da),
  de: () => import('./de.js').then((m) => m.de),
  el: () => import('./el.js').then((m) => m.el),
  es: () => import('./es.js').then((m) => m.es),
  et: () => import('./et.js').then((m) => m.et),
  fi: () => import('./fi.js').then((m) => m.fi),
  fr: () => import('./fr.js').then((m) => m.fr),
  ga: () => import('./ga.js').then((m) => m.ga),
  hr: () => import('./hr.js').then((m) => m.hr),
  hu: () => import('./hu.js').then((m) => m.hu),
  it: () => import('./it.js').then((m) => m.it),
  lt: () => import('./lt.js').then((m) => m.lt),
  lv: () => import('./lv.js').then((m) => m.lv),
  mt: () => import('./mt.js').then((m) => m.mt),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  pt: () => import('./pt.js').then((m) => m.pt),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.ptBR),
  ro: () => import('./ro.js').then((m) => m.ro),
  sk: () => import('./sk.js').then((m) => m.sk),
  sl: () => import('./sl.js').then((m) => m.sl),
  sv: () => import('./sv.js').then((m) => m.sv),
  cy: () => import('./cy.js').then((m) => m.cy),
  gd: () => import('./gd.js').then((m) => m.gd),
  ar: () => import('./ar.js').then((m) => m.ar),
  bn: () => import('./bn.js').then((m) => m.bn),
  fa: () => import('./fa.js').then((m) => m.fa),
  gu: () => import('./gu.js').then((m) => m.gu),
  pa: () => import('./pa.js').then((m) => m.pa),
  so: () => import('./so.js').then((m) => m.so),
  ti: () => import('./ti.js').then((m) => m.ti),
  tr: () => import('./tr.js').then((m) => m.tr),
  uk: () => import('./uk.js').then((m) => m.uk),
  ur: () => import('./ur.js').then((m) => m.ur),
  'zh-Hans': () => import('./zh-Hans.js').then((m) => m.zhHans),
  'zh-Hant': () => import('./zh-Hant.js').then((m) => m.zhHant),
  he: () => import('./he.js').then((m) => m.he),
  hi: () => import('./hi.js').then((m) => m.hi),
  ja: () => import('./ja.js').then((m) => m.ja),
  ko: () => import('./ko.js').then((m) => m.ko),
  no: () => import('./no.js').then((m) => m.no),
};

/**
 * The language to use: the config's `language`, else `<html lang>`, else English.
 * Returns the full tag (e.g. `en-GB`) for formatting and recording.
 */
export function pageLanguage(config: Pick<ResolvedConfig, 'language'>, doc?: Document): string {
  const fromPage = doc?.documentElement?.lang?.trim();
  return config.language || fromPage || 'en';
}

// Regions whose Chinese readers expect traditional characters.
const TRADITIONAL_CHINESE = new Set(['hant', 'tw', 'hk', 'mo']);

/**
 * Maps a language tag to a shipped table. `pt-BR` has its own table; Chinese goes to
 * `zh-Hans` or `zh-Hant` by script or region (`zh-CN`, `zh-SG` → Hans; `zh-TW`, `zh-HK`,
 * `zh-MO` → Hant); Norwegian `nb` and `nn` read `no`; any other region falls back to its
 * language (`fr-CA` → `fr`), and an unknown language to English.
 * @example resolveLocale('pt-BR') // 'pt-BR'; resolveLocale('zh-HK') // 'zh-Hant'
 */
export function resolveLocale(tag: string): ShippedLocale {
  const [language = 'en', ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  if (language === 'zh') {
    // The script subtag, when given, wins over the region (`zh-Hans-HK` is simplified).
    const script = subtags.find((subtag) => subtag === 'hans' || subtag === 'hant');
    if (script) return script === 'hant' ? 'zh-Hant' : 'zh-Hans';
    return subtags.some((subtag) => TRADITIONAL_CHINESE.has(subtag)) ? 'zh-Hant' : 'zh-Hans';
  }
  if (language === 'nb' || language === 'nn') return 'no';
  if (language === 'iw') return 'he';
  if (language === 'pt' && subtags.includes('br')) return 'pt-BR';
  return (SHIPPED_LOCALES as readonly string[]).includes(language)
    ? (language as ShippedLocale)
    : 'en';
}

/** Whether a language is written right to left. */
export function isRightToLeft(tag: string): boolean {
  return RIGHT_TO_LEFT.has(tag.toLowerCase().split(/[-_]/)[0] ?? '');
}

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
  duration(value: string): string;
  /** A text from config (`"…"` or `{ lang: "…" }`) in this language. */
  text(value: LocalizedText | undefined): string | undefined;
  /** Title of a category: from config, else the shipped one, else its id. */
  categoryTitle(id: string): string;
  categoryDescription(id: string): string;
  /** Title of a service: from config, else its id. */
  serviceTitle(id: string): string;
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

const DURATION = /^(\d+)\s*(second|minute|hour|day|week|month|year)s?$/i;

/**
 * A cookie lifetime from config in the visitor's language: `session` becomes a sentence,
 * `2 years` / `13 months` / `30 days` are written with the language's own plural forms (from
 * the table where the browser has no unit names for the language, else by the browser), and
 * anything else is shown as written (the site wrote it in its own words).
 */
function formatDuration(
  value: string,
  lang: string,
  lookup: (key: string) => string | undefined,
): string {
  const text = value.trim();
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
export async function loadTranslator(config: ResolvedConfig, lang: string): Promise<Translator> {
  const locale = resolveLocale(lang);
  // Every shipped table is complete, so a page fetches its own language alone; English is
  // fetched only when that table cannot be loaded.
  if (locale !== 'en') {
    try {
      const table = await loaders[locale]();
      return createTranslator(config, lang, locale, table, table);
    } catch (error) {
      console.warn(`[assent] Could not load the "${locale}" strings; using English.`, error);
    }
  }
  const english = await loaders.en();
  return createTranslator(config, lang, locale, english, english);
}

/** Builds a translator from tables already loaded (synchronous, for tests and SSR). */
export function createTranslator(
  config: Pick<ResolvedConfig, 'translations' | 'categories' | 'services'>,
  lang: string,
  locale: ShippedLocale,
  english: Messages,
  table: Messages,
): Translator {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? lang;
  const overrides = { ...config.translations[base], ...config.translations[lang] };
  const lookup = (key: string): string | undefined =>
    (Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined) ??
    (table as Record<string, string>)[key] ??
    (english as Record<string, string>)[key];
  const dir = isRightToLeft(lang) ? 'rtl' : 'ltr';
  const t = (key: MessageKey, params?: Record<string, string>) =>
    fill(lookup(key) ?? key, params, dir === 'rtl');
  const text = (value: LocalizedText | undefined) => localize(value, lang);
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
  };
}

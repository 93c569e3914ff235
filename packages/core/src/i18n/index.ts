import { localize, type LocalizedText, type ResolvedConfig } from '../config.js';
import type { MessageKey, Messages } from './en.js';

export type { MessageKey, Messages } from './en.js';

/** Languages shipped with the library. English is the fallback for everything. */
export const SHIPPED_LOCALES = [
  'en',
  'cy',
  'fr',
  'de',
  'es',
  'it',
  'nl',
  'pl',
  'pt',
  'ar',
] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

// Each table is its own chunk: a page downloads only its language (and English as fallback).
const loaders: Record<ShippedLocale, () => Promise<Messages>> = {
  en: () => import('./en.js').then((m) => m.en),
  cy: () => import('./cy.js').then((m) => m.cy),
  fr: () => import('./fr.js').then((m) => m.fr),
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  it: () => import('./it.js').then((m) => m.it),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  pt: () => import('./pt.js').then((m) => m.pt),
  ar: () => import('./ar.js').then((m) => m.ar),
};

/**
 * The language to use: the config's `language`, else `<html lang>`, else English.
 * Returns the full tag (e.g. `en-GB`) for formatting and recording.
 */
export function pageLanguage(config: Pick<ResolvedConfig, 'language'>, doc?: Document): string {
  const fromPage = doc?.documentElement?.lang?.trim();
  return config.language || fromPage || 'en';
}

/** Maps a language tag to a shipped table: `en-GB` → `en`, `pt-BR` → `pt`, `xx` → `en`. */
export function resolveLocale(tag: string): ShippedLocale {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (SHIPPED_LOCALES as readonly string[]).includes(base) ? (base as ShippedLocale) : 'en';
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
  /** A text from config (`"…"` or `{ lang: "…" }`) in this language. */
  text(value: LocalizedText | undefined): string | undefined;
  /** Title of a category: from config, else the shipped one, else its id. */
  categoryTitle(id: string): string;
  categoryDescription(id: string): string;
  /** Title of a service: from config, else its id. */
  serviceTitle(id: string): string;
}

function fill(template: string, params?: Record<string, string>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? params[name]! : whole,
  );
}

/**
 * Loads the strings for a language, with the site's overrides from `config.translations`
 * on top (by full tag, then by base language). Falls back to English for a language we do
 * not ship, or if its table fails to load.
 */
export async function loadTranslator(config: ResolvedConfig, lang: string): Promise<Translator> {
  const locale = resolveLocale(lang);
  const english = await loaders.en();
  let table: Messages = english;
  if (locale !== 'en') {
    try {
      table = await loaders[locale]();
    } catch (error) {
      console.warn(`[assent] Could not load the "${locale}" strings; using English.`, error);
    }
  }
  return createTranslator(config, lang, locale, english, table);
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
  const t = (key: MessageKey, params?: Record<string, string>) => fill(lookup(key) ?? key, params);
  const text = (value: LocalizedText | undefined) => localize(value, lang);
  return {
    lang,
    locale,
    dir: isRightToLeft(lang) ? 'rtl' : 'ltr',
    t,
    text,
    categoryTitle: (id) =>
      text(config.categories[id]?.title) ?? lookup(`category.${id}.title`) ?? id,
    categoryDescription: (id) =>
      text(config.categories[id]?.description) ?? lookup(`category.${id}.description`) ?? '',
    serviceTitle: (id) => text(config.services[id]?.title) ?? id,
  };
}

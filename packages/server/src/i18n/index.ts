/**
 * The server's page strings in every shipped language, and the choice of language for a
 * request: `?lang=` first, then the browser's `Accept-Language`, then English.
 */
import { en, type PageMessageKey, type PageMessages } from './en.js';
import { bg } from './bg.js';
import { cs } from './cs.js';
import { da } from './da.js';
import { de } from './de.js';
import { el } from './el.js';
import { es } from './es.js';
import { et } from './et.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { ga } from './ga.js';
import { hr } from './hr.js';
import { hu } from './hu.js';
import { it } from './it.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import { mt } from './mt.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ptBR } from './pt-BR.js';
import { ro } from './ro.js';
import { sk } from './sk.js';
import { sl } from './sl.js';
import { sv } from './sv.js';
import { cy } from './cy.js';
import { gd } from './gd.js';
import { ar } from './ar.js';
import { bn } from './bn.js';
import { fa } from './fa.js';
import { gu } from './gu.js';
import { pa } from './pa.js';
import { so } from './so.js';
import { ti } from './ti.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { ur } from './ur.js';
import { zhHans } from './zh-Hans.js';
import { zhHant } from './zh-Hant.js';
import { he } from './he.js';
import { hi } from './hi.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { no } from './no.js';

export type { PageMessageKey, PageMessages } from './en.js';

/** The server's tables, by the same language codes as the widgets' tables. */
export const PAGE_TABLES = {
  en,
  bg,
  cs,
  da,
  de,
  el,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  'pt-BR': ptBR,
  ro,
  sk,
  sl,
  sv,
  cy,
  gd,
  ar,
  bn,
  fa,
  gu,
  pa,
  so,
  ti,
  tr,
  uk,
  ur,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  he,
  hi,
  ja,
  ko,
  no,
} as const satisfies Record<string, PageMessages>;

export type PageLanguage = keyof typeof PAGE_TABLES;

const RIGHT_TO_LEFT = new Set<string>(['ar', 'fa', 'he', 'ur']);
const TRADITIONAL_CHINESE = new Set(['hant', 'tw', 'hk', 'mo']);

/**
 * Maps a language tag to a shipped table the way the widgets do: `pt-BR` has its own,
 * Chinese goes to `zh-Hans` / `zh-Hant` by script or region, `nb` / `nn` read `no`, another
 * region falls back to its language. Returns `undefined` for a language we do not ship.
 */
export function resolvePageLanguage(tag: string): PageLanguage | undefined {
  const [language = '', ...subtags] = tag.trim().toLowerCase().split(/[-_]/);
  if (language === 'zh') {
    const script = subtags.find((subtag) => subtag === 'hans' || subtag === 'hant');
    if (script) return script === 'hant' ? 'zh-Hant' : 'zh-Hans';
    return subtags.some((subtag) => TRADITIONAL_CHINESE.has(subtag)) ? 'zh-Hant' : 'zh-Hans';
  }
  if (language === 'nb' || language === 'nn') return 'no';
  if (language === 'iw') return 'he';
  if (language === 'pt' && subtags.includes('br') && 'pt-BR' in PAGE_TABLES) return 'pt-BR';
  return Object.prototype.hasOwnProperty.call(PAGE_TABLES, language)
    ? (language as PageLanguage)
    : undefined;
}

/**
 * The languages of an `Accept-Language` header, most wanted first (RFC 9110: `q=0` means
 * "not this one"; equal weights keep the browser's order).
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const weight = params
        .map((param) => /^\s*q\s*=(.*)$/i.exec(param)?.[1])
        .find((value) => value !== undefined);
      // A weight that is not a number is a malformed entry: skip it rather than guess.
      const q = weight === undefined ? 1 : /^\s*[0-9.]+\s*$/.test(weight) ? Number(weight) : 0;
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

// Unicode first-strong isolate and its closing mark: in right-to-left text a filled-in address
// or phone number keeps its own left-to-right order.
const ISOLATE = '\u2068';
const END_ISOLATE = '\u2069';

/** The strings of one language, ready to escape into a page. */
export interface PageStrings {
  /** The table's language code, for `<html lang>`. */
  readonly lang: PageLanguage;
  readonly dir: 'ltr' | 'rtl';
  /** A string by key with its `{name}` placeholders filled (as plain text: escape it). */
  t(key: PageMessageKey, params?: Record<string, string>): string;
}

/**
 * The strings of one table with English under it: `t` fills `{name}` placeholders, isolating
 * each filled-in value in right-to-left languages. Shared by the pages and the mail.
 */
export function stringsOf<L extends string, K extends string>(
  lang: L,
  table: Partial<Record<K, string>>,
  english: Record<K, string>,
): { lang: L; dir: 'ltr' | 'rtl'; t(key: K, params?: Record<string, string>): string } {
  const dir = RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
  return {
    lang,
    dir,
    t: (key, params) =>
      (table[key] ?? english[key]).replace(/\{(\w+)\}/g, (whole, name: string) => {
        if (!params || !Object.prototype.hasOwnProperty.call(params, name)) return whole;
        return dir === 'rtl' ? ISOLATE + params[name]! + END_ISOLATE : params[name]!;
      }),
  };
}

/** The strings of a shipped language (English for any other tag). */
export function pageStrings(tag: string): PageStrings {
  const lang = resolvePageLanguage(tag) ?? 'en';
  return stringsOf<PageLanguage, PageMessageKey>(lang, PAGE_TABLES[lang], en);
}

/**
 * The language for a request's page: a shipped `?lang=` wins (a link in an email can name
 * the language the visitor signed up in), then the first shipped language of
 * `Accept-Language`, then English.
 */
export function pageStringsFor(request: {
  query?: unknown;
  headers: Record<string, string | string[] | undefined>;
}): PageStrings {
  const query = request.query as { lang?: unknown } | undefined;
  const asked = typeof query?.lang === 'string' ? resolvePageLanguage(query.lang) : undefined;
  if (asked) return pageStrings(asked);
  const header = request.headers['accept-language'];
  for (const tag of acceptedLanguages(Array.isArray(header) ? header.join(',') : header)) {
    const lang = resolvePageLanguage(tag);
    if (lang) return pageStrings(lang);
  }
  return pageStrings('en');
}

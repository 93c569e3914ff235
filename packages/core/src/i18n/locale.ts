/**
 * Which shipped table a language tag reads, and its direction. Kept apart from the tables'
 * loaders so that code which only needs a page's language (the consent manager, the script
 * tag's engine) carries no list of chunks.
 */
import type { ResolvedConfig } from '../config.js';

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

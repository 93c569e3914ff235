/**
 * The server's mail and text messages in every shipped language, chosen by the language the
 * visitor's event or request recorded (`en-GB`, `pl`, `zh-HK`…) with the same fallbacks as the
 * widgets and the server's pages, then English.
 */
import { resolvePageLanguage, stringsOf } from '../i18n/index.js';
import { en, type MailMessageKey, type MailMessages } from './i18n/en.js';
import { bg } from './i18n/bg.js';
import { cs } from './i18n/cs.js';
import { da } from './i18n/da.js';
import { de } from './i18n/de.js';
import { el } from './i18n/el.js';
import { es } from './i18n/es.js';
import { et } from './i18n/et.js';
import { fi } from './i18n/fi.js';
import { fr } from './i18n/fr.js';
import { ga } from './i18n/ga.js';
import { hr } from './i18n/hr.js';
import { hu } from './i18n/hu.js';
import { it } from './i18n/it.js';
import { lt } from './i18n/lt.js';
import { lv } from './i18n/lv.js';
import { mt } from './i18n/mt.js';
import { nl } from './i18n/nl.js';
import { pl } from './i18n/pl.js';
import { pt } from './i18n/pt.js';
import { ptBR } from './i18n/pt-BR.js';
import { ro } from './i18n/ro.js';
import { sk } from './i18n/sk.js';
import { sl } from './i18n/sl.js';
import { sv } from './i18n/sv.js';
import { cy } from './i18n/cy.js';
import { gd } from './i18n/gd.js';
import { ar } from './i18n/ar.js';
import { bn } from './i18n/bn.js';
import { fa } from './i18n/fa.js';
import { gu } from './i18n/gu.js';
import { pa } from './i18n/pa.js';
import { so } from './i18n/so.js';
import { ti } from './i18n/ti.js';
import { tr } from './i18n/tr.js';
import { uk } from './i18n/uk.js';
import { ur } from './i18n/ur.js';
import { zhHans } from './i18n/zh-Hans.js';
import { zhHant } from './i18n/zh-Hant.js';
import { he } from './i18n/he.js';
import { hi } from './i18n/hi.js';
import { ja } from './i18n/ja.js';
import { ko } from './i18n/ko.js';
import { no } from './i18n/no.js';

export type { MailMessageKey, MailMessages } from './i18n/en.js';

/** The mail tables, by the same language codes as the server's pages. */
export const MAIL_TABLES = {
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
} as const satisfies Record<string, MailMessages>;

export type MailLanguage = keyof typeof MAIL_TABLES;

/** The words of one language, ready to put into a message. */
export interface MailStrings {
  /** The table's language code, for `<html lang>`. */
  readonly lang: MailLanguage;
  readonly dir: 'ltr' | 'rtl';
  /** A string by key with its `{name}` placeholders filled (plain text: escape it for HTML). */
  t(key: MailMessageKey, params?: Record<string, string>): string;
}

/** The strings for a locale such as `en-GB`, `pl` or `zh-TW`, falling back to English. */
export function mailStrings(locale?: string | null): MailStrings {
  const lang = (locale && resolvePageLanguage(locale)) || 'en';
  return stringsOf<MailLanguage, MailMessageKey>(lang, MAIL_TABLES[lang], en);
}

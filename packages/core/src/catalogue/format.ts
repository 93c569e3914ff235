import type { CookieDuration } from './types.js';

/** "Session" in the shipped languages; other languages fall back to English. */
const SESSION: Record<string, string> = {
  en: 'Session',
  cy: 'Sesiwn',
  de: 'Sitzung',
  fr: 'Session',
  es: 'Sesión',
  it: 'Sessione',
  nl: 'Sessie',
  pl: 'Sesja',
  pt: 'Sessão',
  ar: 'الجلسة',
};

/**
 * A duration as a visitor reads it, in their language: whole years from 365 days, whole
 * months from 30, else days ("2 years", "13 months", "1 day", "Session").
 * @example formatDuration({ days: 730 }, 'en') // "2 years"
 */
export function formatDuration(duration: CookieDuration | string, locale: string): string {
  if (typeof duration === 'string') return duration;
  if ('session' in duration) {
    const base = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
    return SESSION[base] ?? SESSION.en!;
  }
  const { days } = duration;
  const [value, unit] =
    days >= 365 && days % 365 === 0
      ? [days / 365, 'year']
      : days >= 60 && days % 30 === 0
        ? [days / 30, 'month']
        : [days, 'day'];
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
      value,
    );
  } catch {
    return `${value} ${unit}${value === 1 ? '' : 's'}`;
  }
}

import type { ContactKind } from './store/index.js';

/** One canonical spelling per address, so the same person is one contact. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** `+` and digits only: "+44 7700 900123" and "+447700900123" are the same phone. */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

export function normalizeContact(kind: ContactKind, value: string): string {
  return kind === 'email' ? normalizeEmail(value) : normalizePhone(value);
}

/** Enough to recognise one's own address on a preferences page, not enough to harvest it. */
export function maskContact(kind: ContactKind, value: string): string {
  if (kind === 'email') {
    const at = value.lastIndexOf('@');
    if (at < 1) return '***';
    return `${value[0]}***${value.slice(at)}`;
  }
  return value.length <= 4 ? '****' : `${'*'.repeat(value.length - 2)}${value.slice(-2)}`;
}

import { createHash } from 'node:crypto';

/** The `prev_hash` of the very first event. */
export const GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The chain step: each event's hash commits to its content and to every event before it. */
export function chainHash(prevHash: string, contentHash: string): string {
  return sha256Hex(`${prevHash}:${contentHash}`);
}

/**
 * JSON with object keys sorted at every level and `undefined` members dropped, so the same
 * record always hashes the same whichever order a client sent its fields in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}

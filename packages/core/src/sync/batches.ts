/**
 * How many events one request may carry. The reference server refuses larger batches
 * (`MAX_EVENTS_PER_BATCH` in packages/server).
 */
export const MAX_BATCH_EVENTS = 100;

/**
 * How large one request body may get, in bytes. `fetch(…, { keepalive: true })` and beacons
 * share a 64 KiB in-flight budget per page; 60 KiB leaves room for the headers' share and for
 * another script's beacon.
 */
export const MAX_BATCH_BYTES = 60 * 1024;

/** The JSON body of a sync request (SPEC "Sync protocol"). */
export function requestBody(events: readonly unknown[]): string {
  return JSON.stringify({ events });
}

/** The size of a text in UTF-8 bytes, as it travels. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

// `{"events":[` + `]}`
const ENVELOPE_BYTES = byteLength(requestBody([]));

/**
 * Splits items into batches of at most `maxEvents` items whose request body stays within
 * `maxBytes`, keeping their order. An item that alone exceeds `maxBytes` gets a batch of its
 * own (the caller decides whether such a batch may travel at all).
 */
export function splitIntoBatches<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  limits: { maxEvents?: number; maxBytes?: number } = {},
): T[][] {
  const maxEvents = limits.maxEvents ?? MAX_BATCH_EVENTS;
  const maxBytes = limits.maxBytes ?? MAX_BATCH_BYTES;
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const item of items) {
    // Each item after the first adds a comma.
    const size = sizeOf(item) + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && (current.length >= maxEvents || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
      bytes += size - 1;
    } else {
      bytes += size;
    }
    current.push(item);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export { MAX_BATCH_BYTES, MAX_BATCH_EVENTS, splitIntoBatches } from './batches.js';
export { backoffDelay, parseRetryAfter } from './backoff.js';
export { Outbox, type FailedEvent } from './outbox.js';
export { OutboxSync, type SyncEndpoint, type SyncEvents, type SyncOptions } from './outbox-sync.js';

import type { ResolvedConfig } from '../config.js';
import type { KeyValueStore } from '../storage/index.js';
import { OutboxSync, type SyncOptions } from '../sync/outbox-sync.js';
import type { ConsentEvent } from './types.js';

/**
 * The sender for a runtime's config: an {@link OutboxSync} to `config.endpoint` keeping its
 * outbox in `storage` (the decision's store, so the two fall back together), and telling the
 * runtime which opt-ins the endpoint holds for confirmation (double opt-in). `undefined`
 * without an endpoint: decisions then stay in the browser.
 */
export function connectSender(
  runtime: { markPending(events: ConsentEvent[]): Promise<unknown> },
  config: Pick<ResolvedConfig, 'endpoint' | 'headers' | 'credentials'>,
  storage: KeyValueStore | Promise<KeyValueStore>,
  options: SyncOptions = {},
): OutboxSync | undefined {
  const { endpoint, headers, credentials } = config;
  if (!endpoint) return undefined;
  const sync = new OutboxSync({ url: endpoint, headers, credentials }, { storage, ...options });
  sync.on('delivered', ({ pending }) => {
    if (pending.length > 0) void runtime.markPending(pending);
  });
  return sync;
}

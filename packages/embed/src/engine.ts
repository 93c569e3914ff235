/**
 * What joins the script tag's runtime on demand (`dist/assent-engine.js`): storage (IndexedDB
 * with its fallbacks), the outbox and its sender, identity, and the full config check when the
 * UI has not run it already. It never touches the page itself: the boot's runtime keeps the
 * state, gating and Consent Mode.
 *
 * When the page's config names services, the service catalogue (`assent-catalogue` chunk)
 * loads beside it, so `services: { youtube: {} }` is enough; other pages never fetch it.
 */
import {
  connectSender,
  createStorage,
  identify,
  type ConsentRuntime,
  type ResolvedConfig,
  type RuntimeParts,
} from '@assent/core';

/** The parts for `runtime`, whose page gave `config` (object, JSON text or nothing). */
export async function join(runtime: ConsentRuntime, config: unknown): Promise<RuntimeParts> {
  // Usually the UI has checked the config already; otherwise the check loads on its own.
  const checked = await runtime.checkConfig(() =>
    import('./check-config.js').then((module) => module.checkConfig(config)),
  );
  const storage = await createStorage().catch(() => createStorage({ indexedDB: null }));
  const sync = connectSender(runtime, checked, storage);
  return {
    storage,
    config: checked,
    sink: sync,
    sync,
    identify: (subjectId, options) =>
      identify(runtime as ConsentRuntime<ResolvedConfig>, subjectId, options),
  };
}

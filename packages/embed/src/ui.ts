/**
 * The UI module the drop-in script loads on demand (`dist/assent-ui.js`): the banner path
 * (Lit, the banner, trigger and embed placeholder, the full config check and the English
 * strings) plus lazy chunks for the preferences centre, the opt-in form, the unsubscribe
 * control and each other language. It mounts on the boot's runtime: one request before the
 * banner, and a decision made on it is stored and sent once the engine joins (loaded here at
 * idle, or at once by the decision).
 */
import { provideStrings, type Assent, type ConsentRuntime } from '@assent/core';
import { mountConsentUI } from '@assent/elements/mount';
// The source table itself (the bundle is built from sources), so English is in this file.
import english from '../../core/src/i18n/en.js';
import { checkConfig } from './check-config.js';

provideStrings('en', english);

/** Checks the config in full (unless the engine has), then puts the UI on the page. */
export async function mount(runtime: ConsentRuntime, config: unknown): Promise<void> {
  await runtime.checkConfig(() => checkConfig(config));
  // The runtime is the `assent` object the elements expect: the engine's members join it later.
  mountConsentUI(runtime as unknown as Assent);
  const idle = (globalThis as { requestIdleCallback?: (run: () => void) => void })
    .requestIdleCallback;
  const joinEngine = () => void runtime.join().catch(() => undefined);
  if (idle) idle(joinEngine);
  else setTimeout(joinEngine, 1);
}

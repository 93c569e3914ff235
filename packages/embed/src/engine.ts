/**
 * The engine the drop-in script loads on demand (`dist/assent-engine.js`): config validation,
 * the consent manager with its storage and tabs, the sync outbox and sender, and identity.
 * It never touches the page itself: the boot keeps its gate and Consent Mode, and follows the
 * manager this creates (see index.ts).
 */
export { createAssent, resolveLocale } from '@assent/core';

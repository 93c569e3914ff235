/**
 * The UI module the drop-in script loads on demand (`dist/assent-ui.js`): the banner path
 * (Lit, the banner, trigger and embed placeholder) plus lazy chunks for the preferences
 * centre, the opt-in form, the unsubscribe control and each language.
 *
 * The UI runs on the engine's manager, so it imports the engine: the code they share
 * (config helpers, languages) then lives in `assent-engine.js`, which the boot fetches in
 * parallel anyway, instead of in a third file. The engine imports nothing of the UI.
 */
export { mountConsentUI as mount } from '@assent/elements/mount';
export { createAssent } from './engine.js';

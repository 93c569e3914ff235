/**
 * The UI module the drop-in script loads on demand (`dist/assent-ui.js`): the banner path
 * (Lit, the banner, trigger and embed placeholder) plus lazy chunks for the preferences
 * centre, the opt-in form, the unsubscribe control and each language.
 */
export { mountConsentUI as mount } from '@assent/elements/mount';

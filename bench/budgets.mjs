// Size budgets for the built drop-in script, in bytes after minification and brotli.
// `npm test` fails when a budget is exceeded (scripts/size-report.mjs). They are ceilings
// just above today's figures, so any growth is a decision; lower them as the code shrinks.
// Raise a number only with a reason in the commit message.
export const budgets = {
  // What a returning visitor downloads: dist/assent.js alone, the boot of the one consent
  // runtime (tolerant config reading from the field table, mirror cookie, record and state,
  // tabs, gating, Consent Mode, every decision and the preferences draft, the `window.assent`
  // API, an IndexedDB look-up). Today ≈ 9.5 KB: +2.1 KB over the old boot facade (7.4 KB),
  // because decisions are now made by the runtime itself, so a banner click applies, mirrors
  // and announces without waiting for the engine; the product goal is 3 KB.
  // +0.35 KB for Consent Mode next to the site's own: a default the page already set is kept
  // (one warning), the early script's update is not repeated, and `assent_consent_update`
  // goes on dataLayer for Tag Manager triggers. +0.2 KB for the gate matching an iframe named
  // by its category to the one service its host belongs to (so "Allow and load" can allow
  // that service alone).
  // +0.2 KB for the legal bases the boot must apply before anything runs: categories on the
  // objection basis run before a decision, and a "necessary" service without a reason is gated
  // as analytics.
  // Merged at 10.3 KB: the runtime's own decisions (+2.1 KB), Consent Mode beside a site's own
  // and the embed-to-service match (+0.55 KB), the legal bases (+0.2 KB).
  // +0.1 KB: a decision made before the engine joined is kept in localStorage at once, so a
  // visitor who decides and leaves the page straight away does not lose the record.
  returningVisitor: 10_550,
  // What a first visit downloads before the banner shows: assent.js, then assent-ui.js alone
  // (Lit, the banner, the full config check and the English strings). Today ≈ 26.8 KB (34.3 KB
  // when the engine and the English chunk came before the banner too); goal 9.5 KB. Other
  // languages add their table (≤ 2.7 KB) and a config naming services the catalogue (5.8 KB),
  // both fetched in parallel with the UI.
  // +1.4 KB for the banner on other people's pages: the inline layout, the confirmation
  // message, clearing fixed host bars (offset tokens, safe-area="auto"), leaving host focus
  // traps, the compact phone layout, the text resets against host styles and the unknown
  // translation key warning (the elements' CSS is shipped unminified).
  // +0.2 KB: the words of <assent-rights> in each language's table (the English one is on
  // this path), so that element speaks every language and takes the site's translations.
  // +1.0 KB for what the first layer must say and record: the configured purposes, the
  // objection basis and the controller, the wording of every paragraph and link, and the
  // opt-in, soft opt-in and cookie-table strings in the English table.
  // Merged at 29.5 KB (the CSS and HTML of the elements' templates minified in the build: −0.4 KB).
  // +0.4 KB: the catalogue's ids, so a config describing only the site's own services never
  // fetches the 5.8 KB catalogue (the benchmark page's first visit: 34.7 → 29.9 KB), and each
  // language's list patterns, which replace Intl.ListFormat (≈ 40 ms of locale data at first use).
  // +0.1 KB: the boot's share of keeping a decision made before the engine joined.
  firstVisit: 30_150,
  // The engine alone (with its static imports): storage, the outbox and sender, identity, and
  // what a decision, an API call or unsent events add. Today ≈ 6.6 KB (12.8 KB when it held the
  // manager and the config check, which now comes from the UI, or in its own chunk).
  // +0.2 KB for the bases (recorded with each event), reasons and channel frequencies.
  // +0.13 KB: the outbox takes over the events a page held when it was left before its engine came.
  engine: 6_850,
  // assent-consent-default.js, the optional blocking tag before the Google Tag Manager snippet:
  // the config's Consent Mode settings, the default (unless the page set its own) and a
  // returning visitor's update from the mirror cookie. Today ≈ 1.5 KB.
  consentDefault: 1_600,
  // Any single lazily loaded chunk: the preferences centre (≈ 3.7 KB), the opt-in form
  // (≈ 4.9 KB), phone-number validation for SMS opt-ins (libphonenumber-js mobile
  // metadata, ≈ 29 KB, loaded only when a form offers SMS), one language (≤ 2.7 KB).
  chunk: 32_000,
};

// Size budgets for the built drop-in script, in bytes after minification and brotli.
// `npm test` fails when a budget is exceeded (scripts/size-report.mjs). They are ceilings
// just above today's figures, so any growth is a decision; lower them as the code shrinks.
// Raise a number only with a reason in the commit message.
export const budgets = {
  // What a returning visitor downloads: dist/assent.js alone, the boot (tolerant config
  // reading, mirror cookie, state, gating, Consent Mode, the `window.assent` facade and an
  // IndexedDB check). Today ≈ 7.3 KB (15.1 KB before the boot/engine split): raised from
  // 6.8 KB when the boot began reading its fields through the config's one field table (the
  // same rules and messages as the full check) instead of a hand-kept copy; the product goal
  // is 3 KB.
  // +0.1 KB when services gained catalogue fields (provider, privacy link, hosts, embed
  // title, durations as data), which the boot's field table reads too.
  // +0.2 KB for the legal bases the boot must apply before anything runs: categories on the
  // objection basis run before a decision, and a "necessary" service without a reason is gated
  // as analytics.
  returningVisitor: 7_700,
  // What a first visit downloads before the banner shows: assent.js, then assent-engine.js
  // (validation, manager, storage, sync) and assent-ui.js (Lit, the banner) in parallel, and
  // the English strings. Today ≈ 33.4 KB (28.7 KB before the split: the boot repeats the
  // state, mirror and storage code the engine also needs; 33.1 KB with valibot). The banner's
  // chunk carries the elements' shared base class and decide() path (+0.2 KB) that the lazily
  // loaded elements now reuse instead of repeating; +0.9 KB for 44 languages (their loaders
  // in the UI chunk, whole sentences per channel, cookie lifetimes in each language's plural
  // forms); goal 9.5 KB.
  // +0.5 KB with the catalogue's service fields and its loader in the engine.
  // +0.3 KB with the engine's delivery checks and identify tokens.
  // +1.0 KB for what the first layer must say and record: the configured purposes, the
  // objection basis and the controller, the wording of every paragraph and link, and the
  // opt-in, soft opt-in and cookie-table strings in the English table.
  firstVisit: 35_400,
  // The engine alone (with its static imports): what an API call or unsent events add to a
  // returning visit. Today ≈ 12.3 KB (13.5 KB with valibot; +0.3 KB since services can be
  // named from the catalogue: the extra service fields and loading the catalogue chunk when
  // a page names services; the catalogue itself, ≈ 5.4 KB, is a chunk of its own).
  // +0.4 KB for the sync's delivery checks (an answer must account for every event; 403/404
  // retried for a day; unsendable headers reported) and identify tokens.
  // +0.2 KB for the bases (recorded with each event), reasons and channel frequencies.
  engine: 13_000,
  // Any single lazily loaded chunk: the preferences centre (≈ 3.7 KB), the opt-in form
  // (≈ 4.9 KB), phone-number validation for SMS opt-ins (libphonenumber-js mobile
  // metadata, ≈ 29 KB, loaded only when a form offers SMS), one language (≤ 2.4 KB).
  chunk: 32_000,
};

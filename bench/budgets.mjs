// Size budgets for the built drop-in script, in bytes after minification and brotli.
// `npm test` fails when a budget is exceeded (scripts/size-report.mjs). Raise a number only
// with a reason in the commit message.
export const budgets = {
  // What a returning visitor downloads: dist/assent.js alone (config, state, storage,
  // mirror cookie, gating, Consent Mode, sync). Goal from the product brief: 3 KB.
  returningVisitor: 9_000,
  // What a first visit downloads before the banner shows: assent.js + the UI module and its
  // static imports (Lit, banner) + the English strings. Goal from the product brief: 9.5 KB.
  firstVisit: 22_000,
  // Any single lazily loaded chunk (preferences, opt-in with phone validation, a language).
  chunk: 40_000,
};

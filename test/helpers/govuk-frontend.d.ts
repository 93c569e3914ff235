// govuk-frontend ships no types; the tests use its one entry point.
declare module 'govuk-frontend' {
  /** Starts every GOV.UK Frontend component on the page. */
  export function initAll(options?: object): void;
}

/**
 * Registers every `assent-*` element. The only module with a side effect: import it once
 * (`import '@assent/elements/define'`) and write the tags in HTML.
 */
export {};

export const START: string;
export const END: string;
/** The Markdown table of every key and its English text, in the table's order. */
export function keyTable(english: Record<string, string>): string;
/** The README with its key list replaced by a fresh one. */
export function withKeyTable(readme: string, english: Record<string, string>): string;

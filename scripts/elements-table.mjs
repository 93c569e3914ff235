// Prints a Markdown table of the elements from the Custom Elements Manifest, for the README:
// node scripts/elements-table.mjs (after `npm run analyze`).
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8'));
const code = (items) => (items.length ? items.map((item) => `\`${item}\``).join(', ') : '—');
const rows = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    rows.push(
      `| \`<${declaration.tagName}>\` | ${declaration.summary ?? ''} | ${code((declaration.attributes ?? []).map((a) => a.name))} | ${code((declaration.events ?? []).map((e) => e.name))} | ${code((declaration.slots ?? []).map((s) => s.name || '(default)'))} | ${code((declaration.cssParts ?? []).map((p) => p.name))} | ${code((declaration.cssProperties ?? []).map((p) => p.name))} |`,
    );
  }
}
console.log('| element | what it does | attributes | events | slots | parts | CSS properties |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));

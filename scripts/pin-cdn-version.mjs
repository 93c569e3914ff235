// Run by `npm run version-packages` after `changeset version`: the READMEs' pinned CDN tag
// follows @assent/embed's new version (the package tests check that they agree).
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('packages/embed/package.json', 'utf8'));
for (const file of ['README.md', 'packages/embed/README.md']) {
  const text = readFileSync(file, 'utf8');
  const pinned = text.replace(
    /@assent\/embed@[^/\s]+\/dist\/assent\.js/g,
    `@assent/embed@${version}/dist/assent.js`,
  );
  if (pinned !== text) writeFileSync(file, pinned);
}

/**
 * The release flow on a copy of the repository's package files: a changeset bumps each
 * package's own version, writes its CHANGELOG, updates the packages that depend on it, and the
 * READMEs' pinned CDN tag follows @assent/embed's new version. (Packing, installing and
 * running the script tag from the installed package: consumers.test.ts.)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGES, ROOT, run } from '../helpers/packages.js';

let copy = '';

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'assent-release-'));
  for (const file of ['package.json', 'README.md', 'scripts/pin-cdn-version.mjs'])
    cpSync(join(ROOT, file), join(copy, file));
  cpSync(join(ROOT, '.changeset/config.json'), join(copy, '.changeset/config.json'));
  for (const { folder } of PACKAGES) {
    for (const file of readdirSync(join(ROOT, 'packages', folder)).filter((name) =>
      /^(package\.json|README\.md|CHANGELOG\.md)$/.test(name),
    ))
      cpSync(join(ROOT, 'packages', folder, file), join(copy, 'packages', folder, file));
  }
  writeFileSync(
    join(copy, '.changeset/new-banner-layout.md'),
    "---\n'@assent/core': minor\n'@assent/embed': patch\n---\n\nA new banner layout.\n",
  );
});

after(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const manifest = (folder: string) =>
  JSON.parse(readFileSync(join(copy, 'packages', folder, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };

test('a changeset versions each package on its own, writes CHANGELOGs and re-pins the CDN tag', async () => {
  const before = Object.fromEntries(PACKAGES.map(({ folder }) => [folder, manifest(folder)]));
  await run(join(ROOT, 'node_modules/.bin/changeset'), ['version'], { cwd: copy });
  await run(process.execPath, ['scripts/pin-cdn-version.mjs'], { cwd: copy });

  const core = manifest('core');
  const embed = manifest('embed');
  const [major, minor] = before.core!.version.split('.').map(Number);
  assert.equal(core.version, `${major}.${minor! + 1}.0`, 'core: minor');
  assert.notEqual(embed.version, before.embed!.version, 'embed: patch (and its core dependency)');
  assert.equal(embed.dependencies?.['@assent/core'], core.version);
  // The server depends on core: it gets a patch and the new core, never core's minor.
  const server = manifest('server');
  assert.notEqual(server.version, before.server!.version, 'server: patch (its core dependency)');
  assert.equal(
    server.version.split('.').slice(0, 2).join('.'),
    before.server!.version.split('.').slice(0, 2).join('.'),
    'server: no minor',
  );
  assert.equal(server.dependencies?.['@assent/core'], core.version);

  const changelog = readFileSync(join(copy, 'packages/core/CHANGELOG.md'), 'utf8');
  assert.match(changelog, new RegExp(`## ${core.version.replaceAll('.', '\\.')}`));
  assert.match(changelog, /A new banner layout\./);

  for (const readme of ['README.md', 'packages/embed/README.md']) {
    const text = readFileSync(join(copy, readme), 'utf8');
    assert.ok(text.includes(`@assent/embed@${embed.version}/dist/assent.js`), readme);
    assert.ok(!text.includes(`@assent/embed@${before.embed!.version}/`), readme);
  }
});

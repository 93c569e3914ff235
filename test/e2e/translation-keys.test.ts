import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { en } from '../../packages/core/src/i18n/en.js';
import { END, START, keyTable, withKeyTable } from '../../scripts/translation-keys.mjs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README’s list of translation keys', () => {
  it('is the one generated from the English table (npm run docs:translation-keys)', () => {
    assert.equal(withKeyTable(readme, en), readme);
  });

  it('names every key with its English text', () => {
    const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
    for (const [key, text] of Object.entries(en)) {
      assert.ok(section.includes(`| \`${key}\` | ${text.replace(/\|/g, '\\|')} |`), key);
    }
    assert.equal(keyTable(en).split('\n').length, Object.keys(en).length + 2);
  });
});

/**
 * `assent scan` against fixture sites that imitate real tags (test/helpers/scan-sites.ts),
 * without Assent, behind Assent, and behind Assent with one tag left ungated, and against the
 * demo site. Runs the built command (`npm run build` first; npm test does).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@assent/core';
import { serviceCatalogue } from '@assent/core/catalogue';
import type { ScanResult } from '@assent/scanner';
import { startScanSites, type ScanSites } from '../helpers/scan-sites.js';
import { startDemo } from '../../scripts/demo.mjs';

const BIN = new URL('../../packages/scanner/bin/assent.js', import.meta.url).pathname;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function assent(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ...env }, timeout: 180_000, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const servicesIn = (result: ScanResult, phase: 'before' | 'after') =>
  [...new Set(result.findings.filter((f) => f.phase === phase && f.service).map((f) => f.service))]
    .filter((id) => id !== 'assent')
    .sort();

describe('assent scan', () => {
  let sites: ScanSites;
  let dir: string;
  let configFile: string;

  before(async () => {
    sites = await startScanSites();
    dir = mkdtempSync(join(tmpdir(), 'assent-scan-'));
    configFile = join(dir, 'assent-config.json');
    writeFileSync(configFile, JSON.stringify(sites.config));
  });
  after(async () => {
    await sites?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists what a site without a consent tool sets before consent, and exits 1', async () => {
    const json = join(dir, 'bare.json');
    const run = await assent([
      'scan',
      `${sites.site.url}/bare/index.html`,
      '--pages',
      '5',
      '--config',
      configFile,
      '--json',
      json,
      '--accept-selector',
      'button.no-such-banner',
    ]);
    assert.equal(run.code, 1, run.stderr);
    const result = JSON.parse(readFileSync(json, 'utf8')) as ScanResult;
    assert.deepEqual(result.pages.before.length, 3);
    assert.deepEqual(servicesIn(result, 'before'), ['google-analytics', 'hotjar', 'youtube']);
    const ga = result.findings.find((f) => f.kind === 'cookie' && f.name === '_ga')!;
    assert.equal(ga.phase, 'before');
    assert.equal(ga.domain, '127.0.0.1');
    assert.equal(ga.page, `${sites.site.url}/bare/index.html`);
    assert.equal(ga.source, `script ${sites.site.url}/tags/analytics.js`);
    assert.ok(Date.parse(ga.expires!) > Date.now() + 300 * 86_400_000, ga.expires);
    assert.ok(result.findings.some((f) => f.kind === 'cookie' && f.name === '_ga_FIXTURE'));
    const pixel = result.findings.find(
      (f) => f.kind === 'request' && f.domain.startsWith('analytics.localhost'),
    )!;
    assert.equal(pixel.service, 'google-analytics');
    assert.equal(pixel.resourceType, 'image');
    const video = result.findings.find((f) => f.kind === 'request' && f.service === 'youtube')!;
    assert.equal(video.page, `${sites.site.url}/bare/video.html`);
    assert.equal(video.source, `iframe ${sites.site.url}/bare/video.html`);
    const widget = result.findings.find(
      (f) => f.kind === 'localStorage' && f.service === 'hotjar',
    )!;
    assert.equal(widget.name, '_hjSessionUser_4242');
    assert.equal(widget.source, `script ${sites.site.url}/widgets/chat.js`);
    assert.equal(widget.page, `${sites.site.url}/bare/contact.html`);
    assert.equal(result.consent.given, false);
    assert.match(run.stdout, /✗ \d+ optional item\(s\) before consent, from: google-analytics, /);
  });

  it('behind Assent finds nothing before consent and the services after "Accept all"', async () => {
    const json = join(dir, 'protected.json');
    const html = join(dir, 'protected.html');
    const skeleton = join(dir, 'skeleton.json');
    const run = await assent([
      'scan',
      `${sites.site.url}/protected/index.html`,
      '--pages',
      '5',
      '--json',
      json,
      '--html',
      html,
      '--write',
      skeleton,
    ]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    // Not a terminal: no progress bar, nothing on stderr.
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /Before consent\n(?!.*(_ga|analytics\.localhost))/);
    assert.match(run.stdout, /✓ Nothing optional was set or requested before consent\./);
    const result = JSON.parse(readFileSync(json, 'utf8')) as ScanResult;
    assert.equal(result.consent.via, 'Assent banner');
    assert.deepEqual(result.violations, []);
    assert.deepEqual(servicesIn(result, 'before'), []);
    assert.ok(
      result.findings.filter((f) => f.phase === 'before').every((f) => f.category === 'necessary'),
    );
    assert.deepEqual(servicesIn(result, 'after'), ['google-analytics', 'hotjar', 'youtube']);
    assert.ok(
      result.findings.some((f) => f.phase === 'after' && f.kind === 'cookie' && f.name === '_ga'),
    );
    const page = readFileSync(html, 'utf8');
    assert.match(page, /<h2>Added after “Accept all”<\/h2>/);
    assert.match(page, /<code>_ga_FIXTURE<\/code>/);
    assert.doesNotMatch(page, /<script/);
    // The skeleton is a config the script tag accepts, with every service's category.
    const written = JSON.parse(readFileSync(skeleton, 'utf8')) as {
      services: Record<string, unknown>;
    };
    assert.deepEqual(written.services, {
      'google-analytics': { category: 'analytics' },
      hotjar: { category: 'analytics' },
      youtube: { category: 'marketing' },
    });
    const errors: string[] = [];
    const resolved = parseConfig(written, (path, message) => errors.push(`${path}: ${message}`), {
      catalogue: serviceCatalogue,
    });
    assert.deepEqual(errors, []);
    assert.equal(resolved.services.youtube?.title, 'YouTube');
  });

  it('fails naming the one tag that fires before consent behind Assent', async () => {
    const run = await assent(['scan', `${sites.site.url}/leaky/index.html`, '--pages', '3']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /✗ \d+ optional item\(s\) before consent, from: google-analytics\n/);
    const before = run.stdout.slice(
      run.stdout.indexOf('Before consent'),
      run.stdout.indexOf('Added after'),
    );
    assert.match(
      before,
      /_ga_FIXTURE .* google-analytics +analytics +\/leaky\/index\.html +script \/tags\/analytics\.js/,
    );
    assert.doesNotMatch(before, /hotjar|youtube/);
  });

  it('says how to install Chromium when there is none, and never downloads one', async () => {
    const run = await assent(['scan', `${sites.site.url}/bare/index.html`], {
      CHROME_PATH: join(dir, 'no-chromium-here'),
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /apt-get install chromium/);
    assert.equal(run.stdout, '');
  });

  it('refuses bad arguments with a message and exit code 2', async () => {
    const pages = await assent(['scan', sites.site.url, '--pages', 'lots']);
    assert.equal(pages.code, 2);
    assert.match(pages.stderr, /--pages must be a whole number/);
    const url = await assent(['scan', 'javascript:alert(1)']);
    assert.equal(url.code, 2);
    assert.match(url.stderr, /is not an http\(s\) URL/);
    const usage = await assent(['crawl']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: assent scan <url>/);
  });
});

describe('assent scan of the demo site', () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assent-scan-demo-'));
    demo = await startDemo({ port: 0, dataDir: dir, quiet: true });
  });
  after(async () => {
    await demo?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports nothing before consent and the demo’s services after', async () => {
    const json = join(dir, 'demo.json');
    const run = await assent([
      'scan',
      `${demo.url}/`,
      '--pages',
      '4',
      '--config',
      'demo/assent-config.js',
      '--json',
      json,
    ]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const result = JSON.parse(readFileSync(json, 'utf8')) as ScanResult;
    assert.deepEqual(result.violations, []);
    assert.deepEqual(servicesIn(result, 'before'), []);
    assert.deepEqual(servicesIn(result, 'after'), ['google-analytics', 'youtube']);
    assert.ok(result.findings.some((f) => f.phase === 'after' && f.name === '_ga_DEMO'));
    assert.ok(result.pages.before.length >= 2, String(result.pages.before));
  });
});

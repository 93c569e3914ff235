/**
 * Screenshots of the admin workspace for the README: a server on 127.0.0.1:0 with a small
 * sample ledger, Debian's Chromium through playwright-core, PNGs written to docs/workspace/.
 *
 *   node --conditions=source --import tsx scripts/workspace-screenshots.ts
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildApp, openStore, type ConsentEvent } from '../packages/server/src/app.js';
import { createRequest, recordStep } from '../packages/server/src/requests/store.js';

const TOKEN = 'screenshot-admin-token-0123456789';
const DAY = 86_400_000;
const out = 'docs/workspace';
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'assent-shots-'));
const store = await openStore({ dataDir });
const now = Date.now();
const events: ConsentEvent[] = [];
for (let i = 0; i < 1500; i++) {
  const at = new Date(now - Math.floor(((i * 7919) % 90) * DAY)).toISOString();
  const roll = (i * 37) % 100;
  if (roll < 60) {
    events.push({
      id: randomUUID(),
      subject: randomUUID(),
      at,
      kind: 'cookies',
      method: roll < 40 ? 'banner' : roll < 55 ? 'preferences' : 'embed',
      revision: i % 3 ? '2025-06' : '2024-01',
      choices: {
        categories: { necessary: true, analytics: i % 2 === 0, marketing: i % 5 === 0 },
        services: {},
      },
    });
  } else {
    const sms = roll >= 85;
    events.push({
      id: randomUUID(),
      subject: randomUUID(),
      at,
      kind: roll >= 95 ? 'unsubscribe' : 'marketing',
      method: roll >= 95 ? 'unsubscribe' : 'optin',
      revision: '2025-06',
      choices: {
        channel: sms ? 'sms' : 'email',
        status: roll >= 95 ? 'denied' : 'granted',
        topics: sms ? ['repairs'] : ['news'],
      },
      wording: sms ? 'Text me when repairs are booked.' : 'Email me the tenants’ newsletter.',
      contact: sms
        ? { phone: `+4477009${String(i).padStart(5, '0')}` }
        : { email: `tenant-${i}@housing.example` },
    });
  }
}
// A CRM that is down now and then: every third delivery is answered 503 (and retried).
let answered = 0;
const crm = createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(++answered % 3 === 0 ? 503 : 204).end());
});
await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve));
const app = await buildApp({
  store,
  secret: 'screenshot-secret-0123456789',
  adminToken: TOKEN,
  rateLimit: false,
  webhookUrl: `http://127.0.0.1:${(crm.address() as AddressInfo).port}/assent`,
  webhookSecret: `whsec_${randomBytes(32).toString('base64')}`,
  outboxPollMs: 200,
});
const url = await app.listen({ port: 0, host: '127.0.0.1' });
// After the app (its ledger hooks queue the webhooks), so deliveries exist to show.
await store.ingest(events.slice(0, 1480));
await store.ingest(events.slice(1480));
// Two people asked for their data and confirmed from their inbox; one has not confirmed yet.
for (const [type, value, verified] of [
  ['access', 'tenant-61@housing.example', true],
  ['erasure', 'tenant-62@housing.example', true],
  ['access', 'tenant-63@housing.example', false],
] as const) {
  const { request } = await createRequest(store.database, { type, kind: 'email', value });
  const at = new Date().toISOString();
  if (verified) {
    await recordStep(
      store.database,
      request.id,
      { step: 'verified', at },
      {
        status: 'verified',
        verified_at: at,
      },
    );
  }
}
await new Promise((resolve) => setTimeout(resolve, 3000));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}/admin`);
  await page.getByLabel('Admin token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('img', { name: /^Cookie decisions per day/ }).waitFor();
  await page.screenshot({ path: `${out}/dashboard.png`, fullPage: true });
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  await page.getByLabel('Channel').selectOption('sms');
  await page.getByLabel('Topic').fill('repairs');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('table', { name: 'Matching contacts' }).waitFor();
  await page.screenshot({ path: `${out}/contacts.png` });
  await page
    .getByRole('button', { name: /^Show history for/ })
    .first()
    .click();
  await page.getByRole('status').filter({ hasText: 'Chain verified' }).waitFor();
  await page.screenshot({ path: `${out}/proof.png` });
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('CSV file').setInputFiles({
    name: 'paper-list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'email,channel,status,topics,consented_at,source,wording\n' +
        'new-tenant@housing.example,email,granted,news,2025-03-01T10:00:00Z,paper form,Email me the newsletter\n' +
        'not-an-address,email,granted,news,2025-03-01,paper form,Email me the newsletter\n' +
        'x@housing.example,email,granted,news,next week,paper form,Email me the newsletter\n',
    ),
  });
  await page.getByRole('heading', { name: 'What the import would do' }).waitFor();
  await page.screenshot({ path: `${out}/import.png` });
  await page.getByRole('link', { name: 'Requests' }).click();
  await page.getByRole('table', { name: 'Requests, newest first' }).waitFor();
  await page.screenshot({ path: `${out}/requests.png` });
  await page.getByRole('link', { name: 'Webhook deliveries' }).click();
  await page
    .getByRole('table', { name: 'Deliveries, newest first' })
    .getByRole('row')
    .nth(2)
    .waitFor();
  await page.screenshot({ path: `${out}/deliveries.png` });
  await page.getByRole('link', { name: 'Audit log' }).click();
  await page
    .getByRole('table', { name: 'Every admin action, newest first' })
    .getByRole('row')
    .nth(2)
    .waitFor();
  await page.screenshot({ path: `${out}/audit.png` });
  process.stdout.write(`screenshots written to ${out}/\n`);
} finally {
  await browser.close();
  await app.close();
  crm.closeAllConnections();
  crm.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}

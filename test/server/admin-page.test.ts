import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import type { Ledger } from '../../packages/server/src/app.js';
import {
  ADMIN_TOKEN,
  adminHeaders,
  backends,
  destroyPlace,
  marketingEvent,
  newPlace,
  newSubject,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';

const backend = backends[0]!;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The first and last day of last month, and a time inside it. */
function lastMonth() {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const at = (day: number) =>
    new Date(first.getTime() + day * 86_400_000 + 36_000_000).toISOString();
  return { at };
}

describe('the workspace in Chromium', () => {
  let place: Place;
  let store: Ledger;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const xssEmail = `<img src=x onerror=alert(1)>${Date.now()}@x.com`;
  const alerts: string[] = [];
  const violations: string[] = [];

  /** Runs axe over the page (shadow roots included) and lists every violation. */
  async function axe() {
    // Evaluated, not added as a <script>: the page's CSP rightly refuses inline scripts.
    await page.evaluate(await readFile(axePath, 'utf8'));
    const found = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run();
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    assert.deepEqual(found, []);
  }

  before(async () => {
    place = newPlace(backend);
    store = await openPlaceStore(place);
    server = await startServer(store);
    const sent = await server.post('/v1/consents', {
      events: [
        marketingEvent(
          newSubject(),
          { email: 'ann@example.com' },
          { channel: 'email', status: 'granted', topics: ['news'] },
          'Email me the tenants’ newsletter',
        ),
        marketingEvent(
          newSubject(),
          { email: 'bob@example.com' },
          { channel: 'email', status: 'granted', topics: ['news', 'repairs'] },
        ),
        marketingEvent(
          newSubject(),
          { phone: '+447700900123' },
          { channel: 'sms', status: 'granted', topics: ['alerts'] },
        ),
      ],
    });
    assert.equal(sent.status, 200, sent.text);
    // The API refuses such an address; it is written straight to the store, as an import or an
    // older version might have, to prove the page never renders stored text as markup.
    await store.ingest([
      marketingEvent(
        newSubject(),
        { email: xssEmail },
        { channel: 'email', status: 'granted', topics: ['news'] },
        '<script>alert(2)</script> wording',
      ) as never,
    ]);
    // Tenants who signed up to SMS repair alerts on paper last month, and one this month.
    const { at } = lastMonth();
    const imported = await server.post(
      '/v1/import',
      'phone,channel,status,topics,consented_at,source,wording\n' +
        `+447700900201,sms,granted,repairs,${at(2)},tenancy form,Text me when repairs are booked\n` +
        `+447700900202,sms,granted,repairs,${at(9)},tenancy form,Text me when repairs are booked\n` +
        `+447700900203,sms,granted,repairs alerts,${at(20)},tenancy form,Text me when repairs are booked\n` +
        `+447700900204,sms,granted,repairs,${new Date().toISOString()},website,Text me when repairs are booked\n`,
      { ...adminHeaders, 'content-type': 'text/csv' },
    );
    assert.equal(imported.json.imported, 4, imported.text);
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused/.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/admin`);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (place) await destroyPlace(place);
  });

  test('a wrong admin token is refused with a message, and the sign-in form passes axe', async () => {
    await page.getByLabel('Admin token').fill('not-the-admin-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Dashboard' }).isVisible(), false);
    await axe();
  });

  test('signing in shows the counts per channel and topic', async () => {
    await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    const counts = page.getByRole('table', { name: 'Contacts per channel and topic' });
    const newsRow = counts
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'news', exact: true }) });
    await newsRow.waitFor();
    assert.deepEqual(await newsRow.getByRole('cell').allTextContents(), ['news', '3', '0', '0']);
    const alertsRow = counts
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'alerts', exact: true }) });
    assert.equal(await alertsRow.getByRole('rowheader').textContent(), 'sms');
    assert.ok(!page.url().includes(ADMIN_TOKEN), 'the token is not in the URL');
    assert.ok(!server.logs.join('').includes(ADMIN_TOKEN), 'nor in the logs');
  });

  test('the dashboard draws charts with text alternatives and a table view, and passes axe', async () => {
    const chart = page.getByRole('img', { name: /^Cookie decisions per day\./ });
    await chart.waitFor();
    await page
      .getByRole('button', {
        name: 'Show as table: Opt-ins, confirmations and unsubscribes per day: Email',
      })
      .click();
    const table = page.getByRole('region', { name: /per day: Email \(table\)/ });
    const today = new Date().toISOString().slice(0, 10);
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: today }) });
    assert.deepEqual(await row.getByRole('cell').allTextContents(), ['3', '0', '0']);
    await axe();
  });

  test('how many tenants opted in to SMS repair alerts last month, and the proof for one', async () => {
    await page.getByRole('button', { name: 'Last month' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Figures for \d{4}-\d\d-01 to/ })
      .waitFor();
    await page.getByLabel('Channel').selectOption('sms');
    await page.getByLabel('Topic').selectOption('repairs');
    const total = page
      .locator('.cards div', { has: page.getByText('Opt-ins (SMS · repairs)', { exact: true }) })
      .locator('dd');
    assert.equal(
      await total.textContent(),
      '3',
      'three last month; the one this month is not counted',
    );

    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByLabel('Channel').selectOption('sms');
    await page.getByLabel('Topic').fill('repairs');
    await page.getByLabel('Status').selectOption('granted');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: '4 contacts found' }).waitFor();
    const listed = page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: '+447700900202' }),
    });
    assert.equal(
      (await listed.getByRole('cell').nth(1).textContent())?.trim(),
      'granted (repairs), unverified',
      'the SMS column says whether the address was verified',
    );
    await axe();
    await page.getByRole('button', { name: 'Show history for +447700900202' }).click();
    await page.getByRole('heading', { name: 'Proof of consent: +447700900202' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Chain verified: all 1 events' }).waitFor();
    const history = page.getByRole('table', { name: 'Every recorded event, oldest first' });
    const cells = await history.getByRole('row').nth(1).getByRole('cell').allTextContents();
    assert.equal(
      cells[0],
      lastMonth()
        .at(9)
        .replace(/\.\d+Z$/, '.000Z'),
      'the consent time as given',
    );
    assert.deepEqual(cells.slice(1, 8), [
      'marketing',
      'import',
      'sms',
      'granted',
      'repairs',
      '',
      'Text me when repairs are booked',
    ]);
    assert.equal(cells[8]!.trim(), 'no', 'an import is not a proof of the address');
    assert.match(cells[9]!, /^[0-9a-f]{64}$/);
    assert.equal(cells[10]!.trim(), 'yes', 'the chain verifies there');
    assert.match(
      page.url(),
      /#contact\/[0-9a-f-]{36}$/,
      'the view is in the URL, the token is not',
    );
    await axe();
  });

  test('searching a contact and opening its history shows the wording and both times', async () => {
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByLabel('Email or phone').fill('ann@');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: '1 contact found' }).waitFor();
    await page.getByRole('button', { name: 'Show history for ann@example.com' }).click();
    const history = page.getByRole('table', { name: 'Every recorded event, oldest first' });
    await history.getByRole('cell', { name: 'Email me the tenants’ newsletter' }).waitFor();
    const cells = await history.getByRole('row').nth(1).getByRole('cell').allTextContents();
    assert.deepEqual(cells.slice(1, 7), [
      'marketing',
      'optin',
      'email',
      'granted',
      'news',
      '2021-11',
    ]);
    const [received] = await history
      .getByRole('row')
      .nth(1)
      .getByRole('rowheader')
      .allTextContents();
    assert.match(received!, /^\d{4}-\d\d-\d\dT/);
    assert.match(cells[0]!, /^\d{4}-\d\d-\d\dT/, 'the client time is shown too');
  });

  test('addresses and wording from visitors render as inert text', async () => {
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByLabel('Email or phone').fill('<img');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('rowheader', { name: xssEmail }).waitFor();
    await page.getByRole('button', { name: `Show history for ${xssEmail}` }).click();
    await page.getByRole('cell', { name: '<script>alert(2)</script> wording' }).waitFor();
    await page.waitForTimeout(200);
    assert.deepEqual(alerts, []);
    assert.equal(await page.locator('main img').count(), 0, 'no element was made from the address');
    assert.equal(await page.locator('main script').count(), 0);
  });

  test('exporting downloads a CSV of the opt-ins', async () => {
    await page.getByRole('link', { name: 'Exports and links' }).click();
    await page.getByLabel('Channel').first().selectOption('email');
    await page.getByLabel('Topic (optional)').first().fill('news');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'optins-email-news.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    assert.match(csv, /^"email","phone","channel","topic","since"/);
    assert.ok(csv.includes('"ann@example.com"') && csv.includes('"bob@example.com"'));
    assert.equal(csv.trim().split('\r\n').length, 4, 'a header and three opt-ins');
    const [ledger] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the ledger (NDJSON)' }).click(),
    ]);
    const lines = (await readFile((await ledger.path())!, 'utf8')).trim().split('\n');
    assert.equal(lines.length, 8);
    await axe();
  });

  test('creating an unsubscribe link shows a URL that works', async () => {
    await page.getByLabel('Email or phone', { exact: true }).fill('bob@example.com');
    await page.getByLabel('Channel').last().selectOption('email');
    await page.getByLabel('Topic (optional)').last().fill('repairs');
    await page.getByRole('button', { name: 'Create link' }).click();
    const field = page.getByRole('textbox', { name: 'Unsubscribe link', exact: true });
    await page.waitForFunction(
      () =>
        (
          document
            .querySelector('assent-workspace')
            ?.shadowRoot?.querySelector('assent-admin-exports')
            ?.shadowRoot?.querySelector('input[readonly]') as HTMLInputElement | null
        )?.value !== '',
    );
    const url = await field.inputValue();
    assert.ok(url.startsWith(`${server.url}/unsubscribe?token=`), url);
    const confirm = await browser.newPage();
    try {
      await confirm.goto(url);
      await confirm.getByRole('heading', { name: 'Unsubscribe' }).waitFor();
      assert.match((await confirm.textContent('main'))!, /repairs/);
      await confirm.getByRole('button', { name: 'Unsubscribe' }).click();
      await confirm.getByRole('heading', { name: 'You are unsubscribed' }).waitFor();
    } finally {
      await confirm.close();
    }
    const rows = await store.optins('email', 'repairs');
    assert.ok(!rows.some((row) => row.email === 'bob@example.com'));
  });

  test('an import shows a preview with per-row errors, then imports', async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    const csv =
      'email,channel,status,topics,consented_at,source,wording\n' +
      'carol@example.com,email,granted,news,2025-01-05T09:00:00Z,paper,Send me the newsletter\n' +
      'not-an-address,email,granted,news,2025-01-05,paper,Send me the newsletter\n' +
      'bob@example.com,email,granted,repairs,2025-01-05,paper,Send me repair news\n';
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'paper.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('table', { name: 'Preview: the first 3 rows of paper.csv' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: '3 rows: 1 would be imported, 1 skipped, 1 refused' })
      .waitFor();
    const notes = page.getByRole('table', { name: 'Rows that would not be imported' });
    assert.deepEqual(await notes.getByRole('rowheader').allTextContents(), ['3', '4']);
    await notes.getByRole('cell', { name: /^email: is not an email address/ }).waitFor();
    await notes.getByRole('cell', { name: /unsubscribed from repairs/ }).waitFor();
    assert.equal(
      (await store.findContact('email', 'carol@example.com')) ?? null,
      null,
      'a preview writes nothing',
    );
    await axe();
    await page.getByRole('button', { name: 'Import 1 rows' }).click();
    await page.getByRole('heading', { name: 'Import done' }).waitFor();
    assert.ok(
      (await store.optins('email', 'news')).some((row) => row.email === 'carol@example.com'),
    );
  });

  test('the audit log shows who did what, and signing out forgets the token', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    const log = page.getByRole('table', { name: 'Every admin action, newest first' });
    await log.getByRole('cell', { name: 'import', exact: true }).first().waitFor();
    await log.getByRole('cell', { name: 'sign-in', exact: true }).first().waitFor();
    await log.getByRole('cell', { name: 'contact.view', exact: true }).first().waitFor();
    await axe();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Admin token').waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    const audit = await server.request('/v1/audit', { headers: adminHeaders });
    assert.ok(audit.json.entries.some((e: { action: string }) => e.action === 'sign-out'));
    assert.deepEqual(violations, [], 'nothing broke the page’s Content-Security-Policy');
  });
});

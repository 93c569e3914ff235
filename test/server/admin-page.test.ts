import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import type { Ledger } from '../../packages/server/src/app.js';
import {
  ADMIN_TOKEN,
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

describe('the admin page in Chromium', () => {
  let place: Place;
  let store: Ledger;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const xssEmail = `<img src=x onerror=alert(1)>${Date.now()}@x.com`;
  const alerts: string[] = [];
  const violations: string[] = [];

  before(async () => {
    place = newPlace(backend);
    store = await openPlaceStore(place);
    server = await startServer(store);
    const subject = newSubject();
    const sent = await server.post('/v1/consents', {
      events: [
        marketingEvent(
          subject,
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

  test('a wrong admin token is refused with a message', async () => {
    await page.getByLabel('Admin token').fill('not-the-admin-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not accepted' }).waitFor();
    assert.equal(
      await page.getByRole('heading', { name: 'Opt-ins', exact: true }).isVisible(),
      false,
    );
  });

  test('signing in shows the counts per channel and topic', async () => {
    await page.getByLabel('Admin token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Opt-ins', exact: true }).waitFor();
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
  });

  test('searching a contact and opening its history shows the wording and both times', async () => {
    await page.getByLabel('Email or phone', { exact: true }).first().fill('ann@');
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
    await page.getByLabel('Email or phone', { exact: true }).first().fill('onerror');
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
  });

  test('creating an unsubscribe link shows a URL that works', async () => {
    await page.getByLabel('Email or phone', { exact: true }).last().fill('bob@example.com');
    await page.getByLabel('Channel').last().selectOption('email');
    await page.getByLabel('Topic (optional)').last().fill('repairs');
    await page.getByRole('button', { name: 'Create link' }).click();
    const field = page.getByRole('textbox', { name: 'Unsubscribe link', exact: true });
    await page.waitForFunction(
      () => (document.getElementById('link-url') as HTMLInputElement).value !== '',
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
    assert.deepEqual(violations, [], 'nothing broke the page’s Content-Security-Policy');
  });
});

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
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
import {
  startHttpReceiver,
  startSmtpReceiver,
  until,
  type HttpReceiver,
  type SmtpReceiver,
} from './receivers.js';

const backend = backends[0]!;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const READ_TOKEN = 'read-only-token-0123456789';
const WEBHOOK_SECRET = `whsec_${randomBytes(32).toString('base64')}`;

/** The first link to `path` in a raw (quoted-printable) mail. */
function linkIn(raw: string, path: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = new RegExp(
    `(http://127\\.0\\.0\\.1:\\d+${path.replace(/[/?]/g, '\\$&')}[A-Za-z0-9_-]+)`,
  ).exec(text);
  assert.ok(match, `a link to ${path}`);
  return match[1]!;
}

describe('the workspace’s queues in Chromium: webhook deliveries and data-subject requests', () => {
  let place: Place;
  let store: Ledger;
  let server: TestServer;
  let receiver: HttpReceiver;
  let smtp: SmtpReceiver;
  let browser: Browser;
  let page: Page;
  const confirms: string[] = [];

  async function axe() {
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

  async function signIn(token: string) {
    await page.getByLabel('Admin token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  }

  /** Asks for a request the way a person does, and confirms it from the mailed link. */
  async function requestAndVerify(type: 'access' | 'erasure', email: string) {
    const asked = await server.post('/v1/requests', { type, contact: { email } });
    assert.equal(asked.status, 202, asked.text);
    const mail = await until(
      () => smtp.mails.find((m) => m.to.includes(email) && m.raw.includes('/v1/requests/verify')),
      'the verification mail',
    );
    const confirmed = await fetch(linkIn(mail.raw, '/v1/requests/verify?token='), {
      method: 'POST',
    });
    assert.equal(confirmed.status, 200);
  }

  before(async () => {
    place = newPlace(backend);
    store = await openPlaceStore(place);
    receiver = await startHttpReceiver();
    // The receiver is down at first: every delivery is answered 503.
    receiver.respond = () => 503;
    smtp = await startSmtpReceiver();
    server = await startServer(store, {
      webhookUrl: receiver.url,
      webhookSecret: WEBHOOK_SECRET,
      smtpUrl: smtp.url,
      mailFrom: 'privacy@example.com',
      outboxPollMs: 200,
      adminTokens: [{ name: 'mia', role: 'read', token: READ_TOKEN }],
    });
    // Carol opted in through the site's backend (which vouches for the address); Dan only
    // through a browser form.
    const vouched = await server.post(
      '/v1/consents',
      {
        events: [
          marketingEvent(
            newSubject(),
            { email: 'carol@example.com' },
            { channel: 'email', status: 'granted', topics: ['news'] },
            'Email me the tenants’ newsletter',
          ),
        ],
      },
      adminHeaders,
    );
    assert.equal(vouched.status, 200, vouched.text);
    const claimed = await server.post('/v1/consents', {
      events: [
        marketingEvent(
          newSubject(),
          { email: 'dan@example.com' },
          { channel: 'email', status: 'granted', topics: ['news'] },
        ),
      ],
    });
    assert.equal(claimed.status, 200, claimed.text);
    await until(() => receiver.received.length >= 2, 'two refused deliveries');
    // Dan's delivery ran out of retries (three days of them, here set by hand).
    await store.database.query(
      `UPDATE webhook_outbox SET status = 'failed'
       WHERE payload LIKE '%dan@example.com%' AND status = 'pending'`,
    );
    await requestAndVerify('access', 'carol@example.com');
    await requestAndVerify('erasure', 'erin@example.com');
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      confirms.push(dialog.message());
      void dialog.accept();
    });
    await page.goto(`${server.url}/admin`);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await receiver?.close();
    await smtp?.close();
    await store?.close();
    if (place) await destroyPlace(place);
  });

  test('contacts and the proof say whether an opt-in is verified by the address’s owner', async () => {
    await signIn(ADMIN_TOKEN);
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByLabel('Channel').selectOption('email');
    await page.getByRole('button', { name: 'Search' }).click();
    const carol = page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'carol@example.com' }),
    });
    await carol.waitFor();
    assert.equal(
      (await carol.getByRole('cell').first().textContent())?.trim(),
      'granted (news), verified',
    );
    const dan = page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'dan@example.com' }),
    });
    assert.equal(
      (await dan.getByRole('cell').first().textContent())?.trim(),
      'granted (news), unverified',
    );
    await page.getByRole('button', { name: 'Show history for dan@example.com' }).click();
    await page.getByRole('heading', { name: 'Proof of consent: dan@example.com' }).waitFor();
    await page.getByText('not verified (claimed by a browser)').waitFor();
    const history = page.getByRole('table', { name: 'Every recorded event, oldest first' });
    const header = await history.getByRole('columnheader').allTextContents();
    const cells = await history.getByRole('row').nth(1).getByRole('cell').allTextContents();
    assert.equal(cells[header.indexOf('Address verified') - 1]!.trim(), 'no');
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await page.getByLabel('Email or phone').fill('carol@');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Show history for carol@example.com' }).click();
    await page.getByText('verified by the address’s owner').waitFor();
    const carolCells = await history.getByRole('row').nth(1).getByRole('cell').allTextContents();
    assert.equal(carolCells[header.indexOf('Address verified') - 1]!.trim(), 'yes');
    await axe();
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  test('a read token sees deliveries with attempts, next retry and last error, but cannot resend', async () => {
    await signIn(READ_TOKEN);
    await page.getByRole('link', { name: 'Webhook deliveries' }).click();
    const table = page.getByRole('table', { name: 'Deliveries, newest first' });
    await table.getByRole('row').nth(2).waitFor();
    await page.getByText(`Changes are sent to ${new URL(receiver.url).origin}.`).waitFor();
    const counts = await page.getByRole('list', { name: 'Deliveries by status' }).textContent();
    assert.match(counts!, /pending:\s*1/);
    assert.match(counts!, /failed:\s*1/);
    const header = await table.getByRole('columnheader').allTextContents();
    const column = (name: string) => header.indexOf(name) - 1;
    const pending = await table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'pending', exact: true }) })
      .getByRole('cell')
      .allTextContents();
    assert.ok(Number(pending[column('Attempts')]) >= 1, 'it was tried');
    assert.match(pending[column('Next retry')]!, /^\d{4}-\d\d-\d\dT/, 'and will be tried again');
    assert.match(pending[column('Last error')]!, /503/);
    assert.equal(await page.getByRole('button', { name: /^Send again/ }).count(), 0);
    await page
      .getByText('Sending a failed delivery again needs a token with the manage role.')
      .waitFor();
    await axe();
    const refused = await fetch(`${server.url}/v1/webhooks/deliveries/1/retry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${READ_TOKEN}` },
    });
    assert.equal(refused.status, 403);
  });

  test('a read token sees the verified request queue, without the means to act on it', async () => {
    await page.getByRole('link', { name: 'Requests' }).click();
    const queue = page.getByRole('table', { name: 'Requests, newest first' });
    const carol = queue.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'carol@example.com' }),
    });
    await carol.waitFor();
    const cells = await carol.getByRole('cell').allTextContents();
    assert.equal(cells[0], 'Copy of data');
    assert.equal(cells[1], 'verified');
    assert.match(cells[3]!, /^\d{4}-\d\d-\d\dT/, 'its due date');
    assert.match(cells[4]!, /requested[\s\S]*verified/);
    await carol.getByText('Needs the manage role').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Send the copy to|^Erase / }).count(), 0);
    await axe();
    const refused = await fetch(
      `${server.url}/v1/requests/${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}/fulfil`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${READ_TOKEN}` },
      },
    );
    assert.equal(refused.status, 403);
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  test('a manage token downloads a copy, mails the person their link, and declines an erasure', async () => {
    await signIn(ADMIN_TOKEN);
    await page.getByRole('link', { name: 'Requests' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the copy for carol@example.com' }).click(),
    ]);
    const copy = JSON.parse(await readFile((await download.path())!, 'utf8'));
    assert.equal(copy.contact.email, 'carol@example.com');
    assert.equal(copy.history[0].wording, 'Email me the tenants’ newsletter');
    await page.getByRole('button', { name: 'Send the copy to carol@example.com' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'A download link was mailed to carol@example.com.' })
      .waitFor();
    const mail = await until(
      () => smtp.mails.find((m) => m.to.includes('carol@example.com') && /download/.test(m.raw)),
      'the copy’s mail',
    );
    const fetched = await fetch(linkIn(mail.raw, '/v1/requests/download?token='));
    assert.equal(fetched.status, 200);
    // The fulfilled request has left the verified queue.
    await page.getByRole('rowheader', { name: 'carol@example.com' }).waitFor({ state: 'detached' });

    const decline = page.getByRole('form', { name: 'Decline the request of erin@example.com' });
    await decline.getByLabel('Reason').fill('We hold no data for this address.');
    await decline.getByRole('button', { name: 'Decline' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The request of erin@example.com was declined.' })
      .waitFor();
    await page.getByLabel('Status').selectOption('');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const declinedRow = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'declined', exact: true }) });
    // The list is fetched again: read its steps once the declined request is shown.
    await declinedRow.first().waitFor();
    const steps = await declinedRow.getByRole('listitem').allTextContents();
    assert.ok(
      steps.some((step) =>
        /declined .* by admin — We hold no data/.test(step.replace(/\s+/g, ' ')),
      ),
      steps.join(' | '),
    );
    await axe();
  });

  test('a manage token sends a failed delivery again, and it is delivered once the receiver is back', async () => {
    receiver.respond = () => 204;
    await page.getByRole('link', { name: 'Webhook deliveries' }).click();
    const resend = page.getByRole('button', { name: /^Send again: delivery #\d+$/ });
    await resend.click();
    await page
      .getByRole('status')
      .filter({ hasText: /is queued again/ })
      .waitFor();
    const delivered = async () =>
      Number(
        (
          await store.database.query<{ n: unknown }>(
            `SELECT count(*) AS n FROM webhook_outbox WHERE status = 'delivered'`,
          )
        ).rows[0]!.n,
      );
    await until(async () => (await delivered()) === 2, 'both deliveries delivered', 20_000);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const counts = page.getByRole('list', { name: 'Deliveries by status' });
    await counts.filter({ hasText: /delivered:\s*2/ }).waitFor();
    await axe();
  });

  test('every look and every action on the queues is in the audit log, under its token’s name', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    const log = page.getByRole('table', { name: 'Every admin action, newest first' });
    await log.getByRole('cell', { name: 'webhook.retry', exact: true }).waitFor();
    const audit = await server.request('/v1/audit?limit=200', { headers: adminHeaders });
    const seen = (audit.json.entries as { actor: string; action: string; status: number }[]).map(
      (e) => `${e.actor} ${e.action} ${e.status}`,
    );
    for (const expected of [
      'mia webhooks.view 200',
      'mia requests.view 200',
      // Refused before the route ran: noted by the route's method and path.
      'mia POST /v1/webhooks/deliveries/:seq/retry 403',
      'mia POST /v1/requests/:id/fulfil 403',
      'admin request.export 200',
      'admin request.fulfil 200',
      'admin request.decline 200',
      'admin webhook.retry 200',
    ]) {
      assert.ok(seen.includes(expected), `${expected} in ${seen.join(', ')}`);
    }
  });
});

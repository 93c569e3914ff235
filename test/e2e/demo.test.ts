/**
 * The demo walked through as a visitor and a marketer would: the banner, rejecting, opting
 * in to email news, the admin page counting it and creating an unsubscribe link, and that
 * link unsubscribing. Runs against `npm start`'s own starter, on the built files.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { startDemo } from '../../scripts/demo.mjs';

const ADMIN_TOKEN = 'demo-walk-admin-token-0123456789';
const EMAIL = `tenant-${Date.now()}@example.org`;

describe('the demo site', () => {
  let browser: Browser;
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let dataDir: string;

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'assent-demo-'));
    demo = await startDemo({ port: 0, dataDir, adminToken: ADMIN_TOKEN, quiet: true });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const adminApi = async (path: string) => {
    const response = await fetch(demo.url + path, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(response.status, 200, path);
    return response.json() as Promise<unknown>;
  };

  const emailNewsOptins = async () => {
    const answer = (await adminApi('/v1/optins?channel=email&topic=news')) as unknown;
    const list = Array.isArray(answer) ? answer : ((answer as { optins?: unknown[] }).optins ?? []);
    return JSON.stringify(list).includes(EMAIL);
  };

  async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('a visitor rejects cookies, opts in to email news and unsubscribes through a link from the admin page', async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    const errors: string[] = [];
    visitor.on('pageerror', (error) => errors.push(error.message));

    // The banner on the home page; rejecting keeps the analytics tag and the video off.
    await visitor.goto(demo.url + '/');
    await visitor.getByRole('button', { name: 'Reject all', exact: true }).click();
    await visitor
      .getByRole('button', { name: 'Reject all', exact: true })
      .waitFor({ state: 'hidden' });
    assert.equal(
      await visitor.locator('#analytics-status').textContent(),
      'Analytics has not run on this page.',
    );
    assert.ok(!(await context.cookies()).some((cookie) => cookie.name.startsWith('_ga')));
    await visitor.getByRole('button', { name: /Allow and load/ }).waitFor();
    assert.equal(await visitor.locator('iframe[data-assent]').getAttribute('src'), null);

    // The newsletter form: nothing is ticked until the visitor ticks it.
    await visitor.goto(demo.url + '/newsletter.html');
    const email = visitor.getByRole('checkbox', { name: /Email/ });
    await email.waitFor();
    assert.equal(await email.isChecked(), false);
    await email.check();
    // The ticked channel offers its topics, every one unticked; the visitor picks news only.
    const events = visitor.getByRole('checkbox', { name: 'Community events', exact: true });
    await events.waitFor();
    assert.equal(await events.isChecked(), false);
    await visitor.getByRole('checkbox', { name: 'News and updates', exact: true }).check();
    await visitor.getByRole('textbox', { name: /Email address/ }).fill(EMAIL);
    await visitor.getByRole('button', { name: 'Sign up' }).click();
    await visitor.getByText('Thank you. Your choices have been recorded.').waitFor();
    await until(emailNewsOptins, 'the opt-in to reach the server');

    // The marketer: sign in, see the count, find the contact and its history, create a link.
    const marketer = await (await browser.newContext()).newPage();
    await marketer.goto(demo.url + '/admin');
    await marketer.getByLabel('Admin token').fill(ADMIN_TOKEN);
    await marketer.getByRole('button', { name: 'Sign in' }).click();
    await marketer
      .getByRole('table', { name: 'Contacts per channel and topic' })
      .getByRole('row', { name: /news/ })
      .first()
      .waitFor();
    await marketer.getByRole('link', { name: 'Contacts', exact: true }).click();
    await marketer.getByLabel('Email or phone').fill(EMAIL);
    await marketer.getByRole('button', { name: 'Search' }).click();
    await marketer.getByRole('button', { name: `Show history for ${EMAIL}` }).click();
    await marketer
      .getByRole('table', { name: 'Every recorded event, oldest first' })
      .getByText('Email me news and updates', { exact: false })
      .first()
      .waitFor();
    await marketer.getByRole('link', { name: 'Exports and links' }).click();
    await marketer.getByLabel('Email or phone', { exact: true }).fill(EMAIL);
    await marketer.getByRole('button', { name: 'Create link' }).click();
    const linkField = marketer.getByRole('textbox', { name: 'Unsubscribe link', exact: true });
    let link = '';
    for (let tries = 0; tries < 100 && !link; tries++) {
      link = await linkField.inputValue();
      if (!link) await marketer.waitForTimeout(50);
    }
    assert.match(link, /token=/);

    // The link from an email: the visitor sees their subscription and leaves everything.
    const inbox = await (await browser.newContext()).newPage();
    await inbox.goto(link);
    await inbox.getByText('Subscribed').first().waitFor();
    await inbox.getByRole('button', { name: 'Unsubscribe from everything' }).click();
    await inbox.getByText('You have been unsubscribed from everything.').waitFor();
    await inbox.getByRole('button', { name: 'Undo' }).waitFor();
    await until(async () => !(await emailNewsOptins()), 'the unsubscribe to reach the server');
    assert.deepEqual(errors, []);
  });
});

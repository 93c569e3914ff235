import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildApp, type Database } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  ADMIN_TOKEN,
  backends,
  cookiesEvent,
  destroyPlace,
  marketingEvent,
  newEmail,
  newPlace,
  newSubject,
  openPlaceStore,
  SECRET,
  storeLocation,
  type Place,
} from './helpers.js';

const CLI = join(import.meta.dirname, '../../packages/server/src/cli.ts');

/** Runs the CLI in a child process; resolves once it exits (or prints `until`, then leaves it running). */
function cli(args: string[], env: Record<string, string> = {}, until?: RegExp) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, ...args], {
    env: { ...process.env, ASSENT_SECRET: SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  const ready = until
    ? new Promise<string>((resolve, reject) => {
        child.stderr.on('data', () => {
          const match = until.exec(stderr);
          if (match) resolve(match[1] ?? match[0]);
        });
        void exited.then(() => reject(new Error(`exited before ready: ${stderr}`)));
      })
    : undefined;
  return { child, exited, ready };
}

for (const backend of backends) {
  describe(`restarts and maintenance (${backend.name})`, { skip: backend.skip }, () => {
    const places: Place[] = [];
    after(async () => {
      for (const place of places) await destroyPlace(place);
    });

    test(
      'a restart on the same database keeps every event and state',
      { skip: backend.name === 'embedded' ? 'covered by the child-process restart below' : false },
      async () => {
        const place = newPlace(backend);
        places.push(place);
        const options = {
          ...storeLocation(place),
          secret: SECRET,
          adminToken: ADMIN_TOKEN,
          logger: false as const,
        };
        const subject = newSubject();
        const email = newEmail();
        let app = await buildApp(options);
        let url = await app.listen({ port: 0, host: '127.0.0.1' });
        const sent = await fetch(`${url}/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            events: [
              cookiesEvent(subject, { analytics: true }),
              marketingEvent(
                subject,
                { email },
                { channel: 'email', status: 'granted', topics: ['news'] },
              ),
            ],
          }),
        });
        assert.equal(sent.status, 200);
        await app.close();

        app = await buildApp(options);
        url = await app.listen({ port: 0, host: '127.0.0.1' });
        try {
          const state = await (await fetch(`${url}/v1/subjects/${subject}`)).json();
          assert.equal(state.categories.analytics, true);
          assert.deepEqual(state.marketing.email.topics, ['news']);
          const optins = await (
            await fetch(`${url}/v1/optins?channel=email&topic=news`, { headers: adminHeaders })
          ).json();
          assert.ok(optins.optins.some((row: { email: string }) => row.email === email));
        } finally {
          await app.close();
        }
      },
    );

    test('pruning blanks old superseded events, keeps current proof, and the chain still verifies', async () => {
      const place = newPlace(backend);
      places.push(place);
      const store = await openPlaceStore(place);
      try {
        const subject = newSubject();
        const email = newEmail();
        const threeYearsAgo = new Date(Date.now() - 3 * 365 * 24 * 3600 * 1000);
        const oldChoice = cookiesEvent(subject, { analytics: true });
        const optIn = marketingEvent(
          subject,
          { email },
          { channel: 'email', status: 'granted', topics: ['news'] },
          'Old wording',
        );
        await store.ingest([oldChoice as never, optIn as never], { receivedAt: threeYearsAgo });
        await store.ingest([cookiesEvent(subject, { analytics: false }) as never]);
        const { pruned } = await store.prune(new Date(Date.now() - 2 * 365 * 24 * 3600 * 1000));
        assert.equal(pruned, 1, 'only the superseded cookie choice is old and unneeded');
        const report = await store.verify();
        assert.ok(report.ok, report.problems.join('\n'));
        assert.equal(report.pruned, 1);
        const [row] = await store.optins('email', 'news');
        assert.equal(row?.wording, 'Old wording', 'the opt-in in force keeps its proof');
        // A late retry of a pruned event is still recognised as a duplicate.
        assert.deepEqual(await store.ingest([oldChoice as never]), {
          accepted: 0,
          duplicates: 1,
          pending: [],
        });
        // Blanking a row that no prune covers, or that proves a current state, is caught.
        const db = (store as unknown as { db: Database }).db;
        await db.query('UPDATE events SET record = NULL, pruned_at = now() WHERE id = $1', [
          optIn.id,
        ]);
        assert.match((await store.verify()).problems.join('\n'), /proof of a current state/);
        await db.query(
          'UPDATE events SET record = NULL, pruned_at = now() WHERE seq = (SELECT max(seq) FROM events)',
        );
        assert.match((await store.verify()).problems.join('\n'), /no prune covers it/);
      } finally {
        await store.close();
      }
    });

    test(
      'a restart keeps the data, a second process on the data directory is refused, SIGTERM closes cleanly, and verify exits 1 on a broken chain',
      {
        skip:
          backend.name === 'postgres'
            ? 'the data-directory lock is for the embedded database'
            : false,
      },
      async () => {
        const place = newPlace(backend);
        places.push(place);
        const dataDir = place.dataDir!;
        const subject = newSubject();
        const email = newEmail();
        const first = await buildApp({ dataDir, logger: false });
        const firstUrl = await first.listen({ port: 0, host: '127.0.0.1' });
        const stored = await fetch(`${firstUrl}/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            events: [
              cookiesEvent(subject, { analytics: true }),
              marketingEvent(
                subject,
                { email },
                { channel: 'email', status: 'granted', topics: ['news'] },
              ),
            ],
          }),
        });
        assert.deepEqual(await stored.json(), { accepted: 2, duplicates: 0 });
        await first.close();
        assert.ok(
          existsSync(join(dataDir, 'secret')),
          'the embedded secret is kept in the data dir',
        );

        // The restart is another process, which must read the same secret from the data dir.
        const server = cli(
          ['--port', '0', '--data', dataDir, '--log-level', 'silent'],
          { ASSENT_SECRET: '' },
          /listening on (\S+)/,
        );
        const url = await server.ready!;
        assert.ok(existsSync(join(dataDir, 'assent.lock')));
        const state = await (await fetch(`${url}/v1/subjects/${subject}`)).json();
        assert.equal(state.categories.analytics, true, 'the restart kept the cookie choice');
        assert.deepEqual(state.marketing.email.topics, ['news'], 'and the opt-in');

        const second = await cli(['--port', '0', '--data', dataDir]).exited;
        assert.notEqual(second.code, 0);
        assert.match(second.stderr, /in use by process \d+/);
        await assert.rejects(openPlaceStore(place), /in use by process/);

        const sent = await fetch(`${url}/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            events: [
              cookiesEvent(newSubject(), { analytics: true }),
              cookiesEvent(newSubject(), {}),
            ],
          }),
        });
        assert.deepEqual(await sent.json(), { accepted: 2, duplicates: 0 });
        server.child.kill('SIGTERM');
        assert.equal((await server.exited).code, 0);
        assert.ok(!existsSync(join(dataDir, 'assent.lock')), 'the lock is released');

        const store = await openPlaceStore(place);
        assert.equal((await store.verify()).events, 4, 'acknowledged events survived the restarts');
        const db = (store as unknown as { db: Database }).db;
        await db.query(
          `UPDATE events SET record = replace(record, '"analytics":true', '"analytics":false')`,
        );
        await store.close();

        const verify = await cli(['verify', '--data', dataDir]).exited;
        assert.equal(verify.code, 1);
        assert.match(verify.stderr, /broken: event #\d+ .* content was changed/);
        assert.match(verify.stdout, /^BROKEN: 4 events/);
      },
    );
  });
}

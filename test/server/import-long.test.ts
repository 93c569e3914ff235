import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Ledger } from '../../packages/server/src/app.js';
import {
  adminHeaders,
  backends,
  destroyPlace,
  newPlace,
  openPlaceStore,
  startServer,
  type Place,
  type TestServer,
} from './helpers.js';

const ROWS = 1500;
// Rows refused without touching the database: megabytes that must still arrive while the valid
// rows before them are being written.
const REFUSED = 40_000;

for (const backend of backends) {
  describe(
    `an import that takes longer than the request timeout (${backend.name})`,
    { skip: backend.skip },
    () => {
      let place: Place;
      let store: Ledger;
      let server: TestServer;

      before(async () => {
        place = newPlace(backend);
        store = await openPlaceStore(place);
        // A short timeout stands in for a 100,000-row file against the default 20 s.
        server = await startServer(store, { requestTimeoutMs: 1000, importLimit: 8 * 1024 * 1024 });
      });
      after(async () => {
        await server?.close();
        await store?.close();
        await destroyPlace(place);
      });

      test('is received in full first, so it completes with every row counted', async () => {
        let csv = 'email,channel,status,topics,consented_at,source,wording\n';
        for (let i = 0; i < ROWS; i++) {
          csv += `long-${i}@example.org,email,granted,news,2024-03-01T10:00:00Z,paper form,Send me news\n`;
        }
        for (let i = 0; i < REFUSED; i++) {
          csv += `not-an-address-${i},email,granted,news,2024-03-01T10:00:00Z,paper form,Send me the tenants’ newsletter every month\n`;
        }
        const started = performance.now();
        const answer = await server.post('/v1/import', csv, {
          ...adminHeaders,
          'content-type': 'text/csv',
        });
        const seconds = (performance.now() - started) / 1000;
        process.stderr.write(
          `# ${ROWS} rows imported in ${seconds.toFixed(1)} s against a 1 s timeout\n`,
        );
        assert.equal(answer.status, 200, answer.text);
        assert.equal(answer.json.rows, ROWS + REFUSED);
        assert.equal(answer.json.imported, ROWS);
        assert.equal(answer.json.refused, REFUSED);
        assert.deepEqual(answer.json.refusals[0], {
          line: ROWS + 2,
          reason: 'email: is not an email address',
        });
      });

      test('a file over the size limit is refused with 413 and nothing is imported', async () => {
        const row = 'big@example.org,email,granted,news,2024-03-01T10:00:00Z,paper form,';
        const csv = `email,channel,status,topics,consented_at,source,wording\n${`${row}${'x'.repeat(900)}\n`.repeat(9500)}`;
        const answer = await server.post('/v1/import', csv, {
          ...adminHeaders,
          'content-type': 'text/csv',
        });
        assert.equal(answer.status, 413);
        assert.match(answer.json.message, /larger than 8388608 bytes/);
        const { rows } = await store.database.query(
          `SELECT 1 FROM contacts WHERE value = 'big@example.org'`,
        );
        assert.equal(rows.length, 0);
      });
    },
  );
}

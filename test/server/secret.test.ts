/**
 * The token key is never weak, and the data directory is private: a secret shorter than 16
 * characters (from the environment or the data directory's file, empty included) stops the
 * server with a message; a full disk while the secret is created leaves no empty secret.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildApp, embeddedSecret, openStore } from '../../packages/server/src/app.js';
import { cookiesEvent, newSubject } from './helpers.js';

const CLI = 'packages/server/src/cli.ts';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'assent-secret-'));
  dirs.push(dir);
  return dir;
};
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Every file and folder under `dir` (itself included) with its permission bits. */
function modes(dir: string): { path: string; mode: number; directory: boolean }[] {
  const out = [{ path: dir, mode: statSync(dir).mode & 0o777, directory: true }];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...modes(path));
    else out.push({ path, mode: statSync(path).mode & 0o777, directory: false });
  }
  return out;
}

describe('the token secret and the data directory', () => {
  test('an ASSENT_SECRET shorter than 16 characters stops the server with a message', () => {
    for (const secret of ['short-secret', '123456789012345']) {
      const result = spawnSync(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', CLI, '--port', '0', '--data', tempDir()],
        { env: { ...process.env, ASSENT_SECRET: secret }, encoding: 'utf8', timeout: 60_000 },
      );
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /ASSENT_SECRET is only 1[25] characters long.*at least 16/);
    }
  });

  test('an empty or short secret file in the data directory is refused, never used as the key', async () => {
    for (const content of ['', '\n', 'abc\n']) {
      const dataDir = tempDir();
      writeFileSync(join(dataDir, 'secret'), content, { mode: 0o600 });
      await assert.rejects(
        buildApp({ dataDir }),
        /The secret file .*secret is (empty|only 3 characters long).*at least 16/,
      );
    }
  });

  test('a full disk while the secret is created leaves no empty secret file; the next start creates a whole one', (t) => {
    if (process.getuid?.() !== 0) return t.skip('needs root to mount a small tmpfs');
    const mount = tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', mount]);
    try {
      // Fill the file system to the last block.
      try {
        writeFileSync(join(mount, 'filler'), Buffer.alloc(64 * 1024));
      } catch (error) {
        assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
      }
      const dataDir = join(mount, 'data');
      return (async () => {
        await assert.rejects(embeddedSecret(dataDir), { code: 'ENOSPC' });
        assert.deepEqual(
          readdirSync(dataDir).filter((name) => name.startsWith('secret')),
          [],
          'no secret file (empty or partial) is left behind',
        );
        rmSync(join(mount, 'filler'));
        const secret = await embeddedSecret(dataDir);
        assert.ok(secret.length >= 43);
        assert.equal(readFileSync(join(dataDir, 'secret'), 'utf8').trim(), secret);
        assert.equal(await embeddedSecret(dataDir), secret, 'the same key on the next start');
      })().finally(() => execFileSync('umount', ['-l', mount]));
    } catch (error) {
      execFileSync('umount', ['-l', mount]);
      throw error;
    }
  });

  test('the data directory is private: folders 0700, files 0600, the database files included', async () => {
    const dataDir = tempDir();
    const app = await buildApp({ dataDir });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${url}/v1/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: [cookiesEvent(newSubject(), { analytics: true })] }),
    });
    assert.equal(response.status, 200);
    assert.equal(statSync(dataDir).mode & 0o777, 0o700, 'while running, no one else gets in');
    await app.close();
    const open = modes(dataDir).filter(
      ({ mode, directory }) => mode !== (directory ? 0o700 : 0o600),
    );
    assert.deepEqual(open.slice(0, 5), [], `${open.length} entries are readable by others`);
    // And it reopens fine.
    const store = await openStore({ dataDir });
    await store.close();
  });
});

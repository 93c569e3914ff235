/**
 * A server that ran as PID 1 (a container's default) and was killed with SIGKILL starts
 * again: its lock names PID 1, and so does the new process, which must not take itself for
 * the holder. Run under `unshare --pid --fork --mount-proc`, as in a container.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { cookiesEvent, destroyPlace, newPlace, newSubject, SECRET, type Place } from './helpers.js';

const CLI = 'packages/server/src/cli.ts';
const unshareWorks =
  process.platform === 'linux' &&
  spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;

interface Started {
  child: ChildProcess;
  url: string;
}

/** Starts the CLI as PID 1 of a new PID namespace. */
function startAsPidOne(dataDir: string): Promise<Started> {
  const child = spawn(
    'unshare',
    [
      '--pid',
      '--fork',
      '--mount-proc',
      process.execPath,
      '--conditions=source',
      '--import',
      'tsx',
      CLI,
      '--port',
      '0',
      '--data',
      dataDir,
      '--log-level',
      'silent',
    ],
    { env: { ...process.env, ASSENT_SECRET: SECRET }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${stderr}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before listening: ${stderr}`));
    });
  });
}

/** The host pid of the server (the unshare process's only child, PID 1 inside). */
function serverPid(unsharePid: number): number {
  const children = readFileSync(`/proc/${unsharePid}/task/${unsharePid}/children`, 'utf8').trim();
  return Number(children.split(/\s+/)[0]);
}

describe(
  'restart after SIGKILL as PID 1',
  { skip: unshareWorks ? false : 'needs unshare (root, Linux)' },
  () => {
    const places: Place[] = [];
    after(async () => {
      for (const place of places) await destroyPlace(place);
    });

    test('a server killed with SIGKILL while it ran as PID 1 starts again on the same data directory', async () => {
      const place = newPlace({ name: 'embedded', skip: false });
      places.push(place);
      const first = await startAsPidOne(place.dataDir!);
      const lock = JSON.parse(readFileSync(`${place.dataDir}/assent.lock`, 'utf8')) as {
        pid: number;
      };
      assert.equal(lock.pid ?? lock, 1, 'the lock names PID 1');
      const subject = newSubject();
      const stored = await fetch(`${first.url}/v1/consents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: [cookiesEvent(subject, { analytics: true })] }),
      });
      assert.equal(stored.status, 200);

      const exited = new Promise((resolve) => first.child.on('exit', resolve));
      process.kill(serverPid(first.child.pid!), 'SIGKILL');
      await exited;
      assert.ok(existsSync(`${place.dataDir}/assent.lock`), 'SIGKILL left the lock behind');

      const second = await startAsPidOne(place.dataDir!);
      try {
        const state = await (await fetch(`${second.url}/v1/subjects/${subject}`)).json();
        assert.equal(state.categories.analytics, true, 'the acknowledged choice survived');
      } finally {
        const gone = new Promise((resolve) => second.child.on('exit', resolve));
        process.kill(serverPid(second.child.pid!), 'SIGTERM');
        await gone;
      }
    });
  },
);

/**
 * The published packages as a consumer gets them: `npm pack` of every workspace package, and
 * a fresh folder with those tarballs installed (not the workspace links). Run after
 * `npm run build`. Installs prefer npm's cache, so they work offline once the repository's own
 * `npm ci` has run.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Every publishable package: its folder name under packages/ and its package.json. */
export const PACKAGES = readdirSync(join(ROOT, 'packages'))
  .filter((name) => existsSync(join(ROOT, 'packages', name, 'package.json')))
  .map((folder) => ({
    folder,
    manifest: JSON.parse(readFileSync(join(ROOT, 'packages', folder, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      private?: boolean;
      [field: string]: unknown;
    },
  }))
  .filter((pkg) => !pkg.manifest.private);

export interface Packed {
  name: string;
  folder: string;
  /** Absolute path of the .tgz. */
  tarball: string;
  /** Paths inside the package (no `package/` prefix). */
  files: string[];
}

/** Packs every package into `into` (a temporary folder by default). */
export async function packAll(into = mkdtempSync(join(ROOT, 'node_modules/.cache-packs-'))) {
  mkdirSync(into, { recursive: true });
  const { stdout } = await run(
    'npm',
    [
      'pack',
      '--json',
      '--pack-destination',
      into,
      ...PACKAGES.flatMap((pkg) => ['-w', `packages/${pkg.folder}`]),
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  const reports = JSON.parse(stdout) as Array<{
    name: string;
    filename: string;
    files: Array<{ path: string }>;
  }>;
  return reports.map((report): Packed => ({
    name: report.name,
    folder: PACKAGES.find((pkg) => pkg.manifest.name === report.name)!.folder,
    tarball: join(into, report.filename),
    files: report.files.map((file) => file.path),
  }));
}

/**
 * A fresh app folder inside the repository's node_modules (so tools the repository already
 * has — react, vue, vite — resolve from the root), with `dependencies` installed from the
 * tarballs. Returns the folder.
 */
export async function installTarballs(
  packed: Packed[],
  name: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const app = mkdtempSync(join(ROOT, `node_modules/.cache-${name}-`));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name, private: true, type: 'module', ...extra }, null, 2),
  );
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--install-links',
      '--loglevel=error',
      ...packed.map((pkg) => pkg.tarball),
    ],
    { cwd: app, maxBuffer: 64 * 1024 * 1024 },
  );
  return app;
}

export { run };

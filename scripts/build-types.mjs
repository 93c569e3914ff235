// Emits declarations for every package in one tsc run, then moves each package's
// declarations into its own dist/types (where its package.json "types" points).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';

const tmp = 'dist/types-tmp';
rmSync(tmp, { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
for (const name of readdirSync('packages')) {
  const from = `${tmp}/${name}/src`;
  if (!existsSync(from)) continue;
  const to = `packages/${name}/dist/types`;
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
rmSync(tmp, { recursive: true, force: true });

// Removes every package's build output before a build, so a package never ships a stale
// chunk from an earlier build (the drop-in's chunk names carry content hashes).
import { readdirSync, rmSync } from 'node:fs';

for (const name of readdirSync('packages')) {
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
}
rmSync('dist', { recursive: true, force: true });

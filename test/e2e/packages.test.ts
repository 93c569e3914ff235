/**
 * The packages as npm publishes them: packed tarballs checked by publint and Are the Types
 * Wrong, their metadata, the drop-in's files inside @assent/embed, and a fresh install of the
 * tarballs imported in Node (server-side rendering) — never the workspace links.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import semver from 'semver';
import { PACKAGES, ROOT, installTarballs, packAll, run, type Packed } from '../helpers/packages.js';

const rootManifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  repository: { url: string };
};

const BIN = (tool: string) => join(ROOT, 'node_modules/.bin', tool);

let packed: Packed[] = [];
let packDir = '';
let app = '';

before(async () => {
  packed = await packAll();
  packDir = dirname(packed[0]!.tarball);
  app = await installTarballs(packed, 'install-check');
});

after(() => {
  for (const dir of [packDir, app]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The fields of a package.json these checks read. */
interface Manifest {
  [field: string]: unknown;
  license?: string;
  description?: string;
  repository?: unknown;
  engines?: { node?: string };
  publishConfig?: { access?: string };
  files: string[];
}

const manifestOf = (pkg: Packed) =>
  PACKAGES.find((entry) => entry.folder === pkg.folder)!.manifest as unknown as Manifest;

/** Every file path a package.json field or `exports` target names. */
function namedPaths(manifest: Record<string, unknown>): string[] {
  const paths: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') paths.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  for (const field of ['bin', 'types', 'main', 'module', 'unpkg', 'jsdelivr', 'customElements'])
    walk(manifest[field]);
  return paths.map((path) => path.replace(/^\.\//, ''));
}

describe('published packages', () => {
  test('every package ships a README, a LICENSE and complete metadata', () => {
    assert.equal(packed.length, PACKAGES.length);
    for (const pkg of packed) {
      const manifest = manifestOf(pkg);
      for (const file of ['README.md', 'LICENSE', 'package.json'])
        assert.ok(pkg.files.includes(file), `${pkg.name} ships ${file}`);
      assert.equal(manifest.license, 'MIT', `${pkg.name} license`);
      assert.ok(manifest.description, `${pkg.name} description`);
      assert.deepEqual(
        manifest.repository,
        { type: 'git', url: rootManifest.repository.url, directory: `packages/${pkg.folder}` },
        `${pkg.name} repository`,
      );
      assert.ok(semver.validRange(manifest.engines?.node ?? ''), `${pkg.name} engines.node`);
      assert.equal(manifest.publishConfig?.access, 'public', `${pkg.name} publishes in public`);
    }
  });

  test('every path a package.json names is in its tarball, and every files entry matches', () => {
    for (const pkg of packed) {
      const manifest = manifestOf(pkg);
      for (const path of namedPaths(manifest)) {
        const found = path.includes('*')
          ? pkg.files.some((file) => file.startsWith(path.slice(0, path.indexOf('*'))))
          : pkg.files.includes(path);
        assert.ok(found, `${pkg.name}: "${path}" is in the tarball`);
      }
      for (const entry of manifest.files.filter((entry) => !entry.startsWith('!'))) {
        assert.ok(
          pkg.files.some((file) => file === entry || file.startsWith(`${entry}/`)),
          `${pkg.name}: the files entry "${entry}" matches something`,
        );
      }
    }
  });

  test('@assent/embed ships dist/assent.js and every chunk it loads, and no stale chunk', () => {
    const embed = packed.find((pkg) => pkg.name === '@assent/embed')!;
    const dist = join(ROOT, 'packages/embed/dist');
    const shipped = embed.files.filter((file) => /^dist\/[^/]+\.js$/.test(file));
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      assert.ok(shipped.includes(`dist/${file}`), `${file} (loaded by the drop-in) is shipped`);
      const code = readFileSync(join(dist, file), 'utf8');
      for (const match of code.matchAll(/["'`]\.\/(assent-[\w.-]+\.js)["'`]/g)) visit(match[1]!);
    };
    visit('assent.js');
    // The early Consent Mode tag is a second entry, written before the Tag Manager snippet.
    visit('assent-consent-default.js');
    // The boot names the engine and the UI; languages are loaded by a name it builds.
    const boot = readFileSync(join(dist, 'assent.js'), 'utf8');
    for (const module of ['assent-engine.js', 'assent-ui.js']) {
      assert.ok(boot.includes(module), `assent.js loads ${module}`);
      visit(module);
    }
    assert.deepEqual(
      shipped.filter((file) => !reached.has(file.slice('dist/'.length))),
      [],
      'every shipped chunk is reachable from assent.js (or is the early Consent Mode tag)',
    );
    assert.equal(manifestOf(embed).unpkg, './dist/assent.js');
    assert.equal(manifestOf(embed).jsdelivr, './dist/assent.js');
  });

  test('the exported Custom Elements Manifest names every tag, typed, at paths in the package', () => {
    const elements = packed.find((pkg) => pkg.name === '@assent/elements')!;
    const manifest = JSON.parse(
      readFileSync(join(app, 'node_modules/@assent/elements/custom-elements.json'), 'utf8'),
    ) as {
      modules: Array<{
        path: string;
        declarations?: Array<{
          tagName?: string;
          attributes?: Array<{ name: string; type?: { text: string } }>;
          events?: Array<{ name: string; type?: { text: string } }>;
        }>;
      }>;
    };
    const tags = new Map<string, NonNullable<(typeof manifest.modules)[0]['declarations']>[0]>();
    for (const module of manifest.modules) {
      assert.ok(elements.files.includes(module.path), `${module.path} is in the package`);
      for (const declaration of module.declarations ?? [])
        if (declaration.tagName) tags.set(declaration.tagName, declaration);
    }
    assert.deepEqual(
      [...tags.keys()].sort(),
      ['banner', 'embed', 'optin', 'preferences', 'rights', 'trigger', 'unsubscribe'].map(
        (t) => `assent-${t}`,
      ),
    );
    for (const [tag, declaration] of tags) {
      for (const event of declaration.events ?? [])
        assert.match(event.type?.text ?? '', /^Assent\w+Event$/, `${tag} ${event.name} is typed`);
      for (const attribute of declaration.attributes ?? []) {
        if (!['layout', 'position', 'theme'].includes(attribute.name)) continue;
        assert.match(
          attribute.type?.text ?? '',
          /^'[\w-]+'( \| '[\w-]+')+( \| undefined)?$/,
          `${tag}[${attribute.name}] is a union of its values`,
        );
      }
    }
    for (const types of ['react', 'vue'])
      assert.ok(elements.files.includes(`dist/types/${types}.d.ts`), `${types} types ship`);
  });

  test("the READMEs' pinned CDN tag is the version being published", () => {
    const { version } = manifestOf(packed.find((pkg) => pkg.name === '@assent/embed')!);
    for (const readme of ['README.md', 'packages/embed/README.md']) {
      const text = readFileSync(join(ROOT, readme), 'utf8');
      const pinned = [...text.matchAll(/@assent\/embed@([^/\s]+)\/dist\/assent\.js/g)];
      assert.ok(pinned.length > 0, `${readme} shows the CDN tag`);
      for (const match of pinned) assert.equal(match[1], version, `${readme}: ${match[0]}`);
    }
  });

  test('publint finds no error or warning in any tarball', async () => {
    for (const pkg of packed) {
      const result = await run(BIN('publint'), ['run', pkg.tarball, '--strict'], {
        cwd: ROOT,
      }).catch((error: { stdout: string; stderr: string }) => error);
      const output = `${result.stdout}${result.stderr}`;
      assert.ok(!('code' in result), `${pkg.name}:\n${output}`);
      assert.doesNotMatch(output, /warning|error/i, `${pkg.name}:\n${output}`);
    }
  });

  test('Are the Types Wrong finds no problem in any tarball', async () => {
    for (const pkg of packed) {
      // ESM-only packages: the CommonJS `require` of node10 / node16-cjs is not offered.
      // Stylesheets (`./themes/*.css`) are files to link, not modules with types.
      const exports = (manifestOf(pkg).exports ?? {}) as Record<string, unknown>;
      const css = Object.keys(exports).filter((entry) => entry.endsWith('.css'));
      const result = await run(
        BIN('attw'),
        [
          pkg.tarball,
          '--profile',
          'esm-only',
          '--format',
          'ascii',
          '--no-color',
          ...(css.length > 0 ? ['--exclude-entrypoints', ...css] : []),
        ],
        { cwd: ROOT },
      ).catch((error: { stdout: string; stderr: string }) => error);
      assert.ok(!('code' in result), `${pkg.name}:\n${result.stdout}${result.stderr}`);
    }
  });

  test('npm publish --dry-run is clean for every package', async () => {
    for (const pkg of packed) {
      const { stderr } = await run(
        'npm',
        ['publish', '--dry-run', '--ignore-scripts', '-w', `packages/${pkg.folder}`],
        { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      );
      // Being logged in is the publisher's business, not the package's.
      const warnings = stderr
        .split('\n')
        .filter(
          (line) => /^npm (warn|error)/i.test(line) && !/requires you to be logged in/.test(line),
        );
      assert.deepEqual(warnings, [], `${pkg.name}`);
    }
  });

  test('installing @assent/server gives the assent-server command', () => {
    const installed = JSON.parse(
      readFileSync(join(app, 'node_modules/@assent/server/package.json'), 'utf8'),
    ) as { bin?: Record<string, string> };
    assert.deepEqual(Object.keys(installed.bin ?? {}), ['assent-server']);
    assert.ok(existsSync(join(app, 'node_modules/.bin/assent-server')));
  });

  test("no installed dependency needs a newer Node than the package's engines", () => {
    const floors = new Map(
      packed.map((pkg) => [pkg.name, semver.minVersion(manifestOf(pkg).engines!.node!)!]),
    );
    const lowest = [...floors.values()].sort(semver.compare)[0]!;
    const problems: string[] = [];
    const walk = (modules: string) => {
      if (!existsSync(modules)) return;
      for (const entry of readdirSync(modules)) {
        if (entry.startsWith('.')) continue;
        const dirs = entry.startsWith('@')
          ? readdirSync(join(modules, entry)).map((name) => join(modules, entry, name))
          : [join(modules, entry)];
        for (const dir of dirs) {
          const file = join(dir, 'package.json');
          if (!existsSync(file) || !statSync(dir).isDirectory()) continue;
          const { name, version, engines } = JSON.parse(readFileSync(file, 'utf8')) as {
            name: string;
            version: string;
            engines?: { node?: string };
          };
          if (engines?.node && !semver.satisfies(lowest, engines.node))
            problems.push(`${name}@${version} needs Node ${engines.node}`);
          walk(join(dir, 'node_modules'));
        }
      }
    };
    walk(join(app, 'node_modules'));
    assert.deepEqual(problems, [], `every package says Node ${lowest.version}+`);
  });

  test('importing the packages in Node touches no browser global and registers no tag', async () => {
    const probe = join(app, 'probe.mjs');
    writeFileSync(
      probe,
      `await import('lit'); // Lit's own DOM shim for Node, before the snapshot
const before = new Set(Object.getOwnPropertyNames(globalThis));
const core = await import('@assent/core');
const elements = await import('@assent/elements');
await import('@assent/elements/define');
const mount = await import('@assent/elements/mount');
const server = await import('@assent/server');
const tags = ['assent-banner', 'assent-preferences', 'assent-trigger', 'assent-embed', 'assent-optin', 'assent-unsubscribe'];
console.log(JSON.stringify({
  added: Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name)),
  document: typeof document, window: typeof window,
  registered: tags.filter((tag) => globalThis.customElements?.get(tag)),
  createAssent: typeof core.createAssent, banner: typeof elements.AssentBanner,
  mount: typeof mount.mountConsentUI, buildApp: typeof server.buildApp,
  config: core.parseConfig({ revision: 3, categories: { analytics: {} } }, () => {}).revision,
}));
`,
    );
    const { stdout } = await run(process.execPath, [probe], { cwd: app });
    assert.deepEqual(JSON.parse(stdout), {
      added: [],
      document: 'undefined',
      window: 'undefined',
      registered: [],
      createAssent: 'function',
      banner: 'function',
      mount: 'function',
      buildApp: 'function',
      config: '3',
    });
  });
});

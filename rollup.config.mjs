// One rollup config for every package. Library builds keep their dependencies external;
// the script-tag bundle (packages/embed) is added by its own entry below.
import { existsSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const pkg = (name) => JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));

/** Everything a package depends on stays an import in its library build. */
const externalsOf = (name) => {
  const deps = Object.keys(pkg(name).dependencies ?? {});
  return (id) =>
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');
};

const typescript = () =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', sourceMap: true });

/** A library build: ESM, one file per entry, dependencies left as imports. */
const library = (name, entries, { platform = 'browser' } = {}) => ({
  input: Object.fromEntries(entries.map((entry) => [entry, `packages/${name}/src/${entry}.ts`])),
  external: externalsOf(name),
  plugins: [
    nodeResolve({
      exportConditions: ['source'],
      extensions: ['.ts', '.js'],
      preferBuiltins: platform === 'node',
    }),
    typescript(),
  ],
  output: {
    dir: `packages/${name}/dist`,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
});

const configs = [library('core', ['index', 'protocol', 'catalogue/index', 'catalogue/helpers'])];
// Packages join the build as their sources appear.
if (existsSync('packages/elements/src/index.ts')) {
  configs.push(library('elements', ['index', 'classes', 'define', 'mount']));
}
if (existsSync('packages/scanner/src/run.ts')) {
  configs.push(library('scanner', ['index', 'run'], { platform: 'node' }));
}
if (existsSync('packages/server/src/cli.ts')) {
  configs.push(library('server', ['app', 'cli'], { platform: 'node' }));
}
// The admin workspace's browser bundle (Lit included), served by the server at /admin.
if (existsSync('packages/server/src/admin/workspace/index.ts')) {
  configs.push({
    input: 'packages/server/src/admin/workspace/index.ts',
    plugins: [
      nodeResolve({ exportConditions: ['browser'], extensions: ['.ts', '.js'] }),
      esbuild({
        target: 'es2022',
        tsconfig: 'tsconfig.base.json',
        minify: true,
        legalComments: 'none',
      }),
    ],
    output: { file: 'packages/server/dist/admin/workspace.js', format: 'iife', sourcemap: true },
  });
}

// The drop-in script (`packages/embed/dist/assent.js`, shipped in @assent/embed so it can be
// served from the package or a CDN): the consent runtime's boot (IIFE, classic-script safe),
// which applies a returning visitor's choice by itself and loads ES modules beside it only
// when needed, each resolved relative to its own URL and built on its own, so neither pulls
// in the other's code: the UI (`assent-ui.js`: Lit, the banner, the full config check and
// the English strings, with lazy chunks for the rest) and the engine (`assent-engine.js`:
// storage, the outbox and sender, identity), which joins the boot's runtime.
const DROP_IN = 'packages/embed/dist';
if (existsSync('packages/embed/src/ui.ts')) {
  // Module chunks are always decoded as UTF-8, so they keep non-ASCII text as it is (Arabic
  // strings shrink to a third); the classic script keeps ASCII escapes, as a page's own
  // charset would apply to it.
  const browser = ({ charset = 'ascii' } = {}) => [
    // The elements' `css` and `html` templates, minified (whitespace, comments) before esbuild.
    minifyLiterals({ include: ['packages/elements/src/**/*.ts'], failOnError: true }),
    nodeResolve({ exportConditions: ['source', 'browser'], extensions: ['.ts', '.js'] }),
    esbuild({
      target: 'es2022',
      tsconfig: 'tsconfig.base.json',
      minify: true,
      legalComments: 'none',
      charset,
    }),
  ];
  const chunkFileNames = (chunk) =>
    // Language tables get stable names, so the script tag can preload the page's one.
    /\/core\/src\/i18n\/[a-z]{2}(-[A-Za-z]+)?\.ts$/.test(chunk.facadeModuleId ?? '')
      ? 'assent-lang-[name].js'
      : /\/catalogue\/index\.ts$/.test(chunk.facadeModuleId ?? '')
        ? 'assent-catalogue.js' // a stable name, so the boot can preload it
        : 'assent-[name]-[hash].js';
  const module = (name) => ({
    input: { [name]: `packages/embed/src/${name.replace('assent-', '')}.ts` },
    // Lets the entry hold the code its lazy chunks share: no extra request before the banner.
    preserveEntrySignatures: 'allow-extension',
    plugins: browser({ charset: 'utf8' }),
    output: {
      dir: DROP_IN,
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames,
    },
  });
  configs.push(
    {
      input: 'packages/embed/src/index.ts',
      plugins: browser(),
      output: { file: `${DROP_IN}/assent.js`, format: 'iife', sourcemap: true },
    },
    module('assent-ui'),
    module('assent-engine'),
    // The Consent Mode default alone, for a blocking tag before the Google Tag Manager snippet.
    {
      input: 'packages/embed/src/consent-default.ts',
      plugins: browser(),
      output: { file: `${DROP_IN}/assent-consent-default.js`, format: 'iife', sourcemap: true },
    },
  );
}

export default configs;
export { library, typescript, configs };

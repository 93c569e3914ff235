import { tsImport } from 'tsx/esm/api';
const t0 = Date.now();
const { buildApp } = await tsImport('/work/main/packages/server/src/app.ts', import.meta.url);
const { mkdtemp } = await import('node:fs/promises');
const dir = await mkdtemp('/tmp/assent-srv-');
const app = await buildApp({
  dataDir: dir,
  secret: 'x'.repeat(32),
  adminToken: 'a'.repeat(32),
  rateLimit: false,
});
await app.listen({ host: '127.0.0.1', port: 0 });
console.log('listening', app.server.address(), Date.now() - t0);
await app.close();

/** HTML and files: the admin page and its assets, `/unsubscribe`, and the optional static site. */
import type { FastifyInstance } from 'fastify';
import { ADMIN_CSS } from '../admin/assets.js';
import { adminPage, workspaceBundle } from '../admin/page.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { PAGE_HEADERS } from '../html.js';
import { resolveStatic, sendFile } from '../static.js';
import { unsubscribePage } from './preferences.js';

export function registerPageRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/admin', async (_request, reply) =>
    reply
      .code(ctx.admins.length > 0 ? 200 : 503)
      .headers(PAGE_HEADERS)
      .type('text/html; charset=utf-8')
      .send(adminPage(ctx.admins.length > 0)),
  );
  app.get('/admin/admin.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(ADMIN_CSS),
  );
  app.get('/admin/workspace.js', async (_request, reply) => {
    const script = await workspaceBundle();
    if (script === null) {
      throw new HttpError(503, 'The workspace is not built: run "npm run build".');
    }
    return reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(script);
  });

  // The link in emails. The demo site's own unsubscribe.html (with <assent-unsubscribe>) wins;
  // otherwise a minimal confirmation page. Either way a GET changes nothing.
  app.get('/unsubscribe', async (request, reply) => {
    if (ctx.staticDir) {
      const file = await resolveStatic(ctx.staticDir, '/unsubscribe.html');
      if (file) return sendFile(reply, file);
    }
    return unsubscribePage(ctx, request, reply);
  });

  if (ctx.staticDir) {
    const root = ctx.staticDir;
    app.get('/*', async (request, reply) => {
      const file = await resolveStatic(root, request.url);
      if (!file) throw new HttpError(404, 'Not found.');
      return sendFile(reply, file);
    });
  } else {
    app.get('/', async () => ({
      name: 'assent-server',
      sync: '/v1/consents',
      admin: '/admin',
      health: '/v1/health',
    }));
  }
}

// A real consent endpoint inside the test runner's dev server, scripted from the tests.
//
// Every test picks its own namespace, so test files running side by side never share state:
//   POST /__endpoint/<ns>/v1/consents          the sync endpoint (SPEC "Sync protocol")
//   GET  /__endpoint/<ns>/v1/subjects/<id>     a subject's state (for identify), 404 if unset
//   PUT  /__endpoint/<ns>/subjects/<id>        sets that state (JSON body)
//   POST /__endpoint/<ns>/script               queues how the next POSTs are answered (JSON array)
//   POST /__endpoint/<ns>/invalid              wordings that make an event invalid (JSON array)
//   GET  /__endpoint/<ns>/log                  what it stored and every request it saw
//   POST /__endpoint/<ns>/reset                forgets everything
//
// A script step answers one POST: { status, retryAfter, delayMs, close, drop, pending }.
// - status: answer with it instead of storing (e.g. 503, 408, 429).
// - delayMs: wait before answering (a slow endpoint; a timeout when longer than the client's).
// - close: reset the connection without storing or answering (a dead endpoint).
// - drop: store the events, then reset the connection (a lost 2xx).
// - pending: list granted marketing opt-ins as `pending` in the answer (double opt-in).
// Valid batches are stored deduplicated by id, like the reference server; a batch with an
// invalid event is refused with 400 { error, index } and nothing of it is stored.

const PREFIX = '/__endpoint/';
const KINDS = ['cookies', 'marketing', 'unsubscribe'];
const METHODS = ['banner', 'preferences', 'optin', 'unsubscribe', 'api'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function freshState() {
  return {
    events: new Map(),
    received: new Map(),
    requests: [],
    script: [],
    invalid: new Set(),
    subjects: new Map(),
    subjectRequests: [],
    subjectAuthorizations: [],
    inFlight: 0,
    maxInFlight: 0,
  };
}

const namespaces = new Map();
const stateOf = (ns) => {
  if (!namespaces.has(ns)) namespaces.set(ns, freshState());
  return namespaces.get(ns);
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function resetConnection(ctx) {
  ctx.respond = false;
  ctx.req.socket.destroy();
}

function invalidIndex(events, state) {
  return events.findIndex(
    (event) =>
      typeof event !== 'object' ||
      event === null ||
      !UUID.test(String(event.id)) ||
      typeof event.subject !== 'string' ||
      !KINDS.includes(event.kind) ||
      !METHODS.includes(event.method) ||
      (typeof event.wording === 'string' && state.invalid.has(event.wording)),
  );
}

async function consents(ctx, state) {
  const text = await readBody(ctx.req);
  const step = state.script.shift() ?? {};
  let events = [];
  try {
    events = JSON.parse(text).events;
  } catch {
    // Counted below as a refusal.
  }
  const ids = Array.isArray(events) ? events.map((event) => event?.id) : [];
  const request = {
    ids,
    bytes: Buffer.byteLength(text),
    startedAt: Date.now(),
    step,
    outcome: 'pending',
  };
  state.requests.push(request);
  for (const id of ids) state.received.set(id, (state.received.get(id) ?? 0) + 1);
  state.inFlight += 1;
  state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
  try {
    if (step.delayMs) await sleep(step.delayMs);
    if (step.close) {
      request.outcome = 'closed';
      return resetConnection(ctx);
    }
    if (step.raw !== undefined) {
      request.outcome = step.status ?? 200;
      ctx.status = step.status ?? 200;
      ctx.type = step.type ?? 'text/html';
      ctx.body = step.raw;
      return;
    }
    if (step.status) {
      request.outcome = step.status;
      return json(
        ctx,
        step.status,
        { error: `scripted ${step.status}` },
        step.retryAfter ? { 'Retry-After': String(step.retryAfter) } : {},
      );
    }
    if (!Array.isArray(events) || events.length === 0 || events.length > 100) {
      request.outcome = 400;
      return json(ctx, 400, { error: 'events must be an array of 1 to 100 events' });
    }
    const bad = invalidIndex(events, state);
    if (bad !== -1) {
      request.outcome = 400;
      return json(ctx, 400, { error: `event ${bad} is invalid`, index: bad });
    }
    let accepted = 0;
    let duplicates = 0;
    for (const event of events) {
      if (state.events.has(event.id)) duplicates += 1;
      else {
        state.events.set(event.id, event);
        accepted += 1;
      }
    }
    if (step.drop) {
      request.outcome = 'dropped';
      return resetConnection(ctx);
    }
    request.outcome = 200;
    // `pending`: answer like a server with double opt-in, listing marketing opt-ins as pending.
    const pending = step.pending
      ? events
          .filter((event) => event.kind === 'marketing' && event.choices?.status === 'granted')
          .map((event) => event.id)
      : [];
    return json(ctx, 200, { accepted, duplicates, ...(pending.length > 0 ? { pending } : {}) });
  } finally {
    request.endedAt = Date.now();
    state.inFlight -= 1;
  }
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export function consentEndpoint() {
  return async function consentEndpointMiddleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [ns, ...rest] = ctx.path.slice(PREFIX.length).split('/');
    const route = rest.join('/');
    const state = stateOf(ns);
    if (ctx.method === 'POST' && route === 'v1/consents') return consents(ctx, state);
    if (ctx.method === 'GET' && route.startsWith('v1/subjects/')) {
      const id = decodeURIComponent(route.slice('v1/subjects/'.length));
      state.subjectRequests.push(id);
      state.subjectAuthorizations.push(ctx.get('authorization') || null);
      const subject = state.subjects.get(id);
      return subject ? json(ctx, 200, subject) : json(ctx, 404, { error: 'unknown subject' });
    }
    if (ctx.method === 'PUT' && route.startsWith('subjects/')) {
      state.subjects.set(
        decodeURIComponent(route.slice('subjects/'.length)),
        JSON.parse(await readBody(ctx.req)),
      );
      return json(ctx, 204, {});
    }
    if (ctx.method === 'POST' && route === 'script') {
      state.script.push(...JSON.parse(await readBody(ctx.req)));
      return json(ctx, 200, { queued: state.script.length });
    }
    if (ctx.method === 'POST' && route === 'invalid') {
      for (const wording of JSON.parse(await readBody(ctx.req))) state.invalid.add(wording);
      return json(ctx, 200, {});
    }
    if (ctx.method === 'GET' && route === 'log') {
      return json(ctx, 200, {
        events: [...state.events.values()],
        received: Object.fromEntries(state.received),
        requests: state.requests,
        script: state.script,
        subjectRequests: state.subjectRequests,
        subjectAuthorizations: state.subjectAuthorizations,
        maxInFlight: state.maxInFlight,
      });
    }
    if (ctx.method === 'POST' && route === 'reset') {
      namespaces.set(ns, freshState());
      return json(ctx, 200, {});
    }
    return json(ctx, 404, { error: 'no such endpoint route' });
  };
}

/**
 * The admin page's stylesheet and script, served as files (`/admin/admin.css`,
 * `/admin/admin.js`) so the page runs under `default-src 'self'` with nothing inline.
 * Kept as strings so the bundled server needs no files beside it.
 */

export const ADMIN_CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-inline-size: 72rem; margin-inline: auto; padding: 1rem; }
.bar { display: flex; align-items: center; justify-content: space-between; gap: 1rem; }
section { margin-block: 2rem; }
form { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 1rem; }
label { font-weight: 600; }
input, select, button { font: inherit; padding: 0.4rem 0.6rem; }
button { cursor: pointer; border: 1px solid currentColor; border-radius: 0.3rem; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 1rem; }
caption { text-align: start; font-weight: 600; }
th, td { border: 1px solid #8888; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
td.wording { white-space: pre-wrap; max-inline-size: 30rem; }
.error { color: #b00020; }
#link-url { inline-size: 100%; }
[hidden] { display: none !important; }
`;

export const ADMIN_JS = `'use strict';
(() => {
  const KEY = 'assent-admin-token';
  const $ = (id) => document.getElementById(id);
  const token = () => sessionStorage.getItem(KEY);

  /** Builds an element; text always goes in as textContent, never as HTML. */
  function el(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    return node;
  }
  function row(cells) {
    const tr = document.createElement('tr');
    for (const cell of cells) tr.append(cell instanceof Node ? cell : el('td', cell));
    return tr;
  }

  async function api(path, options = {}) {
    const response = await fetch(path, {
      ...options,
      headers: { Authorization: 'Bearer ' + token(), ...(options.headers || {}) },
    });
    if (response.status === 401) {
      signOut('That admin token was not accepted.');
      throw new Error('unauthorised');
    }
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.message || response.statusText);
    }
    return response;
  }

  function signOut(message) {
    sessionStorage.removeItem(KEY);
    $('signed-in').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in-section').hidden = false;
    $('sign-in-error').textContent = message || '';
  }

  async function showSignedIn() {
    $('sign-in-section').hidden = true;
    $('signed-in').hidden = false;
    $('sign-out').hidden = false;
    await loadCounts();
  }

  async function loadCounts() {
    const { counts } = await (await api('/v1/admin/counts')).json();
    const table = new Map();
    for (const { channel, topic, status, count } of counts) {
      const key = channel + '\\u0000' + (topic || '');
      const entry = table.get(key) || { channel, topic, granted: 0, pending: 0, denied: 0 };
      entry[status] = count;
      table.set(key, entry);
    }
    const body = $('counts').tBodies[0];
    body.replaceChildren();
    if (table.size === 0) body.append(row([el('td', 'No opt-ins yet', { colspan: '5' })]));
    for (const e of table.values()) {
      body.append(row([el('th', e.channel, { scope: 'row' }), e.topic || '(whole channel)', e.granted, e.pending, e.denied]));
    }
  }

  const describe = (state) =>
    state ? state.status + (state.topics.length ? ' (' + state.topics.map((t) => t.id + ': ' + t.status).join(', ') + ')' : '') : '—';

  async function search(query) {
    const { contacts } = await (await api('/v1/admin/contacts?q=' + encodeURIComponent(query))).json();
    $('search-status').textContent = contacts.length === 1 ? '1 contact found' : contacts.length + ' contacts found';
    const body = $('results').tBodies[0];
    body.replaceChildren();
    for (const contact of contacts) {
      const button = el('button', 'Show history', { type: 'button', 'aria-label': 'Show history for ' + contact.value });
      button.addEventListener('click', () => showHistory(contact.id).catch(report($('search-status'))));
      const action = el('td');
      action.append(button);
      body.append(row([el('th', contact.value, { scope: 'row' }), describe(contact.channels.email), describe(contact.channels.sms), describe(contact.channels.post), action]));
    }
    $('results').hidden = contacts.length === 0;
  }

  async function showHistory(id) {
    const { contact, history } = await (await api('/v1/admin/contacts/' + encodeURIComponent(id))).json();
    $('history-contact').textContent = contact.value + ' — ' + history.length + ' events';
    const body = $('history').tBodies[0];
    body.replaceChildren();
    for (const entry of history) {
      body.append(
        row([
          el('th', entry.receivedAt, { scope: 'row' }),
          entry.at,
          entry.kind,
          entry.method,
          entry.channel,
          entry.status,
          (entry.topics || []).join(', '),
          entry.revision,
          el('td', entry.pruned ? '(pruned)' : entry.wording, { class: 'wording' }),
        ]),
      );
    }
    $('history-section').hidden = false;
    $('history-heading').scrollIntoView();
  }

  async function exportCsv(channel, topic) {
    const query = '?channel=' + encodeURIComponent(channel) + (topic ? '&topic=' + encodeURIComponent(topic) : '');
    const response = await api('/v1/optins' + query, { headers: { Accept: 'text/csv' } });
    const blob = await response.blob();
    const link = el('a', null, { href: URL.createObjectURL(blob), download: 'optins-' + channel + (topic ? '-' + topic : '') + '.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    $('export-status').textContent = 'CSV downloaded.';
  }

  async function createLink(contact, channel, topic) {
    const body = { contact: contact.includes('@') ? { email: contact } : { phone: contact } };
    if (channel || topic) body.scope = { ...(channel ? { channel } : {}), ...(topic ? { topic } : {}) };
    const response = await api('/v1/tokens', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const { url } = await response.json();
    $('link-url').value = url;
    $('link-url').focus();
    $('link-url').select();
  }

  const report = (target) => (error) => {
    if (error.message !== 'unauthorised') target.textContent = error.message;
  };

  $('sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(KEY, $('admin-token').value.trim());
    $('admin-token').value = '';
    showSignedIn().catch(report($('sign-in-error')));
  });
  $('sign-out').addEventListener('click', () => signOut('Signed out.'));
  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    search($('search-query').value).catch(report($('search-status')));
  });
  $('export').addEventListener('submit', (event) => {
    event.preventDefault();
    exportCsv($('export-channel').value, $('export-topic').value.trim()).catch(report($('export-status')));
  });
  $('link').addEventListener('submit', (event) => {
    event.preventDefault();
    $('link-error').textContent = '';
    createLink($('link-contact').value.trim(), $('link-channel').value, $('link-topic').value.trim()).catch(report($('link-error')));
  });

  if (token()) showSignedIn().catch(report($('sign-in-error')));
})();
`;

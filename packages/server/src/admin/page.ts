/**
 * The admin page for marketing teams. The HTML is a static shell rendered here; its script
 * (admin/assets.ts) fills it from the JSON admin routes, writing every value with textContent,
 * so addresses and wording (visitor input) stay inert.
 *
 * Sign-in choice: the admin token is kept in sessionStorage (gone when the tab closes) and sent
 * as `Authorization: Bearer` by the script. No cookie means no ambient authority a cross-site
 * form could ride on, so the admin routes need no CSRF defence beyond that.
 */
import { escapeHtml, page } from '../html.js';

const channelOptions = (first?: string) =>
  (first ? `<option value="">${escapeHtml(first)}</option>` : '') +
  '<option value="email">Email</option><option value="sms">SMS</option><option value="post">Post</option>';

export function adminPage(enabled: boolean): string {
  if (!enabled) {
    return page(
      'Assent admin',
      `<h1>Assent admin</h1>
<p role="alert">The admin page is off. Set ASSENT_ADMIN_TOKEN (16 characters or more) and restart the server.</p>`,
    );
  }
  return page(
    'Assent admin',
    `<header class="bar">
<h1>Assent admin</h1>
<button id="sign-out" type="button" hidden>Sign out</button>
</header>

<section id="sign-in-section" aria-labelledby="sign-in-heading">
<h2 id="sign-in-heading">Sign in</h2>
<form id="sign-in">
<label for="admin-token">Admin token</label>
<input id="admin-token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<p id="sign-in-error" class="error" role="alert"></p>
</section>

<div id="signed-in" hidden>
<section aria-labelledby="counts-heading">
<h2 id="counts-heading">Opt-ins</h2>
<table id="counts">
<caption>Contacts per channel and topic</caption>
<thead><tr><th scope="col">Channel</th><th scope="col">Topic</th><th scope="col">Opted in</th><th scope="col">Pending</th><th scope="col">Opted out</th></tr></thead>
<tbody></tbody>
</table>
</section>

<section aria-labelledby="search-heading">
<h2 id="search-heading">Find a contact</h2>
<form id="search" role="search">
<label for="search-query">Email or phone</label>
<input id="search-query" name="q" type="search" required>
<button type="submit">Search</button>
</form>
<p id="search-status" role="status"></p>
<table id="results" hidden>
<caption>Matching contacts</caption>
<thead><tr><th scope="col">Contact</th><th scope="col">Email</th><th scope="col">SMS</th><th scope="col">Post</th><th scope="col">History</th></tr></thead>
<tbody></tbody>
</table>
</section>

<section id="history-section" aria-labelledby="history-heading" hidden>
<h2 id="history-heading">History</h2>
<p id="history-contact"></p>
<table id="history">
<caption>Every recorded event, oldest first</caption>
<thead><tr><th scope="col">Received (server)</th><th scope="col">Client time</th><th scope="col">Event</th><th scope="col">Method</th><th scope="col">Channel</th><th scope="col">Status</th><th scope="col">Topics</th><th scope="col">Revision</th><th scope="col">Wording</th></tr></thead>
<tbody></tbody>
</table>
</section>

<section aria-labelledby="export-heading">
<h2 id="export-heading">Export opt-ins</h2>
<form id="export">
<label for="export-channel">Channel</label>
<select id="export-channel" name="channel">${channelOptions()}</select>
<label for="export-topic">Topic (optional)</label>
<input id="export-topic" name="topic" pattern="[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,63}">
<button type="submit">Download CSV</button>
</form>
<p id="export-status" role="status"></p>
</section>

<section aria-labelledby="link-heading">
<h2 id="link-heading">Create an unsubscribe link</h2>
<form id="link">
<label for="link-contact">Email or phone</label>
<input id="link-contact" name="contact" required>
<label for="link-channel">Channel</label>
<select id="link-channel" name="channel">${channelOptions('The address’s own channel')}</select>
<label for="link-topic">Topic (optional)</label>
<input id="link-topic" name="topic" pattern="[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,63}">
<button type="submit">Create link</button>
</form>
<p id="link-error" class="error" role="alert"></p>
<p><label for="link-url">Unsubscribe link</label>
<input id="link-url" readonly></p>
</section>
</div>`,
    { script: '/admin/admin.js' },
  );
}

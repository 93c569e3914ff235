/**
 * The workspace's client for the admin routes. The token lives in sessionStorage (gone with the
 * tab) and travels only in the `Authorization` header: never in a URL, so never in a log,
 * history entry or Referer.
 */
import type { ContactProof, ContactSummary } from '../contacts.js';
import type { ImportReport } from '../import.js';
import type { Stats } from '../stats.js';
import type { AuditEntry } from '../access.js';
import type { DataRequest } from '../../requests/store.js';
import type { DeliveryView } from '../../webhooks/outbox.js';

export type { AuditEntry, ContactProof, ContactSummary, ImportReport, Stats };
export type { DeliveryView };

/** A data-subject request as the queue lists it. */
export type QueuedRequest = DataRequest & { dueAt: string | null };

/** One page of webhook deliveries, with the outbox's counts. */
export interface DeliveryPage {
  configured: boolean;
  url: string | null;
  counts: Record<string, number>;
  deliveries: DeliveryView[];
  next: number | null;
}

const KEY = 'assent-admin-token';

/** A refused or failed request, with the server's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Session {
  name: string;
  role: 'read' | 'manage';
}

export class AdminApi {
  constructor(private readonly storage: Storage = sessionStorage) {}

  get token(): string | null {
    return this.storage.getItem(KEY);
  }

  /** Checks a token with the server, and keeps it for this tab only when it is accepted. */
  async signIn(token: string): Promise<Session> {
    const session = await this.request<Session>('/v1/admin/session', {}, token);
    this.storage.setItem(KEY, token);
    return session;
  }

  /** The session of the kept token, or null when there is none or it stopped working. */
  async resume(): Promise<Session | null> {
    if (!this.token) return null;
    try {
      return await this.request<Session>('/v1/admin/session');
    } catch {
      this.storage.removeItem(KEY);
      return null;
    }
  }

  async signOut(): Promise<void> {
    try {
      await this.fetch('/v1/admin/session/end', { method: 'POST' });
    } finally {
      this.storage.removeItem(KEY);
    }
  }

  stats(from: string, to: string) {
    return this.request<Stats>(`/v1/stats?${new URLSearchParams({ from, to })}`);
  }

  contacts(filter: Record<string, string | undefined>) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filter)) if (value) query.set(name, value);
    return this.request<{ contacts: ContactSummary[]; next: string | null }>(
      `/v1/contacts?${query}`,
    );
  }

  contact(id: string) {
    return this.request<ContactProof>(`/v1/contacts/${encodeURIComponent(id)}`);
  }

  audit(before?: number) {
    const query = new URLSearchParams({ limit: '50' });
    if (before !== undefined) query.set('before', String(before));
    return this.request<{ entries: AuditEntry[]; next: string | null }>(`/v1/audit?${query}`);
  }

  importCsv(file: Blob, dryRun: boolean) {
    return this.request<ImportReport>(`/v1/import?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: file,
    });
  }

  createLink(
    contact: { email?: string; phone?: string },
    scope: { channel?: string; topic?: string },
  ) {
    return this.request<{ url: string; oneClickUrl: string; expiresAt: string | null }>(
      '/v1/tokens',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ contact, ...(scope.channel ? { scope } : {}) }),
      },
    );
  }

  erase(contact: { email?: string; phone?: string }) {
    return this.request<{ erased: boolean }>('/v1/contacts', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(contact),
    });
  }

  deliveries(filter: { status?: string; before?: number }) {
    const query = new URLSearchParams({ limit: '50' });
    if (filter.status) query.set('status', filter.status);
    if (filter.before !== undefined) query.set('before', String(filter.before));
    return this.request<DeliveryPage>(`/v1/webhooks/deliveries?${query}`);
  }

  retryDelivery(seq: number) {
    return this.request<{ retried: number }>(`/v1/webhooks/deliveries/${seq}/retry`, {
      method: 'POST',
    });
  }

  requests(status?: string) {
    const query = new URLSearchParams(status ? { status } : {});
    return this.request<{ requests: QueuedRequest[] }>(`/v1/requests?${query}`);
  }

  fulfilRequest(id: string) {
    return this.request<{ fulfilled: boolean; request: QueuedRequest }>(
      `/v1/requests/${encodeURIComponent(id)}/fulfil`,
      { method: 'POST' },
    );
  }

  declineRequest(id: string, reason: string) {
    return this.request<{ declined: boolean; request: QueuedRequest }>(
      `/v1/requests/${encodeURIComponent(id)}/decline`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reason }),
      },
    );
  }

  /** Fetches an export as a file (the token cannot go in a download link's URL). */
  async download(path: string, accept: string): Promise<Blob> {
    const response = await this.fetch(path, { headers: { accept } });
    if (!response.ok) throw await failure(response);
    return response.blob();
  }

  private fetch(path: string, init: RequestInit = {}, token = this.token) {
    return fetch(path, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      headers: {
        ...(init.headers as Record<string, string>),
        authorization: `Bearer ${token ?? ''}`,
      },
    });
  }

  private async request<T>(path: string, init: RequestInit = {}, token = this.token): Promise<T> {
    const response = await this.fetch(path, init, token);
    if (!response.ok) throw await failure(response);
    return (await response.json()) as T;
  }
}

async function failure(response: Response): Promise<ApiError> {
  let message = `The server answered ${response.status}.`;
  try {
    const body = (await response.json()) as { message?: string };
    if (body.message) message = body.message;
  } catch {
    // not JSON: keep the status line
  }
  if (response.status === 401) message = 'That admin token was not accepted.';
  return new ApiError(response.status, message);
}

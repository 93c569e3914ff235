/**
 * The store's types: what the routes and the ledger share. Kept apart from the ledger so
 * neither imports the other's module.
 */
import type { Database } from './db.js';
import type { LedgerHooks } from './hooks.js';
import type {
  Channel,
  EventKind,
  MarketingStatus,
  SubjectState,
  WireEvent,
} from '@assent/core/protocol';

export { CHANNELS } from '@assent/core/protocol';
export type {
  Channel,
  EventKind,
  MarketingStatus,
  SubjectState,
  WireEvent,
} from '@assent/core/protocol';
export type ContactKind = 'email' | 'phone';

/**
 * A consent event as kept in the ledger: as received, minus its contact and subject token.
 * Server-made events have methods of their own (a link, an import), hence `method: string`.
 */
export type RecordedEvent = Omit<WireEvent, 'contact' | 'subjectToken' | 'method'> & {
  method: string;
  [extra: string]: unknown;
};

/** A consent event as it crosses the wire, already validated and checked by the route. */
export interface ConsentEvent extends RecordedEvent {
  /** Normalised by the caller: lower-case email, phone as `+` and digits. */
  contact?: { email?: string; phone?: string };
}

export interface IngestOptions {
  /** The server's receive time (clients' clocks lie). @default now */
  receivedAt?: Date;
  /** Store an email `granted` as `pending` until the address is confirmed. */
  doubleOptIn?: boolean;
  /** The public origin that links in messages sent about these events are built on. */
  origin?: string;
  /**
   * The events were made by someone who proved the contact (a signed link, a confirmation, the
   * site's backend): their opt-ins are verified and they may change any state of that contact.
   * Public (browser) events only ever affect their own subject. @default false
   */
  trusted?: boolean;
}

export interface PendingConfirmation {
  eventId: string;
  contactId: string;
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  /** Newly stored email opt-ins waiting for a double opt-in confirmation. */
  pending: PendingConfirmation[];
}

export interface ChannelState {
  status: MarketingStatus;
  since: string;
  topics: { id: string; status: MarketingStatus; since: string }[];
}

export interface Contact {
  id: string;
  kind: ContactKind;
  value: string;
}

/** One contact currently opted in, with the proof behind it. */
export interface OptinRow {
  contactId: string;
  email: string | null;
  phone: string | null;
  channel: Channel;
  topic: string | null;
  status: MarketingStatus;
  since: string;
  eventId: string;
  method: string | null;
  revision: string | null;
  wording: string | null;
  locale: string | null;
  at: string | null;
  /** Confirmed by the address's owner (double opt-in, a signed link, the site's backend). */
  verified: boolean;
}

export interface CountRow {
  channel: string;
  topic: string | null;
  status: MarketingStatus;
  verified: boolean;
  count: number;
}

/** One ledger event as shown in a contact's history. */
export interface HistoryEntry {
  seq: number;
  id: string;
  /** The subject the event was sent under. */
  subject: string;
  /** A browser's withdrawal it was not entitled to make: kept, but it changed nothing. */
  request: boolean;
  /** Made by someone who proved the address. */
  verified: boolean;
  kind: EventKind;
  method: string | null;
  channel: string | null;
  status: string | null;
  topics: string[] | null;
  revision: string | null;
  wording: string | null;
  locale: string | null;
  page: string | null;
  at: string;
  receivedAt: string;
  pendingConfirmation: boolean;
  pruned: boolean;
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  pruned: number;
  /** The last hash: write it down somewhere else to detect a rewrite of the whole chain. */
  head: string;
  problems: string[];
  /** Contact seals recomputed and found matching. */
  seals: number;
  /** Whether the derived tables were rebuilt from the ledger (not once events are pruned). */
  rebuilt: boolean;
  /** Derived rows that are not what the ledger says. */
  differences: number;
}

/** Everything the routes need from storage. Every method fails (rejects) rather than guess. */
export interface Store {
  readonly kind: 'pglite' | 'postgres';
  /** The database itself, for read models kept beside the ledger (the admin workspace's). */
  readonly database: Database;
  /** Runs hooks inside every append and erasure transaction; returns their remover. */
  addHooks(hooks: LedgerHooks): () => void;
  /** Rejects when the database cannot answer. */
  ping(): Promise<void>;
  ingest(events: ConsentEvent[], options?: IngestOptions): Promise<IngestResult>;
  subjectState(subject: string): Promise<SubjectState | null>;
  contactById(id: string): Promise<Contact | null>;
  findContact(kind: ContactKind, value: string): Promise<Contact | null>;
  /** Finds or creates the contact for an address (admins mint links for imported lists). */
  ensureContact(kind: ContactKind, value: string): Promise<Contact>;
  marketingState(contactId: string): Promise<Partial<Record<Channel, ChannelState>>>;
  /** Who is opted in; `verifiedOnly` leaves out opt-ins no one confirmed. */
  optins(channel: Channel, topic?: string, verifiedOnly?: boolean): Promise<OptinRow[]>;
  counts(): Promise<CountRow[]>;
  searchContacts(query: string, limit?: number): Promise<Contact[]>;
  history(contactId: string): Promise<HistoryEntry[]>;
  /** Deletes the contact's identifying data and its derived state; the ledger keeps verifying. */
  erase(kind: ContactKind, value: string): Promise<boolean>;
  verify(): Promise<VerifyReport>;
  prune(cutoff: Date): Promise<{ pruned: number }>;
  close(): Promise<void>;
}

/**
 * The wire protocol between the browser and a consent endpoint, in one place: the event the
 * browser sends to `POST /v1/consents`, its kinds, methods, channels and statuses, the state
 * `GET /v1/subjects/:subject` answers, and the JSON schema the reference server validates
 * `POST /v1/consents` with. The browser and the server both import it, so they cannot drift.
 *
 * @remarks Types and plain data only: nothing here runs, so it costs the browser nothing
 * unless a value (the schema) is imported.
 */

/** Marketing channels. `post` is an objection on an opt-out basis. */
export const CHANNELS = ['email', 'sms', 'post'] as const;
/** A marketing channel. */
export type Channel = (typeof CHANNELS)[number];

/** What an event records. */
export const EVENT_KINDS = ['cookies', 'marketing', 'unsubscribe'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * How a decision was made. `embed`: "Allow and load" on a blocked-content placeholder
 * granted one service.
 */
export const METHODS = ['banner', 'preferences', 'optin', 'unsubscribe', 'api', 'embed'] as const;
export type Method = (typeof METHODS)[number];

/**
 * The status of a marketing channel or topic. `pending` is the server's: an email opt-in
 * waiting for its double opt-in confirmation. A client only ever sends `granted` or `denied`.
 */
export const MARKETING_STATUSES = ['granted', 'denied', 'pending'] as const;
export type MarketingStatus = (typeof MARKETING_STATUSES)[number];
/** The statuses a client may send. */
export const CLIENT_MARKETING_STATUSES = ['granted', 'denied'] as const;

/** `choices` of a `cookies` event. */
export interface CookieChoices {
  categories: Record<string, boolean>;
  services?: Record<string, boolean>;
  /** Categories run on a legal basis other than consent (they run until the visitor objects). */
  basis?: Record<string, CategoryBasis>;
}

/** A category's legal basis other than consent: UK PECR Sch. A1 statistical analytics. */
export type CategoryBasis = 'objection';
/** A marketing choice's legal basis other than consent: the PECR soft opt-in. */
export type MarketingBasis = 'soft-opt-in';

/** `choices` of a `marketing` event: one event per channel. */
export interface MarketingChoices {
  channel: Channel;
  status: 'granted' | 'denied';
  /** The topics the status applies to; omitted means the channel as a whole. */
  topics?: string[];
  /** `soft-opt-in` when the visitor was offered an unticked "I do not want …" box. */
  basis?: MarketingBasis;
}

/** `choices` of an `unsubscribe` event; no `topics` means the whole channel. */
export interface UnsubscribeChoices {
  channel: Channel;
  status?: 'denied';
  topics?: string[];
}

/** A contact carried by a marketing or unsubscribe event (never stored in the browser). */
export interface WireContact {
  email?: string;
  phone?: string;
}

/** One ledger event as it crosses the wire. */
export interface WireEvent {
  /** A random UUID minted when the choice is made: the idempotency key on every retry. */
  id: string;
  /** The browser's random UUID, or an identified user's id (with `subjectToken`). */
  subject: string;
  /**
   * base64url(HMAC-SHA256(identity secret, subject)), minted by the site's backend: proves the
   * event may be filed under an identified subject. Never stored by the server.
   */
  subjectToken?: string;
  /** The browser's time of the choice (ISO-8601); the server records its own as well. */
  at: string;
  kind: EventKind;
  method: Method;
  revision?: string;
  locale?: string;
  page?: string;
  gpc?: boolean;
  choices: Record<string, unknown>;
  /** The exact text the visitor saw when choosing. */
  wording?: string;
  contact?: WireContact;
}

/** The body of `POST /v1/consents`. */
export interface ConsentsRequest {
  events: WireEvent[];
}

/** The 2xx answer of `POST /v1/consents`: every event sent is accepted or a duplicate. */
export interface ConsentsAnswer {
  accepted: number;
  duplicates: number;
  /** Ids of email opt-ins waiting for a double opt-in confirmation. */
  pending?: string[];
}

/** One channel of a subject's state. */
export interface SubjectChannelState {
  status: MarketingStatus;
  topics: string[];
  since: string;
}

/** `GET /v1/subjects/:subject`: the current state of one subject. */
export interface SubjectState {
  subject: string;
  revision: string | null;
  /** When the cookie decision was made: the client's time, never later than its receipt. */
  decidedAt: string | null;
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  gpc: boolean | null;
  marketing: Partial<Record<Channel, SubjectChannelState>>;
}

// ---- The JSON schema of POST /v1/consents -------------------------------------------------

/** Batches larger than this are refused (clients split them; beacons cap at 64 KiB anyway). */
export const MAX_EVENTS_PER_BATCH = 100;

/** Topic, category and service ids: short, no spaces, nothing that needs escaping anywhere. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$';

/** Subject ids: a browser's random UUID or an application's own user id. */
export const SUBJECT_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$';

/** A browser's own subject: a random UUID. Anything else is an identified subject. */
export const BROWSER_SUBJECT =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const channelSchema = { type: 'string', enum: CHANNELS } as const;

/**
 * A UUID in plain hex-and-dashes form. The `uuid` format alone also admits `urn:uuid:…`,
 * which PostgreSQL's uuid type refuses.
 */
export const uuidSchema = {
  type: 'string',
  format: 'uuid',
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
} as const;

export const topicsSchema = {
  type: 'array',
  maxItems: 50,
  uniqueItems: true,
  items: { type: 'string', pattern: ID_PATTERN },
} as const;

export const emailSchema = { type: 'string', format: 'email', maxLength: 254 } as const;
/** 7 to 15 digits (E.164), with optional `+`, spaces, dots, dashes and brackets between. */
export const phoneSchema = {
  type: 'string',
  maxLength: 32,
  pattern: '^\\+?(?:[ ().-]*[0-9]){7,15}[ ().-]*$',
} as const;

const flags = {
  type: 'object',
  maxProperties: 200,
  propertyNames: { pattern: ID_PATTERN },
  additionalProperties: { type: 'boolean' },
} as const;

const cookiesChoices = {
  type: 'object',
  required: ['categories'],
  properties: {
    categories: flags,
    services: flags,
    basis: {
      type: 'object',
      maxProperties: 200,
      propertyNames: { pattern: ID_PATTERN },
      additionalProperties: { type: 'string', enum: ['objection'] },
    },
  },
  additionalProperties: false,
} as const;

const marketingChoices = {
  type: 'object',
  required: ['channel', 'status'],
  properties: {
    channel: channelSchema,
    status: { type: 'string', enum: CLIENT_MARKETING_STATUSES },
    topics: topicsSchema,
    basis: { type: 'string', enum: ['soft-opt-in'] },
  },
  additionalProperties: false,
} as const;

const unsubscribeChoices = {
  type: 'object',
  required: ['channel'],
  properties: {
    channel: channelSchema,
    status: { type: 'string', const: 'denied' },
    topics: topicsSchema,
  },
  additionalProperties: false,
} as const;

const choicesFor = (kind: EventKind, choices: object) => ({
  if: { properties: { kind: { const: kind } }, required: ['kind'] },
  then: { properties: { choices } },
});

/** The JSON schema of one {@link WireEvent}. */
export const consentEventSchema = {
  type: 'object',
  required: ['id', 'subject', 'at', 'kind', 'method', 'choices'],
  properties: {
    id: uuidSchema,
    subject: { type: 'string', pattern: SUBJECT_PATTERN },
    subjectToken: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}=?$' },
    at: { type: 'string', format: 'date-time', maxLength: 40 },
    kind: { type: 'string', enum: EVENT_KINDS },
    method: { type: 'string', enum: METHODS },
    revision: { type: 'string', maxLength: 64 },
    locale: { type: 'string', maxLength: 35 },
    page: { type: 'string', maxLength: 2048 },
    gpc: { type: 'boolean' },
    choices: { type: 'object' },
    wording: { type: 'string', maxLength: 8000 },
    contact: {
      type: 'object',
      properties: { email: emailSchema, phone: phoneSchema },
      minProperties: 1,
      additionalProperties: false,
    },
  },
  maxProperties: 24,
  // Unknown (future) fields are kept, but only as scalars: no nesting to hide anything in.
  additionalProperties: {
    anyOf: [
      { type: 'string', maxLength: 1024 },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'null' },
    ],
  },
  allOf: [
    choicesFor('cookies', cookiesChoices),
    choicesFor('marketing', marketingChoices),
    choicesFor('unsubscribe', unsubscribeChoices),
  ],
} as const;

/** The JSON schema of the body of `POST /v1/consents`. */
export const consentsRequestSchema = {
  type: 'object',
  required: ['events'],
  properties: {
    events: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_EVENTS_PER_BATCH,
      items: consentEventSchema,
    },
  },
  additionalProperties: false,
} as const;

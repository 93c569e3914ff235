import { MARKETING_CHANNELS, NECESSARY, type CoreConfig, type MarketingChannel } from './config.js';
import type { MirroredDecision } from './storage/mirror.js';

/** What deriving a state needs from the config (a `ResolvedConfig` or the boot's reading). */
export type StateConfig = Pick<CoreConfig, 'revision' | 'expiresAfterDays' | 'categories'> & {
  services: Record<string, { category: string }>;
};

/** Where a marketing channel stands for this visitor. `unknown` until they choose. */
export type MarketingStatus = 'granted' | 'denied' | 'pending' | 'unknown';

/** One marketing channel's state. */
export interface MarketingChannelState {
  status: MarketingStatus;
  /** Topics subscribed to (for `granted` or `pending`). */
  topics: string[];
  /** When the status last changed (ISO-8601), or `null`. */
  since: string | null;
}

/**
 * The consent state as the JavaScript API returns it (`assent.get()`).
 * @example
 * { subject: '5b1…', revision: '2021-11', decidedAt: null,
 *   categories: { necessary: true, analytics: false }, services: { 'google-analytics': false },
 *   marketing: { email: { status: 'unknown', topics: [], since: null }, … }, gpc: false }
 */
export interface ConsentState {
  /** Pseudonymous id of this browser (or of the user after `identify`). */
  subject: string;
  /** The config revision the decision was made under. */
  revision: string;
  /** When the visitor decided (ISO-8601); `null` until they have. */
  decidedAt: string | null;
  /** Every configured category; `necessary` is always `true`. */
  categories: Record<string, boolean>;
  /** Every configured service; follows its category unless chosen one by one. */
  services: Record<string, boolean>;
  marketing: Record<MarketingChannel, MarketingChannelState>;
  /** Whether the browser sends a Global Privacy Control signal. */
  gpc: boolean;
  /**
   * Categories held off by a signal rather than by the visitor, with the reason.
   * @example { marketing: 'gpc' }
   */
  deniedBy: Record<string, 'gpc'>;
}

/** What is kept in storage: the committed decision only (never an email or phone). */
export interface StoredDecision {
  v: 1;
  subject: string;
  revision: string;
  decidedAt: string | null;
  /** Category choices the visitor made. */
  categories: Record<string, boolean>;
  /** Services chosen one by one; the others follow their category. */
  services: Record<string, boolean>;
  marketing: Record<MarketingChannel, MarketingChannelState>;
  deniedBy: Record<string, 'gpc'>;
  /** Last change to anything in this record, for merging across tabs and devices. */
  updatedAt: string;
  /** The token `identify()` was given for `subject`, sent with its events. */
  subjectToken?: string;
}

/** Choices being edited in the preferences centre before they are saved. */
export interface DraftChoices {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

export function emptyMarketing(): Record<MarketingChannel, MarketingChannelState> {
  const marketing = {} as Record<MarketingChannel, MarketingChannelState>;
  for (const channel of MARKETING_CHANNELS)
    marketing[channel] = { status: 'unknown', topics: [], since: null };
  return marketing;
}

/** A record with no decision: every optional category denied (objection ones run). */
export function undecided(
  subject: string,
  config: Pick<CoreConfig, 'revision'>,
  now: Date,
): StoredDecision {
  return {
    v: 1,
    subject,
    revision: config.revision,
    decidedAt: null,
    categories: {},
    services: {},
    marketing: emptyMarketing(),
    deniedBy: {},
    updatedAt: now.toISOString(),
  };
}

/** Whether a stored decision still holds: same revision and not older than the expiry. */
export function decisionIsCurrent(
  record: StoredDecision,
  config: Pick<CoreConfig, 'revision' | 'expiresAfterDays'>,
  now: Date,
): boolean {
  if (!record.decidedAt || record.revision !== config.revision) return false;
  const decided = Date.parse(record.decidedAt);
  if (Number.isNaN(decided)) return false;
  const age = now.getTime() - decided;
  return age < config.expiresAfterDays * 86_400_000;
}

/**
 * The state the API shows for a record. A decision under another revision or past its expiry
 * counts as no decision: every optional category is denied until the visitor decides again.
 */
export function deriveState(
  record: StoredDecision,
  config: StateConfig,
  gpc: boolean,
  now: Date,
): ConsentState {
  const current = decisionIsCurrent(record, config, now);
  const categories: Record<string, boolean> = {};
  for (const category of Object.keys(config.categories)) {
    categories[category] =
      category === NECESSARY ||
      (current
        ? record.categories[category] === true
        : config.categories[category]?.basis === 'objection');
  }
  const services: Record<string, boolean> = {};
  for (const [service, { category }] of Object.entries(config.services)) {
    const own = current ? record.services[service] : undefined;
    services[service] = category === NECESSARY || (own ?? categories[category] === true);
  }
  return {
    subject: record.subject,
    revision: config.revision,
    decidedAt: current ? record.decidedAt : null,
    categories,
    services,
    marketing: structuredCloneMarketing(record.marketing),
    gpc,
    deniedBy: current ? { ...record.deniedBy } : {},
  };
}

/** Whether a state grants a service or a category. Unknown ids are never allowed. */
export function isAllowed(
  state: Pick<ConsentState, 'categories' | 'services'>,
  idOrCategory: string,
): boolean {
  if (idOrCategory in state.services) return state.services[idOrCategory] === true;
  return state.categories[idOrCategory] === true;
}

/**
 * The record a mirror cookie stands for, before storage answers: its decision, with no
 * marketing state (the mirror holds none).
 */
export function recordFromMirror(
  mirror: MirroredDecision,
  config: Pick<CoreConfig, 'revision'>,
  now: Date,
): StoredDecision {
  return {
    ...undecided(mirror.subject, config, now),
    revision: mirror.revision,
    decidedAt: mirror.decidedAt,
    updatedAt: mirror.decidedAt,
    categories: Object.fromEntries(mirror.categories.map((category) => [category, true])),
    services: mirror.services,
  };
}

function structuredCloneMarketing(
  marketing: Record<MarketingChannel, MarketingChannelState>,
): Record<MarketingChannel, MarketingChannelState> {
  const out = emptyMarketing();
  for (const channel of MARKETING_CHANNELS) {
    const item = marketing[channel];
    if (item) out[channel] = { status: item.status, topics: [...item.topics], since: item.since };
  }
  return out;
}

/** Checks that data read back from storage has the shape of a decision. */
export function isStoredDecision(value: unknown): value is StoredDecision {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<StoredDecision>;
  const isBooleanMap = (map: unknown) =>
    typeof map === 'object' &&
    map !== null &&
    Object.values(map as Record<string, unknown>).every((item) => typeof item === 'boolean');
  return (
    record.v === 1 &&
    typeof record.subject === 'string' &&
    record.subject.length > 0 &&
    typeof record.revision === 'string' &&
    (record.decidedAt === null || typeof record.decidedAt === 'string') &&
    isBooleanMap(record.categories) &&
    isBooleanMap(record.services) &&
    typeof record.marketing === 'object' &&
    record.marketing !== null &&
    typeof record.updatedAt === 'string' &&
    typeof record.deniedBy === 'object' &&
    record.deniedBy !== null
  );
}

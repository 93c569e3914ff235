/**
 * The visitor's choices as pure updates of a record: what "Accept all", "Reject all", a
 * one-by-one `set()`, the preferences draft and the marketing forms change. The runtime
 * commits what these return; nothing here stores, sends or announces.
 */
import {
  MARKETING_CHANNELS,
  NECESSARY,
  type CoreConfig,
  type MarketingChannel,
} from '../config.js';
import type {
  DraftChoices,
  MarketingChannelState,
  MarketingStatus,
  StoredDecision,
} from '../state.js';

/** Choices for `set()`: only the ids given change. */
export interface ChoiceUpdate {
  categories?: Record<string, boolean>;
  services?: Record<string, boolean>;
}

/** One channel's change in a marketing decision. */
export interface MarketingChoice {
  channel: MarketingChannel;
  status: Exclude<MarketingStatus, 'unknown'>;
  topics?: string[];
  /**
   * The legal basis when it is not consent: `soft-opt-in` for an existing customer's or
   * supporter's details (UK PECR reg. 22(3) and 22(3A)), who may object at any time.
   */
  basis?: 'soft-opt-in';
}

/** A cookie decision to commit: the record's category and service choices. */
export interface CookieChoices {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  deniedBy: Record<string, 'gpc'>;
}

/** Every category granted, except marketing held by a Global Privacy Control signal. */
export function acceptAllChoices(
  config: Pick<CoreConfig, 'categories' | 'gpc'>,
  gpc: boolean,
): CookieChoices {
  const categories: Record<string, boolean> = {};
  const deniedBy: Record<string, 'gpc'> = {};
  for (const category of Object.keys(config.categories)) {
    const heldByGpc = category === 'marketing' && gpc && config.gpc === 'deny-marketing';
    categories[category] = !heldByGpc;
    if (heldByGpc) deniedBy[category] = 'gpc';
  }
  return { categories, services: {}, deniedBy };
}

/** Every optional category and service denied. */
export function rejectAllChoices(config: Pick<CoreConfig, 'categories'>): CookieChoices {
  const categories = Object.fromEntries(
    Object.keys(config.categories).map((category) => [category, category === NECESSARY]),
  );
  return { categories, services: {}, deniedBy: {} };
}

/**
 * Only the ids given change; the rest keep their value in `running` (the derived state's
 * categories: before a decision, necessary and those open to objection). Setting a category
 * resets the one-by-one choices of its services. Unknown ids are reported and ignored.
 */
export function setChoices(
  config: Pick<CoreConfig, 'categories' | 'services'>,
  record: StoredDecision,
  current: boolean,
  update: ChoiceUpdate,
  running: Record<string, boolean>,
): CookieChoices {
  const categories: Record<string, boolean> = {};
  for (const category of Object.keys(config.categories)) {
    categories[category] = category === NECESSARY || running[category] === true;
  }
  const services: Record<string, boolean> = current ? { ...record.services } : {};
  const deniedBy: Record<string, 'gpc'> = current ? { ...record.deniedBy } : {};
  for (const [category, granted] of Object.entries(update.categories ?? {})) {
    if (!(category in config.categories)) {
      console.error(`[assent] set(): unknown category "${category}" ignored.`);
      continue;
    }
    if (category === NECESSARY || typeof granted !== 'boolean') continue;
    categories[category] = granted;
    delete deniedBy[category];
    for (const [service, { category: owner }] of Object.entries(config.services)) {
      if (owner === category) delete services[service];
    }
  }
  for (const [service, granted] of Object.entries(update.services ?? {})) {
    const own = config.services[service];
    if (!own) {
      console.error(`[assent] set(): unknown service "${service}" ignored.`);
      continue;
    }
    if (typeof granted !== 'boolean' || own.category === NECESSARY) continue;
    if (granted === categories[own.category]) delete services[service];
    else services[service] = granted;
  }
  return { categories, services, deniedBy };
}

/** The draft after an edit; switching a category switches its services with it. */
export function editDraft(
  config: Pick<CoreConfig, 'services'>,
  draft: DraftChoices,
  update: ChoiceUpdate,
): DraftChoices {
  for (const [category, granted] of Object.entries(update.categories ?? {})) {
    if (!(category in draft.categories) || category === NECESSARY) continue;
    draft.categories[category] = granted;
    for (const [service, { category: owner }] of Object.entries(config.services)) {
      if (owner === category) draft.services[service] = granted;
    }
  }
  for (const [service, granted] of Object.entries(update.services ?? {})) {
    const own = config.services[service];
    if (!own || own.category === NECESSARY) continue;
    draft.services[service] = granted;
  }
  return draft;
}

/** A channel's state after a marketing or unsubscribe choice made `at`. */
export function nextChannelState(
  previous: MarketingChannelState,
  choice: MarketingChoice,
  kind: 'marketing' | 'unsubscribe',
  at: string,
): MarketingChannelState {
  const topics = choice.topics ?? [];
  if (kind === 'unsubscribe' && choice.topics && choice.topics.length > 0) {
    // Leaving some topics keeps the channel for the rest.
    const remaining = previous.topics.filter((topic) => !topics.includes(topic));
    return {
      status: remaining.length > 0 ? previous.status : 'denied',
      topics: remaining,
      since: at,
    };
  }
  return { status: choice.status, topics: choice.status === 'denied' ? [] : topics, since: at };
}

/** Marketing state given from elsewhere (the endpoint's answer), merged into `marketing`. */
export function mergeMarketing(
  marketing: StoredDecision['marketing'],
  update: Partial<Record<MarketingChannel, MarketingChannelState>>,
): StoredDecision['marketing'] {
  const next = structuredClone(marketing);
  for (const channel of MARKETING_CHANNELS) {
    const item = update[channel];
    if (item) next[channel] = { status: item.status, topics: [...item.topics], since: item.since };
  }
  return next;
}

/** The contact details an event for `channel` carries (never kept in the browser). */
export function pickContact(
  channel: MarketingChannel,
  contact: { email?: string; phone?: string } | undefined,
): { email?: string; phone?: string } | undefined {
  if (!contact) return undefined;
  if (channel === 'email' && contact.email) return { email: contact.email };
  if (channel === 'sms' && contact.phone) return { phone: contact.phone };
  if (channel === 'post') return { ...contact };
  return undefined;
}

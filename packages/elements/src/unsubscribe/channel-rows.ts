/**
 * What the unsubscribe page lists, as rows: each channel and topic with its status, from a
 * link's answer or from this browser's own state; which of them a click may leave; and the
 * changes that undo leaving them.
 */
import {
  MARKETING_CHANNELS,
  type ConsentState,
  type MarketingChannel,
  type MarketingStatus,
  type PreferenceChange,
  type PreferencesView,
  type ResolvedConfig,
  type Translator,
} from '@assent/core';

export interface TopicRow {
  id: string;
  label: string;
  status: MarketingStatus;
}

export interface ChannelRow {
  channel: MarketingChannel;
  status: MarketingStatus;
  topics: TopicRow[];
  /** Whether this page may change the channel (a link may be limited to one). */
  writable: boolean;
}

/** What one click asks for. */
export type Target =
  | { kind: 'topic'; channel: MarketingChannel; topic: string }
  | { kind: 'channel'; channel: MarketingChannel }
  | { kind: 'everything' };

type Marketing = ResolvedConfig['marketing'] | undefined;
type Scope = PreferencesView['scope'];

const active = (status: MarketingStatus) => status === 'granted' || status === 'pending';

/** A topic's name in the visitor's language, from the config; its id when not configured. */
export function topicLabel(
  marketing: Marketing,
  channel: MarketingChannel,
  id: string,
  t: Translator,
): string {
  const topic = marketing?.[channel]?.topics.find((c) => c.id === id);
  return t.text(topic?.label) ?? id;
}

function configuredTopics(marketing: Marketing, channel: MarketingChannel): string[] {
  return (marketing?.[channel]?.topics ?? []).map((topic) => topic.id);
}

/** The link's contact, from the server's answer. */
export function linkRows(
  view: PreferencesView | undefined,
  marketing: Marketing,
  t: Translator,
): ChannelRow[] {
  if (!view) return [];
  const scope = view.scope?.channel;
  const rows: ChannelRow[] = [];
  for (const channel of MARKETING_CHANNELS) {
    const server = view.channels[channel];
    const writable =
      (view.writable ?? MARKETING_CHANNELS).includes(channel) && (!scope || scope === channel);
    // A link for one channel shows only that channel; otherwise what the contact has.
    if ((scope && scope !== channel) || (!writable && !server?.status)) continue;
    const known = new Map((server?.topics ?? []).map((topic) => [topic.id, topic.status]));
    // Topics only matter for a channel subscribed by topic.
    const ids =
      known.size > 0
        ? [...new Set([...configuredTopics(marketing, channel), ...known.keys()])]
        : [];
    rows.push({
      channel,
      status: server?.status ?? 'unknown',
      writable,
      topics: ids.map((id) => ({
        id,
        label: topicLabel(marketing, channel, id, t),
        status: known.get(id) ?? 'unknown',
      })),
    });
  }
  return rows;
}

/**
 * This browser's own subject, from the manager: the channels named by `channels` (the
 * attribute), else the configured ones, else all three. `left` holds the topics left during
 * this visit (`channel:topic`), shown as unsubscribed.
 */
export function ownRows(
  marketing: ConsentState['marketing'] | undefined,
  channels: string | undefined,
  configured: Marketing,
  left: ReadonlySet<string>,
  t: Translator,
): ChannelRow[] {
  if (!marketing) return [];
  const words = channels?.trim() ? channels.trim().split(/\s+/) : Object.keys(configured ?? {});
  let shown = MARKETING_CHANNELS.filter((channel) => words.includes(channel));
  if (shown.length === 0) shown = [...MARKETING_CHANNELS];
  return shown.map((channel) => {
    const current = marketing[channel];
    const leftHere = [...left].filter((key) => key.startsWith(`${channel}:`));
    const ids =
      current.topics.length > 0 || leftHere.length > 0
        ? [...new Set([...configuredTopics(configured, channel), ...current.topics])]
        : [];
    return {
      channel,
      status: current.status,
      writable: true,
      topics: ids.map((id) => ({
        id,
        label: topicLabel(configured, channel, id, t),
        status: current.topics.includes(id)
          ? current.status
          : left.has(`${channel}:${id}`)
            ? 'denied'
            : 'unknown',
      })),
    };
  });
}

/** Whether the page offers to leave a whole channel (not under a link limited to a topic). */
export function canLeaveChannel(row: ChannelRow, scope: Scope): boolean {
  if (!row.writable || scope?.topic) return false;
  // Post is sent unless the visitor objects: it can be stopped before any choice.
  return active(row.status) || (row.channel === 'post' && row.status === 'unknown');
}

/** Whether the page offers to leave one topic. */
export function canLeaveTopic(row: ChannelRow, topic: TopicRow, scope: Scope): boolean {
  const scoped = scope?.topic;
  return row.writable && active(topic.status) && (!scoped || scoped === topic.id);
}

/** What puts the affected channels back as they were (for a link: granted again). */
export function undoChangesFor(target: Target, affected: ChannelRow[]): PreferenceChange[] {
  return affected.map((row): PreferenceChange => {
    if (target.kind === 'topic') {
      return { channel: row.channel, topics: [target.topic], status: 'granted' };
    }
    const topics = row.topics.filter((topic) => active(topic.status)).map((topic) => topic.id);
    return topics.length > 0
      ? { channel: row.channel, topics, status: 'granted' }
      : { channel: row.channel, status: 'granted' };
  });
}

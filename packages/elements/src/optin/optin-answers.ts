/**
 * The opt-in's rules, over what the visitor ticked and typed: the message of each field not
 * valid yet, the choices a submit records, the contact recorded with them, and the values a
 * page form submits.
 */
import {
  MARKETING_CHANNELS,
  type MarketingChannel,
  type MarketingChoice,
  type ResolvedConfig,
  type TopicConfig,
  type Translator,
} from '@assent/core';
import { isEmailAddress, loadedPhoneNumbers } from './contact-fields.js';

/** A place a message can show: the channels, a channel's topics, or a contact field. */
export type Field = 'channels' | 'email' | 'phone' | `topics-${MarketingChannel}`;

/** What the visitor ticked and typed so far. */
export interface OptinDraft {
  ticked: Set<MarketingChannel>;
  tickedTopics: Map<MarketingChannel, Set<string>>;
  email: string;
  phone: string;
}

/** Nothing ticked, nothing typed: how every opt-in starts. */
export const emptyDraft = (): OptinDraft => ({
  ticked: new Set(),
  tickedTopics: new Map(),
  email: '',
  phone: '',
});

/** The draft with what the form offers: all that the rules read. */
export interface OptinAnswers extends OptinDraft {
  /** The channels shown, in order. */
  offered: MarketingChannel[];
  /** A soft opt-in: the boxes say "I do not want …". */
  soft: boolean;
  /** Inside a page form (no submit of its own). */
  embedded: boolean;
  marketing: ResolvedConfig['marketing'] | undefined;
  /** How mobile numbers written without `+` are read. */
  defaultCountry: string | undefined;
}

/**
 * The channels named by the `channels` attribute, in its order (else the configured ones, else
 * email and SMS), and, when some of its words name no channel, the warning that says so.
 */
export function offeredChannelsOf(
  attribute: string | undefined,
  configured: string[],
): { channels: MarketingChannel[]; warning?: string } {
  const words = attribute?.trim() ? attribute.trim().split(/\s+/) : undefined;
  const valid = (words ?? configured).filter((word): word is MarketingChannel =>
    (MARKETING_CHANNELS as readonly string[]).includes(word),
  );
  const unknown = (words ?? []).filter((word) => !valid.includes(word as MarketingChannel));
  const unique = [...new Set(valid)];
  const channels: MarketingChannel[] = unique.length > 0 ? unique : ['email', 'sms'];
  if (unknown.length === 0) return { channels };
  const ignored = unknown.map((word) => `"${word}"`).join(', ');
  return {
    channels,
    warning: `[assent] <assent-optin channels>: ignored ${ignored} (use email, sms or post).`,
  };
}

/** A channel's configured topics. */
export function topicsOf(
  marketing: ResolvedConfig['marketing'] | undefined,
  channel: MarketingChannel,
): TopicConfig[] {
  return marketing?.[channel]?.topics ?? [];
}

/** The message for each field that is not valid now. */
export function errorsOf(answers: OptinAnswers, t: Translator): Partial<Record<Field, string>> {
  const { offered, soft, ticked } = answers;
  // Under a soft opt-in an unticked box is the channel kept: its contact detail is needed.
  const chosen = offered.filter((channel) => ticked.has(channel) !== (soft && channel !== 'post'));
  const errors: Partial<Record<Field, string>> = {};
  // Standalone, a submit with nothing ticked is a mistake; in a page form, simply no opt-in.
  if (chosen.length === 0 && !answers.embedded && !soft)
    errors.channels = t.t('optin.chooseChannel');
  for (const channel of chosen) {
    if (soft || channel === 'post' || topicsOf(answers.marketing, channel).length === 0) continue;
    if (!answers.tickedTopics.get(channel)?.size)
      errors[`topics-${channel}`] = t.t('optin.chooseTopic');
  }
  const email = answers.email.trim();
  if (offered.includes('email')) {
    if (!email && chosen.includes('email')) errors.email = t.t('optin.requiredEmail');
    else if (email && !isEmailAddress(email)) errors.email = t.t('optin.invalidEmail');
  }
  const phone = answers.phone.trim();
  if (offered.includes('sms')) {
    if (!phone && chosen.includes('sms')) errors.phone = t.t('optin.requiredPhone');
    else if (phone && !normalisedPhone(answers))
      errors.phone = t.t('optin.invalidPhone', {
        example: loadedPhoneNumbers()?.exampleMobile(answers.defaultCountry) ?? '',
      });
  }
  return errors;
}

/** The mobile number in E.164, if it is one. */
function normalisedPhone(answers: OptinAnswers): string | undefined {
  const phone = answers.phone.trim();
  const phoneNumbers = loadedPhoneNumbers();
  // Until the rules have loaded a number counts as not yet valid (they load on connect).
  if (!phone || !phoneNumbers) return undefined;
  return phoneNumbers.toE164Mobile(phone, answers.defaultCountry);
}

/** What a submit records, one choice per channel decided. */
export function choicesOf(answers: OptinAnswers): MarketingChoice[] {
  const { offered, ticked } = answers;
  if (answers.soft) {
    // Every channel is decided: kept on the soft opt-in unless its box says "I do not want".
    return offered
      .map((channel): MarketingChoice => {
        if (channel === 'post')
          return { channel, status: ticked.has(channel) ? 'denied' : 'granted' };
        return ticked.has(channel)
          ? { channel, status: 'denied' }
          : { channel, status: 'granted', basis: 'soft-opt-in' };
      })
      .filter((choice) => choice.channel !== 'post' || choice.status === 'denied');
  }
  return offered
    .filter((channel) => ticked.has(channel))
    .map((channel): MarketingChoice => {
      if (channel === 'post') return { channel, status: 'denied' };
      const topics = topicsOf(answers.marketing, channel).filter((topic) =>
        answers.tickedTopics.get(channel)?.has(topic.id),
      );
      return topics.length > 0
        ? { channel, status: 'granted', topics: topics.map((topic) => topic.id) }
        : { channel, status: 'granted' };
    });
}

/** The valid contact details typed. */
export function contactOf(answers: OptinAnswers): { email?: string; phone?: string } {
  const contact: { email?: string; phone?: string } = {};
  const email = answers.email.trim();
  if (email && isEmailAddress(email)) contact.email = email;
  const phone = normalisedPhone(answers);
  if (phone) contact.phone = phone;
  return contact;
}

/**
 * The values a page form submits under `name`: `name.email` = `granted`,
 * `name.email.topics` (one entry per topic) …, `name.contact.email`, `name.contact.phone`.
 */
export function formValueOf(name: string, answers: OptinAnswers): FormData {
  const data = new FormData();
  for (const choice of choicesOf(answers)) {
    data.append(`${name}.${choice.channel}`, choice.status);
    for (const topic of choice.topics ?? []) data.append(`${name}.${choice.channel}.topics`, topic);
  }
  const contact = contactOf(answers);
  if (contact.email) data.append(`${name}.contact.email`, contact.email);
  if (contact.phone) data.append(`${name}.contact.phone`, contact.phone);
  return data;
}

/**
 * The draft after (un)ticking `channel`: a channel ticked shows its topics unticked (each is
 * the visitor's own choice); one unticked forgets them.
 */
export function tickChannel(draft: OptinDraft, channel: MarketingChannel, checked: boolean) {
  const ticked = new Set(draft.ticked);
  const tickedTopics = new Map(draft.tickedTopics);
  if (checked) {
    ticked.add(channel);
    tickedTopics.set(channel, new Set());
  } else {
    ticked.delete(channel);
    tickedTopics.delete(channel);
  }
  return { ...draft, ticked, tickedTopics };
}

/** The draft after (un)ticking `topic` of `channel`. */
export function tickTopic(
  draft: OptinDraft,
  channel: MarketingChannel,
  topic: string,
  checked: boolean,
): OptinDraft {
  const tickedTopics = new Map(draft.tickedTopics);
  const chosen = new Set(tickedTopics.get(channel));
  if (checked) chosen.add(topic);
  else chosen.delete(topic);
  tickedTopics.set(channel, chosen);
  return { ...draft, tickedTopics };
}

/** Fields in the order they are shown, to focus the first one that needs attention. */
export function fieldOrder(offered: MarketingChannel[]): Field[] {
  const topics = offered.map((channel): Field => `topics-${channel}`);
  return ['channels', ...topics, 'email', 'phone'];
}

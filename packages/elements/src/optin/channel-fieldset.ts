/**
 * One channel of the opt-in: its checkbox (opting in, or under a soft opt-in opting out), how
 * often its messages come, and once it is ticked its topics, each a consent of its own.
 */
import type { MarketingChannel, ResolvedConfig, Translator } from '@assent/core';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { topicsOf } from './optin-answers.js';

/** The id of a channel's checkbox (its label, frequency and topics take it as a prefix). */
export const channelId = (channel: MarketingChannel) => `channel-${channel}`;

/** The id of a topic's checkbox. */
export const topicId = (channel: MarketingChannel, topic: string) => `topic-${channel}-${topic}`;

/** What a channel shows, and what its boxes call. */
export interface ChannelView {
  t: Translator;
  soft: boolean;
  disabled: boolean;
  ticked: ReadonlySet<MarketingChannel>;
  tickedTopics: ReadonlyMap<MarketingChannel, ReadonlySet<string>>;
  marketing: ResolvedConfig['marketing'] | undefined;
  onChannel(channel: MarketingChannel, event: Event): void;
  onTopic(channel: MarketingChannel, topic: string, event: Event): void;
}

function renderTopics(view: ChannelView, channel: MarketingChannel, error: string | undefined) {
  const { t } = view;
  const topics = topicsOf(view.marketing, channel);
  if (view.soft || !view.ticked.has(channel) || topics.length === 0 || channel === 'post')
    return nothing;
  const chosen = view.tickedTopics.get(channel);
  const captionId = `${channelId(channel)}-topics`;
  const errorId = `${captionId}-error`;
  return html`<div
    class="topics"
    part="topics"
    role="group"
    aria-labelledby="${captionId} ${channelId(channel)}-label"
    aria-describedby=${ifDefined(error ? errorId : undefined)}
  >
    <p class="topics-label" part="topics-label" id=${captionId}>${t.t('optin.topics')}</p>
    ${error ? html`<p class="error" part="error" id=${errorId}>${error}</p>` : nothing}
    ${topics.map((topic) => {
      const id = topicId(channel, topic.id);
      const description = t.text(topic.description);
      return html`<div class="choice topic" part="topic">
        <input
          type="checkbox"
          id=${id}
          part="checkbox topic-checkbox"
          .checked=${live(chosen?.has(topic.id) ?? false)}
          ?disabled=${view.disabled}
          aria-invalid=${ifDefined(error ? 'true' : undefined)}
          aria-describedby=${ifDefined(description ? `${id}-description` : undefined)}
          @change=${(event: Event) => view.onTopic(channel, topic.id, event)}
        />
        <label for=${id} id="${id}-label" part="label">${t.text(topic.label) ?? topic.id}</label>
        ${
          description
            ? html`<p class="hint" part="topic-description" id="${id}-description">
                ${description}
              </p>`
            : nothing
        }
      </div>`;
    })}
  </div>`;
}

/**
 * A channel with its frequency and topics from the config; `invalid` while the channels'
 * message shows, `topicsError` the topics' message once shown.
 */
export function renderChannel(
  view: ChannelView,
  channel: MarketingChannel,
  invalid: boolean,
  topicsError: string | undefined,
) {
  const { t } = view;
  const id = channelId(channel);
  // Each label says what its tick does: "Email me…" opts in, "I do not want…" opts out.
  const label =
    view.soft && channel !== 'post'
      ? t.t(`optin.softOptOut.${channel}`)
      : t.t(`optin.channel.${channel}`);
  const frequency = channel === 'post' ? undefined : t.text(view.marketing?.[channel]?.frequency);
  return html`<div class="channel ${channel}" part="channel">
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        part="checkbox channel-checkbox"
        .checked=${live(view.ticked.has(channel))}
        ?disabled=${view.disabled}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        aria-describedby=${ifDefined(
          [invalid ? 'channels-error' : '', frequency ? `${id}-frequency` : '']
            .filter(Boolean)
            .join(' ') || undefined,
        )}
        @change=${(event: Event) => view.onChannel(channel, event)}
      />
      <label for=${id} id="${id}-label" part="label">${label}</label>
    </div>
    ${
      frequency
        ? html`<p class="hint" part="frequency" id="${id}-frequency">${frequency}</p>`
        : nothing
    }
    ${renderTopics(view, channel, topicsError)}
  </div>`;
}

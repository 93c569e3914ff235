/**
 * The unsubscribe page once it can be used: whose preferences these are, the confirmation of
 * the last change with its undo, "Unsubscribe from everything", and every channel with its
 * status, its topics and the buttons that leave them.
 */
import type { PreferencesView, Translator } from '@assent/core';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { canLeaveChannel, canLeaveTopic, type ChannelRow, type Target } from './channel-rows.js';

/** The confirmation after a change, with the way back. */
export interface Notice {
  text: string;
  undo?: () => Promise<void>;
}

/** What the page shows, and what its buttons call. */
export interface ChannelListView {
  t: Translator;
  rows: ChannelRow[];
  /** The link's limits (one channel, or one topic of it), if any. */
  scope: PreferencesView['scope'];
  /** The masked address of a link's contact. */
  address: string | undefined;
  notice: Notice | undefined;
  /** Why the last change failed, if it did. */
  failure: string;
  /** Whether a change is being sent. */
  busy: boolean;
  unsubscribe(target: Target, label: string): void;
  onUndo(event: MouseEvent): void;
}

/** A channel's status in words; post says it is sent unless the visitor objects. */
function statusText(row: ChannelRow, t: Translator) {
  if (row.channel === 'post' && row.status === 'unknown') {
    return t.t('unsubscribe.status.postDefault');
  }
  return t.t(`unsubscribe.status.${row.status}`);
}

function renderButton(view: ChannelListView, target: Target, label: string, part: string) {
  return html`<button
    type="button"
    class="button secondary"
    part="button ${part}"
    aria-disabled=${ifDefined(view.busy ? 'true' : undefined)}
    @click=${() => view.unsubscribe(target, label)}
  >
    ${label}
  </button>`;
}

function renderChannel(view: ChannelListView, row: ChannelRow) {
  const { t, scope } = view;
  const name = t.t(`unsubscribe.channel.${row.channel}`);
  const id = `channel-${row.channel}`;
  return html`<li class="channel" part="channel" aria-labelledby=${id}>
    <div class="row">
      <h3 class="channel-title" part="channel-title" id=${id}>${name}</h3>
      <span class="status ${row.status}" part="status">${statusText(row, t)}</span>
    </div>
    ${
      row.topics.length > 0
        ? html`<ul class="topics" part="topics">
            ${row.topics.map(
              (topic) =>
                html`<li class="topic" part="topic">
                  <span class="topic-label" part="topic-label">${topic.label}</span>
                  <span class="status ${topic.status}" part="status"
                    >${t.t(`unsubscribe.status.${topic.status}`)}</span
                  >
                  ${
                    canLeaveTopic(row, topic, scope)
                      ? renderButton(
                          view,
                          { kind: 'topic', channel: row.channel, topic: topic.id },
                          t.t('unsubscribe.topic', { topic: topic.label }),
                          'topic-button',
                        )
                      : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      canLeaveChannel(row, scope)
        ? renderButton(
            view,
            { kind: 'channel', channel: row.channel },
            t.t(`unsubscribe.channelAll.${row.channel}`),
            'channel-button',
          )
        : nothing
    }
  </li>`;
}

function renderNotice({ t, notice, busy, onUndo }: ChannelListView) {
  if (!notice) return nothing;
  return html`<div class="notice" part="notice" id="notice" tabindex="-1">
    <p>${notice.text}</p>
    ${
      notice.undo
        ? html`<button
            type="button"
            class="button secondary"
            part="button undo-button"
            aria-disabled=${ifDefined(busy ? 'true' : undefined)}
            @click=${onUndo}
          >
            ${t.t('unsubscribe.undo')}
          </button>`
        : nothing
    }
  </div>`;
}

/** The page's body once the preferences are known (always, without a link). */
export function renderChannelList(view: ChannelListView) {
  const { t, rows, scope, address } = view;
  const everything =
    !scope?.channel &&
    !scope?.topic &&
    rows.filter((row) => canLeaveChannel(row, scope)).length > 0;
  const anything = rows.some(
    (row) =>
      canLeaveChannel(row, scope) || row.topics.some((topic) => canLeaveTopic(row, topic, scope)),
  );
  return html`
    ${
      address
        ? html`<p class="contact" part="contact">
            ${t.t('unsubscribe.for', { contact: address })}
          </p>`
        : nothing
    }
    <p class="text" part="text">${t.t('unsubscribe.text')}</p>
    ${renderNotice(view)}
    ${view.failure ? html`<p class="problem" part="problem" role="alert">${view.failure}</p>` : nothing}
    ${
      everything
        ? html`<p class="everything">
            ${renderButton(
              view,
              { kind: 'everything' },
              t.t('unsubscribe.everything'),
              'everything-button',
            )}
          </p>`
        : nothing
    }
    ${
      !anything && !view.notice
        ? html`<p class="nothing" part="nothing">${t.t('unsubscribe.nothing')}</p>`
        : nothing
    }
    <ul class="channels" part="channels">
      ${rows.map((row) => renderChannel(view, row))}
    </ul>
  `;
}

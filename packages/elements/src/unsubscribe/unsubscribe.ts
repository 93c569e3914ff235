import {
  MARKETING_CHANNELS,
  PreferencesError,
  fetchPreferences,
  isSafeUrl,
  preferencesApiBase,
  updatePreferences,
  type MarketingChannel,
  type MarketingChoice,
  type MarketingStatus,
  type PreferenceChange,
  type PreferencesView,
  type MessageKey,
  type Translator,
} from '@assent/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isVisitorsAct } from '../base/decide.js';
import { AssentElement } from '../base/assent-element.js';
import { buttons, tokens } from '../styles/tokens.js';
import { AssentUnsubscribeEvent } from './unsubscribe-event.js';
import { unsubscribeStyles } from './unsubscribe.styles.js';

type Phase = 'loading' | 'ready' | 'invalid' | 'expired' | 'error';

interface TopicRow {
  id: string;
  label: string;
  status: MarketingStatus;
}

interface ChannelRow {
  channel: MarketingChannel;
  status: MarketingStatus;
  topics: TopicRow[];
  /** Whether this page may change the channel (a link may be limited to one). */
  writable: boolean;
}

/** What one click asks for. */
type Target =
  | { kind: 'topic'; channel: MarketingChannel; topic: string }
  | { kind: 'channel'; channel: MarketingChannel }
  | { kind: 'everything' };

/** The confirmation after a change, with the way back. */
interface Notice {
  text: string;
  undo?: () => Promise<void>;
}

const active = (status: MarketingStatus) => status === 'granted' || status === 'pending';

/**
 * The unsubscribe page: every channel and topic with its status, and one-click unsubscribes
 * from one topic, one channel or everything, each confirmed with an undo.
 *
 * **From a link.** With a `token` (the attribute, else `?token=` in the page address) it reads
 * `GET <api>/v1/preferences?token=…` and changes `POST <api>/v1/preferences`, authorised by
 * the signed link (see `@assent/core`'s `fetchPreferences`). Opening the page changes nothing:
 * mail scanners follow links. An invalid or tampered link and an expired one each get a clear
 * message and the way to ask for a new link (the `request-link` slot, by default the privacy
 * notice). A link limited to one channel or topic only offers that.
 *
 * **Without a token** it shows and changes this browser's own marketing state through the
 * consent manager: unsubscribing records an `unsubscribe` event, undo records a `marketing`
 * event restoring what was there.
 *
 * Post is sent on an opt-out basis: until the visitor objects it shows "Sent unless you
 * object" and can be stopped like any channel. Undo gives consent back, so a scripted
 * `click()` on it is ignored with a warning.
 *
 * @tagname assent-unsubscribe
 * @summary Unsubscribe control: per topic, per channel or everything, with undo.
 *
 * @slot request-link - How to ask for a new link, shown under an invalid or expired link's
 * message (e.g. `<a slot="request-link" href="/contact">Contact us</a>`). Defaults to the privacy
 * notice link.
 *
 * @event {AssentUnsubscribeEvent} assent-unsubscribe - A change was accepted. `detail: { changes, undo, token }`.
 *
 * @csspart base - The section around everything.
 * @csspart title - The heading.
 * @csspart contact - Whose preferences these are (the masked address of a link).
 * @csspart text - The introduction.
 * @csspart notice - The confirmation after a change, with its undo button.
 * @csspart undo-button - "Undo".
 * @csspart everything-button - "Unsubscribe from everything".
 * @csspart channels - The list of channels.
 * @csspart channel - One channel with its status, topics and button.
 * @csspart channel-title - A channel's name.
 * @csspart status - A channel's or a topic's status.
 * @csspart topics - A channel's list of topics.
 * @csspart topic - One topic with its status and button.
 * @csspart topic-label - A topic's name.
 * @csspart topic-button - "Unsubscribe from {topic}".
 * @csspart channel-button - "Unsubscribe from all emails" (one sentence per channel).
 * @csspart button - Every button.
 * @csspart nothing - The message when there is nothing to unsubscribe from.
 * @csspart loading - The message while the preferences load.
 * @csspart problem - Why a link does not work, or why loading failed.
 * @csspart request-link - How to ask for a new link.
 * @csspart privacy-link - The default way to ask: the privacy notice.
 * @csspart retry-button - "Try again" after a failed load.
 *
 * @cssprop --assent-unsubscribe-background - Background. Defaults to `--assent-color-surface`.
 * @cssprop --assent-unsubscribe-color - Text colour. Defaults to `--assent-color-text`.
 * @cssprop --assent-unsubscribe-padding - Inner padding. Defaults to `--assent-space`.
 * @cssprop --assent-color-accent - System token: buttons and links.
 * @cssprop --assent-radius - System token: corner radius.
 * @cssprop --assent-font - System token: font family.
 */
export class AssentUnsubscribe extends AssentElement {
  static override styles = [tokens, buttons, unsubscribeStyles];

  /** The signed link's token. Defaults to `?token=` in the page address; none: this browser. */
  @property() token?: string;

  /**
   * Where the preferences routes are (`https://consent.example.org`). Defaults to the config's
   * `endpoint` without its `/v1/consents`, else this site.
   */
  @property() api?: string;

  /**
   * Without a token: the channels shown, space-separated. Defaults to the channels of
   * `config.marketing`, else all three.
   */
  @property() channels?: string;

  @state() private phase: Phase = 'loading';
  @state() private view: PreferencesView | undefined;
  @state() private notice: Notice | undefined;
  @state() private busy = false;
  @state() private failure = '';
  /** Topics this browser left during this visit, shown as unsubscribed (no token only). */
  @state() private left = new Set<string>();

  private tokenFromAddress: string | undefined;
  private loadedFor: string | undefined;
  private loading: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const fromAddress = new URLSearchParams(globalThis.location?.search ?? '').get('token');
    this.tokenFromAddress = fromAddress?.trim() || undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    this.loading = undefined;
    this.loadedFor = undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    // A link's preferences load after the first render: wait for them and their render too.
    await this.pendingLoad;
    return super.getUpdateComplete();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const token = this.activeToken;
    if (!token || !this.consent.manager) return;
    const key = `${this.apiBase}|${token}`;
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      this.pendingLoad = this.load();
    }
  }

  /** The token in use: the attribute, else the page address's `?token=`. */
  get activeToken(): string | undefined {
    return this.token?.trim() || this.tokenFromAddress;
  }

  /** Where the preferences routes are, after defaults. */
  get apiBase(): string {
    return preferencesApiBase(this.api, this.consent.manager?.config.endpoint);
  }

  /** Loads the link's preferences again (after a failure). */
  async reload(): Promise<void> {
    this.loadedFor = undefined;
    this.requestUpdate();
    await this.updateComplete;
  }

  private pendingLoad: Promise<void> = Promise.resolve();

  private async load(): Promise<void> {
    const token = this.activeToken;
    if (!token) return;
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    this.phase = 'loading';
    this.notice = undefined;
    try {
      const view = await fetchPreferences(this.apiBase, token, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.view = view;
      this.phase = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.phase = this.phaseFor(error);
    }
  }

  private phaseFor(error: unknown): Phase {
    if (!(error instanceof PreferencesError)) {
      console.error('[assent] Could not load the preferences:', error);
      return 'error';
    }
    return error.reason === 'invalid'
      ? 'invalid'
      : error.reason === 'expired'
        ? 'expired'
        : 'error';
  }

  // ---- What is shown ---------------------------------------------------------------------

  private topicLabel(channel: MarketingChannel, id: string, t: Translator): string {
    const topic = this.consent.manager?.config.marketing[channel]?.topics.find((c) => c.id === id);
    return t.text(topic?.label) ?? id;
  }

  private configuredTopics(channel: MarketingChannel): string[] {
    return (this.consent.manager?.config.marketing[channel]?.topics ?? []).map((topic) => topic.id);
  }

  private rows(t: Translator): ChannelRow[] {
    return this.activeToken ? this.linkRows(t) : this.ownRows(t);
  }

  /** The link's contact, from the server's answer. */
  private linkRows(t: Translator): ChannelRow[] {
    const view = this.view;
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
        known.size > 0 ? [...new Set([...this.configuredTopics(channel), ...known.keys()])] : [];
      rows.push({
        channel,
        status: server?.status ?? 'unknown',
        writable,
        topics: ids.map((id) => ({
          id,
          label: this.topicLabel(channel, id, t),
          status: known.get(id) ?? 'unknown',
        })),
      });
    }
    return rows;
  }

  /** This browser's own subject, from the manager. */
  private ownRows(t: Translator): ChannelRow[] {
    const marketing = this.consent.state?.marketing;
    if (!marketing) return [];
    const configured = Object.keys(this.consent.manager?.config.marketing ?? {});
    const words = this.channels?.trim() ? this.channels.trim().split(/\s+/) : configured;
    let channels = MARKETING_CHANNELS.filter((channel) => words.includes(channel));
    if (channels.length === 0) channels = [...MARKETING_CHANNELS];
    return channels.map((channel) => {
      const current = marketing[channel];
      const left = [...this.left].filter((key) => key.startsWith(`${channel}:`));
      const ids =
        current.topics.length > 0 || left.length > 0
          ? [...new Set([...this.configuredTopics(channel), ...current.topics])]
          : [];
      return {
        channel,
        status: current.status,
        writable: true,
        topics: ids.map((id) => ({
          id,
          label: this.topicLabel(channel, id, t),
          status: current.topics.includes(id)
            ? current.status
            : this.left.has(`${channel}:${id}`)
              ? 'denied'
              : 'unknown',
        })),
      };
    });
  }

  private canLeaveChannel(row: ChannelRow): boolean {
    if (!row.writable || this.view?.scope?.topic) return false;
    // Post is sent unless the visitor objects: it can be stopped before any choice.
    return active(row.status) || (row.channel === 'post' && row.status === 'unknown');
  }

  private canLeaveTopic(row: ChannelRow, topic: TopicRow): boolean {
    const scoped = this.view?.scope?.topic;
    return row.writable && active(topic.status) && (!scoped || scoped === topic.id);
  }

  private statusText(row: { channel: MarketingChannel; status: MarketingStatus }, t: Translator) {
    if (row.channel === 'post' && row.status === 'unknown') {
      return t.t('unsubscribe.status.postDefault');
    }
    return t.t(`unsubscribe.status.${row.status}`);
  }

  // ---- Changing ------------------------------------------------------------------------

  private async unsubscribe(target: Target, label: string): Promise<void> {
    const t = this.consent.translator;
    const manager = this.consent.manager;
    if (!t || !manager || this.busy) return;
    const rows = this.rows(t);
    const affected = rows.filter((row) =>
      target.kind === 'everything' ? this.canLeaveChannel(row) : row.channel === target.channel,
    );
    if (affected.length === 0) return;
    const changes: PreferenceChange[] = affected.map((row) =>
      target.kind === 'topic'
        ? { channel: row.channel, topics: [target.topic], status: 'denied' }
        : { channel: row.channel, status: 'denied' },
    );
    // Whole sentences per channel: a channel's name is never slotted into a sentence.
    const sentence = (everything: MessageKey, channel: 'done' | 'undone') =>
      target.kind === 'everything'
        ? t.t(everything)
        : target.kind === 'channel'
          ? t.t(`unsubscribe.${channel}.${target.channel}`)
          : t.t(`unsubscribe.${channel}Topic`, {
              topic: this.topicLabel(target.channel, target.topic, t),
            });
    const text = sentence('unsubscribe.doneEverything', 'done');
    const wording = [t.t('unsubscribe.title'), t.t('unsubscribe.text'), label].join('\n');
    const undoChanges = this.undoChangesFor(target, affected);
    const before = manager.get().marketing;
    const token = this.activeToken;

    const done = await this.run(async () => {
      if (token) {
        this.view = await updatePreferences(this.apiBase, token, changes, {
          wording,
          locale: t.lang,
        });
      } else {
        if (target.kind === 'topic')
          this.left = new Set([...this.left, `${target.channel}:${target.topic}`]);
        await manager.recordMarketing(changes as MarketingChoice[], {
          kind: 'unsubscribe',
          method: 'unsubscribe',
          wording,
        });
      }
    });
    if (!done) return;
    this.dispatchEvent(new AssentUnsubscribeEvent(changes, false, Boolean(token)));
    const undoText = sentence('unsubscribe.undoneEverything', 'undone');
    this.notice = {
      text,
      undo: async () => {
        const undoWording = [text, t.t('unsubscribe.undo')].join('\n');
        const undone = await this.run(async () => {
          if (token) {
            this.view = await updatePreferences(this.apiBase, token, undoChanges, {
              wording: undoWording,
              locale: t.lang,
            });
          } else {
            if (target.kind === 'topic') {
              const left = new Set(this.left);
              left.delete(`${target.channel}:${target.topic}`);
              this.left = left;
            }
            await manager.recordMarketing(
              affected.map((row): MarketingChoice => {
                const previous = before[row.channel];
                const status = previous.status === 'unknown' ? 'granted' : previous.status;
                return previous.topics.length > 0
                  ? { channel: row.channel, status, topics: previous.topics }
                  : { channel: row.channel, status };
              }),
              { kind: 'marketing', method: 'unsubscribe', wording: undoWording },
            );
          }
        });
        if (!undone) return;
        this.dispatchEvent(new AssentUnsubscribeEvent(undoChanges, true, Boolean(token)));
        this.notice = { text: undoText };
        await this.focusNotice();
      },
    };
    await this.focusNotice();
  }

  /** What puts the affected channels back as they were (for a link: granted again). */
  private undoChangesFor(target: Target, affected: ChannelRow[]): PreferenceChange[] {
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

  /** Runs a change; a link that stopped working switches the page to its message. */
  private async run(change: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.failure = '';
    try {
      await change();
      return true;
    } catch (error) {
      if (error instanceof PreferencesError && error.reason !== 'network') {
        this.phase = this.phaseFor(error);
      } else {
        console.error('[assent] Could not change the preferences:', error);
        this.failure = this.consent.translator?.t('optin.error') ?? '';
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  private async focusNotice(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
  }

  // ---- Handlers ------------------------------------------------------------------------

  private readonly onUndo = (event: MouseEvent): void => {
    // Undoing an unsubscribe subscribes again: only the visitor may.
    if (isVisitorsAct(event, '"Undo"', 'manager.recordMarketing()')) void this.notice?.undo?.();
  };

  private readonly onRetry = (): void => {
    void this.reload();
  };

  // ---- Rendering -----------------------------------------------------------------------

  private renderButton(target: Target, label: string, part: string) {
    return html`<button
      type="button"
      class="button secondary"
      part="button ${part}"
      aria-disabled=${ifDefined(this.busy ? 'true' : undefined)}
      @click=${() => void this.unsubscribe(target, label)}
    >
      ${label}
    </button>`;
  }

  private renderChannel(row: ChannelRow, t: Translator) {
    const name = t.t(`unsubscribe.channel.${row.channel}`);
    const id = `channel-${row.channel}`;
    return html`<li class="channel" part="channel" aria-labelledby=${id}>
      <div class="row">
        <h3 class="channel-title" part="channel-title" id=${id}>${name}</h3>
        <span class="status ${row.status}" part="status">${this.statusText(row, t)}</span>
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
                      this.canLeaveTopic(row, topic)
                        ? this.renderButton(
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
        this.canLeaveChannel(row)
          ? this.renderButton(
              { kind: 'channel', channel: row.channel },
              t.t(`unsubscribe.channelAll.${row.channel}`),
              'channel-button',
            )
          : nothing
      }
    </li>`;
  }

  private renderNotice(t: Translator) {
    const notice = this.notice;
    if (!notice) return nothing;
    return html`<div class="notice" part="notice" id="notice" tabindex="-1">
      <p>${notice.text}</p>
      ${
        notice.undo
          ? html`<button
              type="button"
              class="button secondary"
              part="button undo-button"
              aria-disabled=${ifDefined(this.busy ? 'true' : undefined)}
              @click=${this.onUndo}
            >
              ${t.t('unsubscribe.undo')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderReady(t: Translator) {
    const rows = this.rows(t);
    const contact = this.view?.contact;
    const address = this.activeToken ? (contact?.email ?? contact?.phone) : undefined;
    const everything =
      !this.view?.scope?.channel &&
      !this.view?.scope?.topic &&
      rows.filter((row) => this.canLeaveChannel(row)).length > 0;
    const anything = rows.some(
      (row) =>
        this.canLeaveChannel(row) || row.topics.some((topic) => this.canLeaveTopic(row, topic)),
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
      ${this.renderNotice(t)}
      ${this.failure ? html`<p class="problem" part="problem" role="alert">${this.failure}</p>` : nothing}
      ${
        everything
          ? html`<p class="everything">
              ${this.renderButton(
                { kind: 'everything' },
                t.t('unsubscribe.everything'),
                'everything-button',
              )}
            </p>`
          : nothing
      }
      ${
        !anything && !this.notice
          ? html`<p class="nothing" part="nothing">${t.t('unsubscribe.nothing')}</p>`
          : nothing
      }
      <ul class="channels" part="channels">
        ${rows.map((row) => this.renderChannel(row, t))}
      </ul>
    `;
  }

  private renderProblem(t: Translator) {
    const url = this.consent.manager?.config.privacyPolicyUrl;
    if (this.phase === 'error') {
      return html`<div class="problem" part="problem" role="alert">
          <p>${t.t('unsubscribe.error')}</p>
        </div>
        <button type="button" class="button" part="button retry-button" @click=${this.onRetry}>
          ${t.t('unsubscribe.retry')}
        </button>`;
    }
    return html`<div class="problem" part="problem" role="alert">
        <p>
          ${t.t(this.phase === 'expired' ? 'unsubscribe.expiredToken' : 'unsubscribe.invalidToken')}
        </p>
      </div>
      <p class="request-link" part="request-link">
        ${t.t('unsubscribe.requestLink')}
        <slot name="request-link"
          >${
            url && isSafeUrl(url)
              ? html`<a part="privacy-link" href=${url}>${t.t('links.privacyPolicy')}</a>`
              : nothing
          }</slot
        >
      </p>`;
  }

  override render() {
    const t = this.consent.translator;
    if (!t) return nothing;
    const tokenMode = Boolean(this.activeToken);
    let body;
    if (tokenMode && this.phase === 'loading') {
      body = html`<p class="loading" part="loading" role="status">
        ${t.t('unsubscribe.loading')}
      </p>`;
    } else if (tokenMode && this.phase !== 'ready') {
      body = this.renderProblem(t);
    } else {
      body = this.renderReady(t);
    }
    return html`<section
      class="unsubscribe"
      part="base"
      lang=${t.lang}
      dir=${t.dir}
      aria-labelledby="title"
      aria-busy=${this.busy || (tokenMode && this.phase === 'loading') ? 'true' : 'false'}
    >
      <h2 class="title" part="title" id="title">${t.t('unsubscribe.title')}</h2>
      ${body}
    </section>`;
  }
}

import {
  PreferencesError,
  fetchPreferences,
  preferencesApiBase,
  updatePreferences,
  type MarketingChoice,
  type PreferenceChange,
  type PreferencesView,
  type MessageKey,
  type Translator,
} from '@assent/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isVisitorsAct } from '../base/decide.js';
import { AssentElement } from '../base/assent-element.js';
import { buttons, tokens } from '../styles/tokens.js';
import { renderChannelList, type Notice } from './channel-list.js';
import {
  canLeaveChannel,
  linkRows,
  ownRows,
  topicLabel,
  undoChangesFor,
  type ChannelRow,
  type Target,
} from './channel-rows.js';
import { phaseFor, renderLinkProblem, type LinkPhase } from './link-problem.js';
import { AssentUnsubscribeEvent } from './unsubscribe-event.js';
import { unsubscribeStyles } from './unsubscribe.styles.js';

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

  @state() private phase: LinkPhase = 'loading';
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
      this.phase = phaseFor(error);
    }
  }

  // ---- What is shown ---------------------------------------------------------------------

  private rows(t: Translator): ChannelRow[] {
    const marketing = this.consent.manager?.config.marketing;
    return this.activeToken
      ? linkRows(this.view, marketing, t)
      : ownRows(this.consent.state?.marketing, this.channels, marketing, this.left, t);
  }

  // ---- Changing ------------------------------------------------------------------------

  private async unsubscribe(target: Target, label: string): Promise<void> {
    const t = this.consent.translator;
    const manager = this.consent.manager;
    if (!t || !manager || this.busy) return;
    const rows = this.rows(t);
    const affected = rows.filter((row) =>
      target.kind === 'everything'
        ? canLeaveChannel(row, this.view?.scope)
        : row.channel === target.channel,
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
              topic: topicLabel(manager.config.marketing, target.channel, target.topic, t),
            });
    const text = sentence('unsubscribe.doneEverything', 'done');
    const wording = [t.t('unsubscribe.title'), t.t('unsubscribe.text'), label].join('\n');
    const undoChanges = undoChangesFor(target, affected);
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

  /** Runs a change; a link that stopped working switches the page to its message. */
  private async run(change: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.failure = '';
    try {
      await change();
      return true;
    } catch (error) {
      if (error instanceof PreferencesError && error.reason !== 'network') {
        this.phase = phaseFor(error);
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
      body = renderLinkProblem(
        t,
        this.phase,
        this.consent.manager?.config.privacyPolicyUrl,
        this.onRetry,
      );
    } else {
      const contact = this.view?.contact;
      body = renderChannelList({
        t,
        rows: this.rows(t),
        scope: this.view?.scope,
        address: tokenMode ? (contact?.email ?? contact?.phone) : undefined,
        notice: this.notice,
        failure: this.failure,
        busy: this.busy,
        unsubscribe: (target, label) => void this.unsubscribe(target, label),
        onUndo: this.onUndo,
      });
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

import type { MarketingChannel, CoreConfig } from '../config.js';
import {
  deriveState,
  type ConsentState,
  type DraftChoices,
  type MarketingChannelState,
  type StoredDecision,
} from '../state.js';
import {
  acceptAllChoices,
  editDraft,
  mergeMarketing,
  nextChannelState,
  pickContact,
  rejectAllChoices,
  setChoices,
  type ChoiceUpdate,
  type CookieChoices,
  type MarketingChoice,
} from './choices.js';
import { RuntimeCore } from './core.js';
import type { ConsentEvent, DecisionOptions, SyncFacade } from './types.js';

export type { RuntimeOptions } from './types.js';

/**
 * The one consent runtime, behind both the script tag and the npm path: mirror cookie →
 * record → state, other tabs, the preferences draft, every decision, and the `assent` API.
 * Storage, the sender, identity and the full config check join it later as {@link RuntimeParts}
 * (at once from npm, loaded on demand by the script tag); a decision made before they arrive
 * applies at once and is stored and sent when they do.
 */ export class ConsentRuntime<
  Config extends CoreConfig = CoreConfig,
> extends RuntimeCore<Config> {
  /** This page's marketing events by id, so an endpoint's `pending` answer can name them. */
  private readonly marketingEvents = new Map<string, Pick<ConsentEvent, 'id' | 'at' | 'choices'>>();
  private lazySync: SyncFacade | undefined;

  /**
   * Delivery of decisions to the endpoint (`flush()`, `pending()`, `failed()`,
   * `retryFailed()`, `on('delivered' | 'error', fn)`); each call loads the sender if needed.
   * `undefined` without an endpoint.
   */
  get sync(): SyncFacade | undefined {
    if (!this.config.endpoint) return undefined;
    const sender = () => this.join().then((parts) => parts.sync);
    return (this.lazySync ??= {
      flush: () => sender().then((sync) => sync?.flush()),
      pending: () => sender().then((sync) => sync?.pending() ?? []),
      failed: () => sender().then((sync) => sync?.failed() ?? []),
      retryFailed: (ids) => sender().then((sync) => sync?.retryFailed(ids)),
      on: (type, listener) => {
        let stop: (() => void) | undefined;
        let stopped = false;
        void sender().then(
          (sync) => {
            if (!stopped) stop = sync?.on(type, listener);
          },
          () => undefined,
        );
        return () => {
          stopped = true;
          stop?.();
        };
      },
    });
  }

  // ---- Deciding ------------------------------------------------------------------------

  /** Grants every category (except marketing under a GPC signal, by default). */
  acceptAll(options: DecisionOptions = {}): Promise<ConsentState> {
    return this.decide(acceptAllChoices(this.config, this.gpc), options);
  }

  /** Denies every optional category and service. */
  rejectAll(options: DecisionOptions = {}): Promise<ConsentState> {
    return this.decide(rejectAllChoices(this.config), options);
  }

  /**
   * Changes some choices and commits them: only the ids given change; the rest keep their
   * current value (denied when there is no decision yet). Setting a category resets the
   * one-by-one choices of its services. Unknown ids are reported and ignored.
   */
  set(update: ChoiceUpdate, options: DecisionOptions = {}): Promise<ConsentState> {
    return this.decide(
      setChoices(this.config, this.record, !this.needsDecision(), update, this.derive().categories),
      options,
    );
  }

  /** The choices being edited in the preferences centre (created from the committed state). */
  getDraft(): DraftChoices {
    this.draft ??= {
      categories: { ...this.state.categories },
      services: { ...this.state.services },
    };
    return structuredClone(this.draft);
  }

  /** Edits the draft; switching a category switches its services with it. Commits nothing. */
  updateDraft(update: ChoiceUpdate): DraftChoices {
    this.draft = editDraft(this.config, this.getDraft(), update);
    return structuredClone(this.draft);
  }

  /** Commits the draft ("Save choices"). */
  commitDraft(options: DecisionOptions = {}): Promise<ConsentState> {
    const draft = this.getDraft();
    this.draft = null;
    return this.set(draft, { method: 'preferences', ...options });
  }

  /** Throws the draft away (closing the preferences without saving). */
  discardDraft(): void {
    this.draft = null;
  }

  /**
   * Records a marketing decision: one ledger event per channel carrying the contact, the
   * choices and the exact wording shown. The contact is sent, never kept in the browser.
   */
  recordMarketing(
    choices: MarketingChoice[],
    options: DecisionOptions & {
      contact?: { email?: string; phone?: string };
      kind?: 'marketing' | 'unsubscribe';
    } = {},
  ): Promise<ConsentState> {
    const at = this.now().toISOString();
    const marketing = structuredClone(this.record.marketing);
    const kind = options.kind ?? 'marketing';
    const method = options.method ?? (kind === 'unsubscribe' ? 'unsubscribe' : 'optin');
    const events = choices.map((choice) => {
      marketing[choice.channel] = nextChannelState(marketing[choice.channel], choice, kind, at);
      const contact = pickContact(choice.channel, options.contact);
      const { channel, status, topics, basis } = choice;
      return this.event(kind, method, at, {
        choices: { channel, status, ...(topics ? { topics } : {}), ...(basis ? { basis } : {}) },
        wording: options.wording,
        ...(contact ? { contact } : {}),
      });
    });
    for (const event of events) if (kind === 'marketing') this.marketingEvents.set(event.id, event);
    return this.commit({ ...this.record, marketing, updatedAt: at }, events);
  }

  /**
   * Marks marketing opt-ins as waiting for confirmation (double opt-in): call it with the ids
   * the endpoint listed in its answer's `pending` (or with the events themselves, e.g. from the
   * outbox after a reload). A channel becomes `pending` only while that opt-in is still its
   * latest decision, so a later choice of the visitor is never overwritten. Records no event.
   *
   * @example
   * const answer = await response.json(); // { accepted: 1, duplicates: 0, pending: ['…'] }
   * await assent.markPending(answer.pending ?? []);
   */
  markPending(
    events: Array<string | Pick<ConsentEvent, 'id' | 'at' | 'choices'>>,
  ): Promise<ConsentState> {
    const marketing = structuredClone(this.record.marketing);
    let changed = false;
    for (const item of events) {
      const event = typeof item === 'string' ? this.marketingEvents.get(item) : item;
      const channel = event?.choices.channel as MarketingChannel | undefined;
      const current = channel ? marketing[channel] : undefined;
      if (!event || !current || current.since !== event.at || current.status !== 'granted')
        continue;
      marketing[channel!] = { ...current, status: 'pending' };
      changed = true;
    }
    if (!changed) return Promise.resolve(this.get());
    return this.commit({ ...this.record, marketing, updatedAt: this.now().toISOString() }, []);
  }

  /** Updates marketing state from elsewhere (the endpoint's answer) without recording an event. */
  applyMarketing(
    update: Partial<Record<MarketingChannel, MarketingChannelState>>,
  ): Promise<ConsentState> {
    const marketing = mergeMarketing(this.record.marketing, update);
    return this.commit({ ...this.record, marketing, updatedAt: this.now().toISOString() }, []);
  }

  /**
   * Replaces the whole record, e.g. after `identify` merged a subject's state from the
   * endpoint. Records no event.
   */
  replaceRecord(record: StoredDecision): Promise<ConsentState> {
    return this.commit(record, []);
  }

  /**
   * Links this browser to a known user: pulls that subject's state from the endpoint
   * (`GET /v1/subjects/:id`, or `config.subjectsEndpoint`), keeps the newest decision, and
   * sends later events under `subjectId`. A bad id gets a console error and changes nothing.
   */
  identify(subjectId: string, options: { token?: string } = {}): Promise<ConsentState> {
    return this.join().then(
      (parts) => parts.identify?.(subjectId, options) ?? this.get(),
      () => this.get(),
    );
  }

  // ---- Internals -----------------------------------------------------------------------

  private decide(choices: CookieChoices, options: DecisionOptions): Promise<ConsentState> {
    const at = this.now().toISOString();
    const record: StoredDecision = {
      ...this.record,
      ...choices,
      revision: this.config.revision,
      decidedAt: at,
      updatedAt: at,
    };
    this.draft = null;
    const state = deriveState(record, this.config, this.gpc, this.now());
    // Categories run on another legal basis than consent say so in the event.
    const basis = Object.fromEntries(
      Object.entries(this.config.categories)
        .filter(([, category]) => category.basis === 'objection')
        .map(([id]) => [id, 'objection' as const]),
    );
    const event = this.event('cookies', options.method ?? 'api', at, {
      choices: {
        categories: state.categories,
        services: state.services,
        ...(Object.keys(basis).length > 0 ? { basis } : {}),
      },
      wording: options.wording,
    });
    return this.commit(record, [event]);
  }
}

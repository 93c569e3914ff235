import {
  MARKETING_CHANNELS,
  isSafeUrl,
  type MarketingChannel,
  type MarketingChoice,
  type TopicConfig,
  type Translator,
} from '@assent/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isVisitorsAct } from '../base/decide.js';
import { AssentElement } from '../base/assent-element.js';
import { buttons, tokens } from '../styles/tokens.js';
import { AssentOptinEvent } from './optin-event.js';
import { optinStyles } from './optin.styles.js';

type Field = 'channels' | 'email' | 'phone' | `topics-${MarketingChannel}`;

/** How the boxes work: opt in (`consent`) or opt out of a soft opt-in (`soft-opt-in`). */
export type OptinBasis = 'consent' | 'soft-opt-in';
type Phase = 'form' | 'saving' | 'done' | 'failed';

/**
 * The WHATWG `type="email"` rule, made stricter: the domain needs a dot (`name@localhost` is
 * valid HTML but no one's inbox).
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** Whether an address is one we can write to. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

type PhoneNumbers = typeof import('./phone-numbers.js');
let phoneNumbers: PhoneNumbers | undefined;
let loadingPhoneNumbers: Promise<PhoneNumbers> | undefined;

/**
 * Loads the phone number rules (libphonenumber-js with its mobile metadata). They are most of
 * the opt-in's weight, so they are their own chunk, fetched only by forms that offer SMS.
 */
function loadPhoneNumbers(): Promise<PhoneNumbers> {
  loadingPhoneNumbers ??= import('./phone-numbers.js').then((module) => {
    phoneNumbers = module;
    return module;
  });
  return loadingPhoneNumbers;
}

/**
 * A mobile number in E.164 (`+447911123456`), or `undefined` when it cannot be one. Numbers
 * without a `+` prefix are read as numbers of `country`.
 * @example await normaliseMobile('07911 123456', 'GB'); // '+447911123456'
 */
export async function normaliseMobile(
  value: string,
  country?: string,
): Promise<string | undefined> {
  return (await loadPhoneNumbers()).toE164Mobile(value, country);
}

/** Collapses the whitespace of rendered text, as a reader sees it. */
const visibleText = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A box as recorded: ticked or not, then its label. */
const box = (ticked: boolean, label: string) => `${ticked ? '[x]' : '[ ]'} ${label}`;

/**
 * The marketing opt-in form: one unticked checkbox per channel (email, SMS, and post as an
 * objection on an opt-out basis), each channel's topics beneath it once ticked, an email and a
 * mobile field, a plain statement of what the visitor signs up for, and the privacy notice
 * link. Nothing is recorded until a valid submit; then one `marketing` event per channel is
 * recorded with the contact, the choices and the exact wording shown, and a success state
 * (or "check your inbox" while a double opt-in is pending) replaces the form.
 *
 * Ticking a channel reveals its topics, unticked: each topic is a consent of its own, and a
 * ticked channel with topics needs at least one of them (a message says so). The email field
 * is required while email is ticked, the mobile field while SMS is ticked. Mobile numbers are
 * checked with libphonenumber-js's mobile metadata and recorded in E.164, read as numbers of
 * `config.defaultCountry` when written without `+`.
 *
 * **Inside a site's form.** The element is form-associated. Standalone it renders its own
 * `<form>` and submit button. With the `embedded` attribute, or whenever it sits inside a
 * `<form>` of the page, it renders no form and no button: its values join the page form's
 * submission (see `name`), its validity blocks that form's submission while a ticked channel
 * lacks a valid address, and it records the opt-in when that form is submitted valid.
 * Submitted values, with `name` = `assent-optin`: `assent-optin.email` = `granted`,
 * `assent-optin.email.topics` (one entry per topic), `assent-optin.sms` …,
 * `assent-optin.post` = `denied` (the objection), `assent-optin.contact.email`,
 * `assent-optin.contact.phone` (E.164).
 *
 * A scripted `click()` on the submit button (or on the page form's button) is not a visitor's
 * consent: it is ignored with a console warning. Decide from code with
 * `manager.recordMarketing()` instead.
 *
 * @tagname assent-optin
 * @summary Marketing opt-in form: email, SMS and post, by topic, with validated contact details.
 *
 * @event {AssentOptinEvent} assent-optin - A valid opt-in was recorded. `detail: { choices, wording }`.
 *
 * @csspart base - The section around everything.
 * @csspart title - The heading.
 * @csspart form - The `<form>` (a `<div>` when embedded).
 * @csspart statement - The paragraph saying what the visitor signs up for and how to withdraw.
 * @csspart frequency - How often a channel's messages come (only from `marketing.<channel>.frequency`).
 * @csspart channels - The group of channel checkboxes.
 * @csspart channel - One channel: its checkbox, label and topics.
 * @csspart checkbox - Every checkbox.
 * @csspart channel-checkbox - A channel's checkbox.
 * @csspart label - Every checkbox label.
 * @csspart topics - The topics of a ticked channel.
 * @csspart topics-label - The "Topics" caption.
 * @csspart topic - One topic.
 * @csspart topic-checkbox - A topic's checkbox.
 * @csspart topic-description - A topic's description.
 * @csspart field - The email and the mobile field's wrapper.
 * @csspart email-field - The email field's wrapper.
 * @csspart phone-field - The mobile field's wrapper.
 * @csspart field-label - A field's label.
 * @csspart input - The email and mobile inputs.
 * @csspart error - A message next to a field (or the channels).
 * @csspart privacy-link - The link to the privacy notice (only for a safe URL).
 * @csspart button - The submit button.
 * @csspart submit-button - The submit button.
 * @csspart result - The success or "check your inbox" message that replaces the form.
 * @csspart failure - The message shown when the opt-in could not be recorded.
 *
 * @cssprop --assent-optin-background - Background. Defaults to `--assent-color-surface`.
 * @cssprop --assent-optin-color - Text colour. Defaults to `--assent-color-text`.
 * @cssprop --assent-optin-padding - Inner padding. Defaults to `--assent-space`.
 * @cssprop --assent-optin-border - Border. Defaults to none.
 * @cssprop --assent-color-error - System token: error messages and invalid fields.
 * @cssprop --assent-color-accent - System token: the button, links and ticks.
 * @cssprop --assent-radius - System token: corner radius.
 * @cssprop --assent-font - System token: font family.
 */
export class AssentOptin extends AssentElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...AssentElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = [tokens, buttons, optinStyles];

  private readonly internals: ElementInternals;

  /**
   * Channels offered, space-separated, in this order: `email`, `sms`, `post`. Defaults to the
   * channels of `config.marketing`, else `email sms`. Unknown words are ignored.
   */
  @property() channels?: string;

  /** Render no form and no button: contribute to the page's surrounding `<form>`. */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /** The name the values are submitted under with a page form. */
  @property({ reflect: true }) name = 'assent-optin';

  /**
   * `soft-opt-in` for existing customers' or supporters' details (UK PECR reg. 22(3) and
   * 22(3A)): one unticked "I do not want …" box per channel instead of an opt-in box, a
   * statement saying why the visitor may be contacted, and `basis: "soft-opt-in"` recorded.
   * Anything else is an opt-in on consent.
   */
  @property() basis?: string;

  /** Set by a surrounding disabled `<fieldset>` or form. */
  @state() private disabled = false;
  @state() private ticked = new Set<MarketingChannel>();
  @state() private tickedTopics = new Map<MarketingChannel, Set<string>>();
  @state() private email = '';
  @state() private phone = '';
  /** Fields whose message shows: all after a submit attempt, each after the visitor left it. */
  @state() private shown = new Set<Field>();
  @state() private phase: Phase = 'form';
  @state() private announcement = '';
  /** The channels of the recorded opt-in, to tell "thank you" from "check your inbox". */
  @state() private submitted: MarketingChannel[] = [];

  private parentForm: HTMLFormElement | null = null;
  /** A submit button of the page form that was clicked by script, not by the visitor. */
  private scriptedSubmitter: EventTarget | null = null;
  private warnedChannels = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.onInvalid);
    this.watchParentForm(null);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.phoneReady();
    return super.getUpdateComplete();
  }

  protected override willUpdate(): void {
    // Forms that offer SMS fetch the phone number rules at once, before anyone types.
    if (!phoneNumbers && this.consent.translator && this.offeredChannels.includes('sms')) {
      void this.phoneReady();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Called by the browser when the element joins or leaves a `<form>`. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.watchParentForm(form);
    this.requestUpdate();
  }

  /** Called by the browser when a surrounding fieldset or form is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Called by the browser when the surrounding form is reset: back to nothing ticked. */
  formResetCallback(): void {
    this.reset();
  }

  /** The surrounding `<form>`, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether the element contributes to a page form instead of rendering its own. */
  get isEmbedded(): boolean {
    return this.embedded || this.internals.form !== null;
  }

  /** The basis in use: `soft-opt-in` only when asked for by name. */
  get effectiveBasis(): OptinBasis {
    return this.basis === 'soft-opt-in' ? 'soft-opt-in' : 'consent';
  }

  private get soft(): boolean {
    return this.effectiveBasis === 'soft-opt-in';
  }

  /** The channels shown, in order. */
  get offeredChannels(): MarketingChannel[] {
    const configured = Object.keys(this.consent.manager?.config.marketing ?? {});
    const words = this.channels?.trim() ? this.channels.trim().split(/\s+/) : undefined;
    const valid = (words ?? configured).filter((word): word is MarketingChannel =>
      (MARKETING_CHANNELS as readonly string[]).includes(word),
    );
    const unknown = (words ?? []).filter((word) => !valid.includes(word as MarketingChannel));
    if (unknown.length > 0 && this.warnedChannels !== this.channels) {
      this.warnedChannels = this.channels ?? '';
      console.warn(
        `[assent] <assent-optin channels>: ignored ${unknown.map((w) => `"${w}"`).join(', ')} ` +
          '(use email, sms or post).',
      );
    }
    const unique = [...new Set(valid)];
    return unique.length > 0 ? unique : ['email', 'sms'];
  }

  /** Whether the current choices could be recorded. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the messages next to the fields. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) this.showErrors();
    return valid;
  }

  /** Unticks everything and empties the fields (the form shows again after a success). */
  reset(): void {
    this.ticked = new Set();
    this.tickedTopics = new Map();
    this.email = '';
    this.phone = '';
    this.shown = new Set();
    this.phase = 'form';
    this.announcement = '';
    this.submitted = [];
  }

  // ---- Choices and validity ------------------------------------------------------------

  private topicsOf(channel: MarketingChannel): TopicConfig[] {
    return this.consent.manager?.config.marketing[channel]?.topics ?? [];
  }

  /** The message for each field that is not valid now. */
  private errors(): Partial<Record<Field, string>> {
    const t = this.consent.translator;
    if (!t) return {};
    const offered = this.offeredChannels;
    // Under a soft opt-in an unticked box is the channel kept: its contact detail is needed.
    const chosen = offered.filter(
      (channel) => this.ticked.has(channel) !== (this.soft && channel !== 'post'),
    );
    const errors: Partial<Record<Field, string>> = {};
    // Standalone, a submit with nothing ticked is a mistake; in a page form, simply no opt-in.
    if (chosen.length === 0 && !this.isEmbedded && !this.soft)
      errors.channels = t.t('optin.chooseChannel');
    for (const channel of chosen) {
      if (this.soft || channel === 'post' || this.topicsOf(channel).length === 0) continue;
      if (!this.tickedTopics.get(channel)?.size)
        errors[`topics-${channel}`] = t.t('optin.chooseTopic');
    }
    const email = this.email.trim();
    if (offered.includes('email')) {
      if (!email && chosen.includes('email')) errors.email = t.t('optin.requiredEmail');
      else if (email && !isEmailAddress(email)) errors.email = t.t('optin.invalidEmail');
    }
    const phone = this.phone.trim();
    if (offered.includes('sms')) {
      if (!phone && chosen.includes('sms')) errors.phone = t.t('optin.requiredPhone');
      else if (phone && !this.normalisedPhone)
        errors.phone = t.t('optin.invalidPhone', {
          example: phoneNumbers?.exampleMobile(this.consent.manager?.config.defaultCountry) ?? '',
        });
    }
    return errors;
  }

  private get normalisedPhone(): string | undefined {
    const phone = this.phone.trim();
    // Until the rules have loaded a number counts as not yet valid (they load on connect).
    if (!phone || !phoneNumbers) return undefined;
    return phoneNumbers.toE164Mobile(phone, this.consent.manager?.config.defaultCountry);
  }

  private choices(): MarketingChoice[] {
    if (this.soft) {
      // Every channel is decided: kept on the soft opt-in unless its box says "I do not want".
      return this.offeredChannels
        .map((channel): MarketingChoice => {
          if (channel === 'post')
            return { channel, status: this.ticked.has(channel) ? 'denied' : 'granted' };
          return this.ticked.has(channel)
            ? { channel, status: 'denied' }
            : { channel, status: 'granted', basis: 'soft-opt-in' };
        })
        .filter((choice) => choice.channel !== 'post' || choice.status === 'denied');
    }
    return this.offeredChannels
      .filter((channel) => this.ticked.has(channel))
      .map((channel): MarketingChoice => {
        if (channel === 'post') return { channel, status: 'denied' };
        const topics = this.topicsOf(channel).filter((topic) =>
          this.tickedTopics.get(channel)?.has(topic.id),
        );
        return topics.length > 0
          ? { channel, status: 'granted', topics: topics.map((topic) => topic.id) }
          : { channel, status: 'granted' };
      });
  }

  private contact(): { email?: string; phone?: string } {
    const contact: { email?: string; phone?: string } = {};
    const email = this.email.trim();
    if (email && isEmailAddress(email)) contact.email = email;
    const phone = this.normalisedPhone;
    if (phone) contact.phone = phone;
    return contact;
  }

  /** Mirrors the choices and their validity into the page form (ElementInternals). */
  private syncForm(): void {
    const input = (id: string) => this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    const errors = this.phase === 'done' ? {} : this.errors();
    // The inputs carry the same messages, so their native validity agrees with ours.
    for (const field of ['email', 'phone'] as const) {
      const element = input(field) as HTMLInputElement | null;
      element?.setCustomValidity(errors[field] ?? '');
    }
    const first = this.fieldOrder().find((field) => errors[field]);
    if (first) {
      const anchor = input(this.anchorOf(first));
      this.internals.setValidity({ customError: true }, errors[first], anchor ?? undefined);
    } else {
      this.internals.setValidity({});
    }
    const data = new FormData();
    for (const choice of this.choices()) {
      data.append(`${this.name}.${choice.channel}`, choice.status);
      for (const topic of choice.topics ?? [])
        data.append(`${this.name}.${choice.channel}.topics`, topic);
    }
    const contact = this.contact();
    if (contact.email) data.append(`${this.name}.contact.email`, contact.email);
    if (contact.phone) data.append(`${this.name}.contact.phone`, contact.phone);
    this.internals.setFormValue(data);
  }

  /** Fields in the order they are shown, to focus the first one that needs attention. */
  private fieldOrder(): Field[] {
    const topics = this.offeredChannels.map((channel): Field => `topics-${channel}`);
    return ['channels', ...topics, 'email', 'phone'];
  }

  /** The control a field's message belongs to. */
  private anchorOf(field: Field): string {
    if (field === 'channels') return this.checkboxId(this.offeredChannels[0]!);
    if (field.startsWith('topics-')) {
      const channel = field.slice('topics-'.length) as MarketingChannel;
      return this.topicId(channel, this.topicsOf(channel)[0]!.id);
    }
    return field;
  }

  private showErrors(): void {
    const errors = this.errors();
    const fields = this.fieldOrder().filter((field) => errors[field]);
    this.shown = new Set(fields);
    // Re-announce even when the same messages are shown again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = fields.map((field) => errors[field]).join(' ');
      const first = fields[0];
      if (!first) return;
      this.renderRoot.querySelector<HTMLElement>(`#${this.anchorOf(first)}`)?.focus();
    });
  }

  // ---- Recording -----------------------------------------------------------------------

  /**
   * Everything the visitor saw when deciding, as shown: the statement, every box with its
   * label and whether it was ticked (`[x]` / `[ ]`), each channel's frequency and the topics
   * shown, and the privacy notice's text with its URL.
   */
  private wording(): string {
    const root = this.renderRoot;
    const parts = [
      visibleText(root.querySelector('#title')),
      visibleText(root.querySelector('#statement')),
    ];
    for (const channel of this.offeredChannels) {
      const label = visibleText(root.querySelector(`#${this.checkboxId(channel)}-label`));
      parts.push(box(this.ticked.has(channel), label));
      const frequency = visibleText(root.querySelector(`#${this.checkboxId(channel)}-frequency`));
      if (frequency) parts.push(`  ${frequency}`);
      if (!root.querySelector(`#${this.checkboxId(channel)}-topics`)) continue;
      for (const topic of this.topicsOf(channel)) {
        const id = this.topicId(channel, topic.id);
        const ticked = this.tickedTopics.get(channel)?.has(topic.id) ?? false;
        parts.push(`  ${box(ticked, visibleText(root.querySelector(`#${id}-label`)))}`);
      }
    }
    const privacy = root.querySelector<HTMLAnchorElement>('#privacy');
    if (privacy) parts.push(`${visibleText(privacy)}: ${privacy.href}`);
    return parts.filter(Boolean).join('\n');
  }

  private async record(): Promise<void> {
    const manager = this.consent.manager;
    const choices = this.choices();
    if (!manager || choices.length === 0 || this.phase === 'saving') return;
    const wording = this.wording();
    const contact = this.contact();
    this.phase = 'saving';
    try {
      await manager.recordMarketing(choices, { contact, wording, method: 'optin' });
    } catch (error) {
      console.error('[assent] Could not record the opt-in:', error);
      this.phase = 'failed';
      this.announcement = this.consent.translator?.t('optin.error') ?? '';
      return;
    }
    this.submitted = choices.map((choice) => choice.channel);
    this.phase = 'done';
    this.dispatchEvent(new AssentOptinEvent(choices, wording));
    await this.updateComplete;
    // The form (and the focused button) are gone: the message takes the focus.
    if (!this.isEmbedded) this.renderRoot.querySelector<HTMLElement>('#result')?.focus();
  }

  // ---- Handlers ------------------------------------------------------------------------

  private readonly onChannel = (channel: MarketingChannel, event: Event): void => {
    const checked = (event.target as HTMLInputElement).checked;
    const ticked = new Set(this.ticked);
    const topics = new Map(this.tickedTopics);
    if (checked) {
      // Its topics show unticked: each is the visitor's own choice.
      ticked.add(channel);
      topics.set(channel, new Set());
    } else {
      ticked.delete(channel);
      topics.delete(channel);
    }
    this.ticked = ticked;
    this.tickedTopics = topics;
    this.forgetSuccess();
  };

  private readonly onTopic = (channel: MarketingChannel, topic: string, event: Event): void => {
    const checked = (event.target as HTMLInputElement).checked;
    const topics = new Map(this.tickedTopics);
    const chosen = new Set(topics.get(channel));
    if (checked) chosen.add(topic);
    else chosen.delete(topic);
    topics.set(channel, chosen);
    this.tickedTopics = topics;
  };

  private readonly onInput = (field: 'email' | 'phone', event: Event): void => {
    this[field] = (event.target as HTMLInputElement).value;
  };

  /** Leaving a field with something in it shows its message from then on. */
  private readonly onFieldChange = (field: 'email' | 'phone'): void => {
    if (this[field].trim() && !this.shown.has(field)) this.shown = new Set([...this.shown, field]);
  };

  private readonly onSubmitClick = (event: MouseEvent): void => {
    if (!isVisitorsAct(event, 'the opt-in button', 'manager.recordMarketing()'))
      event.preventDefault();
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!event.isTrusted) return;
    void this.phoneReady().then(() => {
      if (this.reportValidity()) void this.record();
    });
  };

  /** Resolves once the phone number rules are loaded (at once for forms without SMS). */
  private async phoneReady(): Promise<void> {
    if (phoneNumbers || !this.offeredChannels.includes('sms')) return;
    await loadPhoneNumbers();
    this.requestUpdate();
    await super.getUpdateComplete();
  }

  /** The page form's validation found the element invalid: show why, next to the fields. */
  private readonly onInvalid = (): void => {
    this.showErrors();
  };

  private watchParentForm(form: HTMLFormElement | null): void {
    if (form === this.parentForm) return;
    this.parentForm?.removeEventListener('submit', this.onParentSubmit);
    this.parentForm?.removeEventListener('click', this.onParentClick, true);
    this.parentForm = form;
    form?.addEventListener('submit', this.onParentSubmit);
    form?.addEventListener('click', this.onParentClick, true);
  }

  private readonly onParentClick = (event: MouseEvent): void => {
    this.scriptedSubmitter = event.isTrusted ? null : event.target;
  };

  private readonly onParentSubmit = (event: SubmitEvent): void => {
    const scripted =
      !event.isTrusted || (event.submitter !== null && event.submitter === this.scriptedSubmitter);
    this.scriptedSubmitter = null;
    if (this.phase === 'done' || this.disabled) return;
    // A page form with `novalidate` submits even while we are invalid: hold it back.
    if (!this.checkValidity()) {
      event.preventDefault();
      this.showErrors();
      return;
    }
    if (scripted) {
      console.warn(
        '[assent] The form was submitted by script, not by the visitor: the opt-in was not ' +
          'recorded. Record a decision from code with manager.recordMarketing().',
      );
      return;
    }
    void this.record();
  };

  /** Changing the choices after a failure lets the visitor try again. */
  private forgetSuccess(): void {
    if (this.phase === 'failed') this.phase = 'form';
  }

  // ---- Rendering -----------------------------------------------------------------------

  private checkboxId(channel: MarketingChannel): string {
    return `channel-${channel}`;
  }

  private topicId(channel: MarketingChannel, topic: string): string {
    return `topic-${channel}-${topic}`;
  }

  private renderTopics(channel: MarketingChannel, t: Translator, error: string | undefined) {
    const topics = this.topicsOf(channel);
    if (this.soft || !this.ticked.has(channel) || topics.length === 0 || channel === 'post')
      return nothing;
    const chosen = this.tickedTopics.get(channel);
    const captionId = `${this.checkboxId(channel)}-topics`;
    const errorId = `${captionId}-error`;
    return html`<div
      class="topics"
      part="topics"
      role="group"
      aria-labelledby="${captionId} ${this.checkboxId(channel)}-label"
      aria-describedby=${ifDefined(error ? errorId : undefined)}
    >
      <p class="topics-label" part="topics-label" id=${captionId}>${t.t('optin.topics')}</p>
      ${error ? html`<p class="error" part="error" id=${errorId}>${error}</p>` : nothing}
      ${topics.map((topic) => {
        const id = this.topicId(channel, topic.id);
        const description = t.text(topic.description);
        return html`<div class="choice topic" part="topic">
          <input
            type="checkbox"
            id=${id}
            part="checkbox topic-checkbox"
            .checked=${live(chosen?.has(topic.id) ?? false)}
            ?disabled=${this.disabled}
            aria-invalid=${ifDefined(error ? 'true' : undefined)}
            aria-describedby=${ifDefined(description ? `${id}-description` : undefined)}
            @change=${(event: Event) => this.onTopic(channel, topic.id, event)}
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

  private renderChannel(
    channel: MarketingChannel,
    t: Translator,
    invalid: boolean,
    topicsError: string | undefined,
  ) {
    const id = this.checkboxId(channel);
    // Each label says what its tick does: "Email me…" opts in, "I do not want…" opts out.
    const label =
      this.soft && channel !== 'post'
        ? t.t(`optin.softOptOut.${channel}`)
        : t.t(`optin.channel.${channel}`);
    const frequency =
      channel === 'post'
        ? undefined
        : t.text(this.consent.manager?.config.marketing[channel]?.frequency);
    return html`<div class="channel ${channel}" part="channel">
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          part="checkbox channel-checkbox"
          .checked=${live(this.ticked.has(channel))}
          ?disabled=${this.disabled}
          aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
          aria-describedby=${ifDefined(
            [invalid ? 'channels-error' : '', frequency ? `${id}-frequency` : '']
              .filter(Boolean)
              .join(' ') || undefined,
          )}
          @change=${(event: Event) => this.onChannel(channel, event)}
        />
        <label for=${id} id="${id}-label" part="label">${label}</label>
      </div>
      ${
        frequency
          ? html`<p class="hint" part="frequency" id="${id}-frequency">${frequency}</p>`
          : nothing
      }
      ${this.renderTopics(channel, t, topicsError)}
    </div>`;
  }

  private renderField(
    field: 'email' | 'phone',
    t: Translator,
    errors: Partial<Record<Field, string>>,
  ) {
    const message = this.shown.has(field) ? errors[field] : undefined;
    const required = this.ticked.has(field === 'email' ? 'email' : 'sms');
    return html`<div class="field" part="field ${field}-field">
      <label for=${field} part="field-label"
        >${t.t(field === 'email' ? 'optin.emailLabel' : 'optin.phoneLabel')}</label
      >
      ${message ? html`<p class="error" part="error" id="${field}-error">${message}</p>` : nothing}
      <input
        id=${field}
        name=${field}
        part="input"
        type=${field === 'email' ? 'email' : 'tel'}
        autocomplete=${field === 'email' ? 'email' : 'tel'}
        inputmode=${field === 'email' ? 'email' : 'tel'}
        spellcheck="false"
        .value=${live(this[field])}
        ?required=${required}
        ?disabled=${this.disabled}
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby=${ifDefined(message ? `${field}-error` : undefined)}
        @input=${(event: Event) => this.onInput(field, event)}
        @change=${() => this.onFieldChange(field)}
      />
    </div>`;
  }

  private renderFields(t: Translator) {
    const offered = this.offeredChannels;
    const errors = this.errors();
    const channelsError = this.shown.has('channels') ? errors.channels : undefined;
    const url = this.consent.manager?.config.privacyPolicyUrl;
    return html`
      <p class="statement" part="statement" id="statement">
        ${t.t(this.soft ? 'optin.softStatement' : 'optin.statement')}
      </p>
      <div class="channels" part="channels" role="group" aria-labelledby="title">
        ${
          channelsError
            ? html`<p class="error" part="error" id="channels-error">${channelsError}</p>`
            : nothing
        }
        ${offered.map((channel) =>
          this.renderChannel(
            channel,
            t,
            Boolean(channelsError),
            this.shown.has(`topics-${channel}`) ? errors[`topics-${channel}`] : undefined,
          ),
        )}
      </div>
      ${offered.includes('email') ? this.renderField('email', t, errors) : nothing}
      ${offered.includes('sms') ? this.renderField('phone', t, errors) : nothing}
      ${
        url && isSafeUrl(url)
          ? html`<p class="privacy">
              <a id="privacy" part="privacy-link" href=${url}>${t.t('links.privacyPolicy')}</a>
            </p>`
          : nothing
      }
      ${
        this.phase === 'failed'
          ? html`<p class="error" part="failure" role="alert">${t.t('optin.error')}</p>`
          : nothing
      }
    `;
  }

  private renderResult(t: Translator) {
    const state = this.consent.state;
    const pending = this.submitted.some(
      (channel) => state?.marketing[channel]?.status === 'pending',
    );
    return html`<div class="result" part="result" id="result" tabindex="-1" role="status">
      <p>${t.t(pending ? 'optin.pending' : 'optin.success')}</p>
    </div>`;
  }

  override render() {
    const t = this.consent.translator;
    if (!t) return nothing;
    let body;
    if (this.phase === 'done') body = this.renderResult(t);
    else if (this.isEmbedded) {
      body = html`<div class="form" part="form">${this.renderFields(t)}</div>`;
    } else {
      body = html`<form class="form" part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderFields(t)}
        <div class="actions">
          <button
            type="submit"
            class="button"
            part="button submit-button"
            ?disabled=${this.disabled}
            aria-disabled=${ifDefined(this.phase === 'saving' ? 'true' : undefined)}
            @click=${this.onSubmitClick}
          >
            ${t.t('optin.submit')}
          </button>
        </div>
      </form>`;
    }
    return html`<section
      class="optin"
      part="base"
      lang=${t.lang}
      dir=${t.dir}
      aria-labelledby="title"
    >
      <h2 class="title" part="title" id="title">${t.t('optin.title')}</h2>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}

import type { MarketingChannel } from '@assent/core';
import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AssentElement } from '../base/assent-element.js';
import { buttons, tokens } from '../styles/tokens.js';
import { loadPhoneNumbers, loadedPhoneNumbers, type ContactField } from './contact-fields.js';
import { followPageForm, mirrorIntoForm } from './page-form.js';
import {
  choicesOf,
  contactOf,
  emptyDraft,
  errorsOf,
  fieldOrder,
  offeredChannelsOf,
  tickChannel,
  tickTopic,
  type Field,
  type OptinAnswers,
} from './optin-answers.js';
import { AssentOptinEvent } from './optin-event.js';
import { anchorOf, renderOptin } from './optin-form.js';
import { optinStyles } from './optin.styles.js';
import { wordingOf } from './optin-wording.js';

export { isEmailAddress, normaliseMobile } from './contact-fields.js';

/** How the boxes work: opt in (`consent`) or opt out of a soft opt-in (`soft-opt-in`). */
export type OptinBasis = 'consent' | 'soft-opt-in';
type Phase = 'form' | 'saving' | 'done' | 'failed';

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
  private readonly followPageForm = followPageForm({
    records: () => this.phase !== 'done' && !this.disabled,
    checkValidity: () => this.checkValidity(),
    showErrors: () => this.showErrors(),
    record: () => void this.record(),
  });

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
  /** What the visitor ticked and typed. */
  @state() private draft = emptyDraft();
  /** Fields whose message shows: all after a submit attempt, each after the visitor left it. */
  @state() private shown = new Set<Field>();
  @state() private phase: Phase = 'form';
  @state() private announcement = '';
  /** The channels of the recorded opt-in, to tell "thank you" from "check your inbox". */
  @state() private submitted: MarketingChannel[] = [];

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
    this.followPageForm(null);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.phoneReady();
    return super.getUpdateComplete();
  }

  protected override willUpdate(): void {
    // Forms that offer SMS fetch the phone number rules at once, before anyone types.
    if (!loadedPhoneNumbers() && this.consent.translator && this.offeredChannels.includes('sms')) {
      void this.phoneReady();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Mirrors the choices and their validity into the page form (ElementInternals).
    const errors = this.phase === 'done' ? {} : this.errors();
    mirrorIntoForm(this.internals, this.renderRoot, this.name, this.answers, errors);
  }

  /** Called by the browser when the element joins or leaves a `<form>`. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.followPageForm(form);
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
    const { channels, warning } = offeredChannelsOf(this.channels, configured);
    if (warning && this.warnedChannels !== this.channels) {
      this.warnedChannels = this.channels ?? '';
      console.warn(warning);
    }
    return channels;
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
    this.draft = emptyDraft();
    this.shown = new Set();
    this.phase = 'form';
    this.announcement = '';
    this.submitted = [];
  }

  // ---- Choices and validity ------------------------------------------------------------

  /** What the visitor ticked and typed, as the opt-in's rules read it. */
  private get answers(): OptinAnswers {
    const config = this.consent.manager?.config;
    return {
      ...this.draft,
      offered: this.offeredChannels,
      soft: this.soft,
      embedded: this.isEmbedded,
      marketing: config?.marketing,
      defaultCountry: config?.defaultCountry,
    };
  }

  /** The message for each field that is not valid now. */
  private errors(): Partial<Record<Field, string>> {
    const t = this.consent.translator;
    return t ? errorsOf(this.answers, t) : {};
  }

  private showErrors(): void {
    const errors = this.errors();
    const fields = fieldOrder(this.offeredChannels).filter((field) => errors[field]);
    this.shown = new Set(fields);
    // Re-announce even when the same messages are shown again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = fields.map((field) => errors[field]).join(' ');
      const first = fields[0];
      if (!first) return;
      this.renderRoot.querySelector<HTMLElement>(`#${anchorOf(first, this.answers)}`)?.focus();
    });
  }

  // ---- Recording -----------------------------------------------------------------------

  private async record(): Promise<void> {
    const manager = this.consent.manager;
    const answers = this.answers;
    const choices = choicesOf(answers);
    if (!manager || choices.length === 0 || this.phase === 'saving') return;
    const wording = wordingOf(this.renderRoot, answers);
    const contact = contactOf(answers);
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
    this.draft = tickChannel(this.draft, channel, (event.target as HTMLInputElement).checked);
    // Changing the choices after a failure lets the visitor try again.
    if (this.phase === 'failed') this.phase = 'form';
  };

  private readonly onTopic = (channel: MarketingChannel, topic: string, event: Event): void => {
    const checked = (event.target as HTMLInputElement).checked;
    this.draft = tickTopic(this.draft, channel, topic, checked);
  };

  private readonly onInput = (field: ContactField, event: Event): void => {
    this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
  };

  /** Leaving a field with something in it shows its message from then on. */
  private readonly onFieldChange = (field: ContactField): void => {
    if (this.draft[field].trim() && !this.shown.has(field))
      this.shown = new Set([...this.shown, field]);
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
    if (loadedPhoneNumbers() || !this.offeredChannels.includes('sms')) return;
    await loadPhoneNumbers();
    this.requestUpdate();
    await super.getUpdateComplete();
  }

  /** The page form's validation found the element invalid: show why, next to the fields. */
  private readonly onInvalid = (): void => {
    this.showErrors();
  };

  // ---- Rendering -----------------------------------------------------------------------

  override render() {
    const t = this.consent.translator;
    if (!t) return nothing;
    const state = this.consent.state;
    return renderOptin({
      ...this.answers,
      t,
      disabled: this.disabled,
      errors: this.errors(),
      shown: this.shown,
      privacyPolicyUrl: this.consent.manager?.config.privacyPolicyUrl,
      saving: this.phase === 'saving',
      failed: this.phase === 'failed',
      done: this.phase === 'done',
      pending: this.submitted.some((channel) => state?.marketing[channel]?.status === 'pending'),
      announcement: this.announcement,
      onChannel: this.onChannel,
      onTopic: this.onTopic,
      onInput: this.onInput,
      onFieldChange: this.onFieldChange,
      onSubmit: this.onSubmit,
    });
  }
}

import type { ManagerEvents } from '@assent/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { decide } from '../base/decide.js';
import { AssentElement } from '../base/assent-element.js';
import { AssentHideEvent, AssentShowEvent, type HideSource } from '../events.js';
import { buttons, tokens } from '../styles/tokens.js';
import { bannerStyles } from './banner.styles.js';
import { renderMessage, wordingOf } from './banner-message.js';
import { renderConfirmation, type BannerChoice } from './confirmation.js';
import { reserveRoom, scrollClearOf } from './focus-clearance.js';
import { HostPageController, keepTabInside } from './host-page.js';
import {
  isLastInBody,
  layoutOf,
  orderOf,
  positionOf,
  type BannerLayout,
  type BannerPosition,
} from './placement.js';

export type { BannerLayout, BannerPosition } from './placement.js';

/**
 * The first layer of consent: a title, a short text, the privacy notice link and three equal
 * buttons, "Accept all", "Reject all" and "Manage preferences". It overlays the page (no
 * layout shift) and shows itself when the manager says a decision is needed.
 *
 * @tagname assent-banner
 * @summary Cookie banner: accept all, reject all or manage preferences.
 *
 * @event {AssentShowEvent} assent-show - The banner opened. `detail: { view: 'banner' }`.
 * @event {AssentHideEvent} assent-hide - The banner is about to close; cancelable. `detail: { view, source }` with
 * `source` one of `accept`, `reject`, `close` (a decision made elsewhere).
 * @event {AssentDecisionEvent} assent-decision - The visitor decided here. `detail: { action, wording }`.
 *
 * @csspart base - The banner's box (a `<section>`, or a `<dialog>` when modal).
 * @csspart content - The wrapper of the message and the buttons.
 * @csspart message - The title, text and link.
 * @csspart title - The heading.
 * @csspart text - Each paragraph.
 * @csspart purposes - The purposes of the configured optional categories.
 * @csspart objection - What already runs unless the visitor objects (`basis: "objection"`).
 * @csspart controller - Who is responsible for the visitor's data (`controller`).
 * @csspart privacy-link - The link to the privacy notice (only for a safe URL).
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 * @csspart manage-button - "Manage preferences".
 * @csspart spacer - Room kept at the end of the page under a bottom bar.
 * @csspart confirmation - The confirmation message shown after a choice (with `confirmation`).
 * @csspart confirmation-text - Its sentence, e.g. "You've accepted additional cookies…".
 * @csspart hide-button - "Hide this message".
 *
 * @cssprop --assent-banner-background - Background. Defaults to `--assent-color-surface`.
 * @cssprop --assent-banner-color - Text colour. Defaults to `--assent-color-text`.
 * @cssprop --assent-banner-padding - Inner padding. Defaults to `--assent-space`.
 * @cssprop --assent-banner-box-width - Width of the `box` layout. Defaults to `448px`.
 * @cssprop --assent-banner-max-width - Width of the bar's content. Defaults to `1200px`.
 * @cssprop --assent-banner-offset-bottom - Gap kept below a bottom bar or box, e.g. the height of a fixed footer. Defaults to `0px`.
 * @cssprop --assent-banner-offset-top - Gap kept above a top bar or box, e.g. the height of a fixed header. Defaults to `0px`.
 * @cssprop --assent-color-focus - System token: the focus ring's colour.
 * @cssprop --assent-backdrop - Backdrop of the modal banner.
 * @cssprop --assent-color-surface - System token: surfaces.
 * @cssprop --assent-color-text - System token: text.
 * @cssprop --assent-color-accent - System token: buttons and links.
 * @cssprop --assent-color-accent-text - System token: text on the accent colour.
 * @cssprop --assent-radius - System token: corner radius.
 * @cssprop --assent-font - System token: font family.
 * @cssprop --assent-space - System token: spacing unit.
 */
export class AssentBanner extends AssentElement {
  static override styles = [tokens, buttons, bannerStyles];

  constructor() {
    super();
    new HostPageController(this, {
      open: () => this.open,
      clearEdge: () => {
        const auto = (this.safeArea ?? this.consent.manager?.config.banner.safeArea) === 'auto';
        const position = this.effectivePosition;
        if (!auto || this.effectiveLayout === 'inline' || position === 'center') return undefined;
        return position.startsWith('top') ? 'top' : 'bottom';
      },
    });
  }

  /**
   * `bar`, `box` or `inline` (in the page's flow where the element stands, covering nothing);
   * overrides `config.banner.layout`. Unknown values use the config.
   */
  @property() layout?: BannerLayout;

  /** Where it sits: `top`, `bottom` (bar) or `center`, `top-start`… `bottom-end` (box). */
  @property() position?: BannerPosition;

  /** Blocks the page and traps focus until the visitor decides; overrides `config.banner.modal`. */
  @property({ type: Boolean }) modal?: boolean;

  /** After a choice here, say what was chosen with "Hide this message"; overrides `config.banner.confirmation`. */
  @property({ type: Boolean }) confirmation?: boolean;

  /** `auto`: sit clear of fixed host bars along the banner's edge; overrides `config.banner.safeArea`. */
  @property({ attribute: 'safe-area' }) safeArea?: 'auto' | 'none';

  /** Whether the banner shows. Set by itself when a decision is needed. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private reserve = false;

  /** The choice being confirmed, while the confirmation message shows. */
  @state() private confirmed: BannerChoice | undefined;

  @query('.banner') private base?: HTMLElement;

  /** Set while the visitor's own click is being recorded, so the close says why. */
  private deciding: HideSource | undefined;
  private autoShown = false;
  private returnFocusTo: HTMLElement | null = null;
  private focusWasInside = false;
  /** Gives back the room reserved for the banner while it shows. */
  private unreserve: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.rememberFocus);
    document.addEventListener('focusin', this.keepFocusVisible);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.rememberFocus);
    document.removeEventListener('focusin', this.keepFocusVisible);
    this.stopReserving();
  }

  protected override consentChanged(): void {
    this.followDecision();
  }

  protected override showRequested({ view }: ManagerEvents['show']): void {
    if (view === 'banner') this.show();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Read before the buttons leave the DOM and take the focus with them.
    if (changed.has('open') && !this.open) {
      this.focusWasInside = this.matches(':focus-within');
      this.confirmed = undefined;
    }
    const manager = this.consent.manager;
    // Show ourselves once a decision is known to be needed: at once when the mirror cookie
    // holds none (a first visit), else when storage has answered.
    if (
      !this.autoShown &&
      manager &&
      this.consent.translator &&
      (this.consent.ready || manager.needsDecision())
    ) {
      this.autoShown = true;
      // Should storage know a decision the mirror cookie did not, followDecision closes us.
      if (manager.needsDecision()) this.open = true;
    }
    // Only a bottom bar at the end of <body> may add room: anywhere else it would push content.
    this.reserve =
      this.open &&
      !this.isModal &&
      this.effectivePosition.startsWith('bottom') &&
      isLastInBody(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && (this.open || changed.get('open') !== undefined)) {
      if (this.open) this.onOpened();
      else this.onClosed();
    } else if (this.open && (changed.has('layout') || changed.has('position'))) {
      this.startReserving();
    }
    if (this.open && this.isModal && this.base instanceof HTMLDialogElement && !this.base.open) {
      this.base.showModal();
    }
  }

  /** Shows the banner (even after a decision, e.g. from `assent.showBanner()`). */
  show(): void {
    this.confirmed = undefined;
    this.open = true;
  }

  /**
   * Hides the banner without deciding. Returns `false` if an `assent-hide` listener kept it open.
   */
  hide(source: HideSource = 'close'): boolean {
    if (!this.open) return true;
    if (!this.dispatchEvent(new AssentHideEvent('banner', source))) return false;
    this.open = false;
    return true;
  }

  /** The layout in use: the attribute if valid, else the config. */
  get effectiveLayout(): BannerLayout {
    return layoutOf(this.layout, this.consent.manager?.config.banner);
  }

  /** The position in use, fitted to the layout (a bar is at the top or the bottom). */
  get effectivePosition(): BannerPosition {
    return positionOf(this.position, this.effectiveLayout, this.consent.manager?.config.banner);
  }

  private get confirms(): boolean {
    return this.confirmation ?? this.consent.manager?.config.banner.confirmation ?? false;
  }

  private get isModal(): boolean {
    return this.modal ?? this.consent.manager?.config.banner.modal ?? false;
  }

  private onOpened(): void {
    this.dispatchEvent(new AssentShowEvent('banner'));
    this.startReserving();
  }

  private onClosed(): void {
    this.stopReserving();
    if (this.base instanceof HTMLDialogElement && this.base.open) this.base.close();
    // A keyboard user who decided here continues from where they were before the banner.
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (this.focusWasInside && target?.isConnected) target.focus();
    this.focusWasInside = false;
  }

  /** Closes the banner once a decision exists, whoever made it. */
  private followDecision(): void {
    const manager = this.consent.manager;
    if (!this.open || !manager || manager.needsDecision() || this.confirmed) return;
    if (this.deciding && this.confirms) {
      this.confirmed = this.deciding === 'accept' ? 'accepted' : 'rejected';
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#confirmation')?.focus(),
      );
      return;
    }
    if (!this.hide(this.deciding ?? 'close')) return;
  }

  // ---- Keeping the focused element visible (WCAG 2.4.11) -------------------------------

  private startReserving(): void {
    this.stopReserving();
    if (!this.isModal && this.effectiveLayout !== 'inline')
      this.unreserve = reserveRoom(this, this.base, this.effectivePosition);
  }

  private stopReserving(): void {
    this.unreserve?.();
    this.unreserve = undefined;
  }

  private readonly keepFocusVisible = (event: FocusEvent): void => {
    const target = event.target;
    if (!this.open || this.isModal || !this.base || !(target instanceof Element)) return;
    if (this.contains(target) || target === this) return;
    // After the browser's own scroll-into-view, which honours the scroll padding reserved.
    setTimeout(() => {
      if (this.open && this.base)
        scrollClearOf(target, this.base, !this.effectivePosition.startsWith('top'));
    }, 0);
  };

  private readonly rememberFocus = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !this.contains(from) && from !== this) {
      this.returnFocusTo = from;
    }
  };

  // ---- Handlers ------------------------------------------------------------------------

  private async decide(action: 'accept' | 'reject', event: MouseEvent): Promise<void> {
    const manager = this.consent.manager;
    const t = this.consent.translator;
    if (!manager || !t) return;
    const label = t.t(action === 'accept' ? 'actions.acceptAll' : 'actions.rejectAll');
    const decision = decide(this, {
      event,
      label,
      instead: `assent.${action === 'accept' ? 'acceptAll' : 'rejectAll'}()`,
      action,
      wording: wordingOf(this.renderRoot, label),
      commit: (wording) => {
        // Set before the call: the change it fires closes the banner with this as the source.
        this.deciding = action;
        return action === 'accept'
          ? manager.acceptAll({ method: 'banner', wording })
          : manager.rejectAll({ method: 'banner', wording });
      },
    });
    if (!decision) return;
    try {
      await decision;
    } finally {
      this.deciding = undefined;
    }
  }

  private readonly onHideMessage = (): void => {
    this.hide(this.confirmed === 'accepted' ? 'accept' : 'reject');
  };

  private readonly onAccept = (event: MouseEvent) => void this.decide('accept', event);
  private readonly onReject = (event: MouseEvent) => void this.decide('reject', event);

  private readonly onManage = (event: MouseEvent): void => {
    this.consent.manager?.showPreferences(event.currentTarget as HTMLElement);
  };

  private readonly onCancel = (event: Event): void => {
    // Escape never dismisses a modal banner: the visitor has to choose.
    event.preventDefault();
  };

  private readonly onDialogClose = (): void => {
    // Chrome closes a dialog on a second Escape regardless; reopen while a choice is owed.
    if (this.open && this.base instanceof HTMLDialogElement) this.base.showModal();
  };

  private readonly trapFocus = (event: KeyboardEvent): void =>
    keepTabInside(this.renderRoot, event);

  // ---- Rendering -----------------------------------------------------------------------

  private warnedNoPrivacyLink = false;

  private renderContent() {
    const config = this.consent.manager?.config;
    if (!config?.privacyPolicyUrl && !this.warnedNoPrivacyLink) {
      this.warnedNoPrivacyLink = true;
      console.warn(
        '[assent] Config "privacyPolicyUrl" is missing: the banner links to no privacy notice, ' +
          'which visitors need to make an informed choice.',
      );
    }
    return renderMessage(this.consent.translator!, config, orderOf(config?.banner), {
      accept: this.onAccept,
      reject: this.onReject,
      manage: this.onManage,
    });
  }

  override render() {
    const t = this.consent.translator;
    if (!t || !this.open) return nothing;
    const classes = `banner ${this.effectiveLayout} ${this.effectivePosition}`;
    const content = this.confirmed
      ? renderConfirmation(t, this.confirmed, this.onHideMessage)
      : this.renderContent();
    const spacer = this.reserve ? html`<div class="spacer" part="spacer"></div>` : nothing;
    if (this.isModal) {
      return html`<dialog
          class=${classes}
          part="base"
          lang=${t.lang}
          dir=${t.dir}
          aria-labelledby="title"
          aria-describedby="text"
          @cancel=${this.onCancel}
          @close=${this.onDialogClose}
          @keydown=${this.trapFocus}
        >
          ${content}
        </dialog>
        ${spacer}`;
    }
    return html`<section
        class=${classes}
        part="base"
        lang=${t.lang}
        dir=${t.dir}
        aria-label=${t.t('banner.label')}
      >
        ${content}
      </section>
      ${spacer}`;
  }
}

import { NECESSARY, type DraftChoices, type ManagerEvents } from '@assent/core';
import { autoUpdate, computePosition, flip, offset, shift, size } from '../positioning.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { decide } from '../base/decide.js';
import { AssentElement } from '../base/assent-element.js';
import { AssentHideEvent, AssentShowEvent, type HideSource } from '../events.js';
import { buttons, switches, tokens } from '../styles/tokens.js';
import { renderCategories } from './category-list.js';
import { preferencesStyles } from './preferences.styles.js';
import { wordingOf } from './preferences-wording.js';

type Decision = 'accept' | 'reject' | 'save';

/**
 * The preferences centre: a modal `<dialog>` with one switch per category and per service, the
 * cookies each service sets, and "Accept all", "Reject all" and "Save choices". Switches edit a
 * draft; only those three buttons commit it. Escape or "Close" discards the draft, and focus
 * returns to whatever opened the centre.
 *
 * @tagname assent-preferences
 * @summary Cookie preferences centre: a switch per category and service.
 *
 * @event {AssentShowEvent} assent-show - The centre or a details popover opened. `detail: { view }` with `view`
 * `preferences` or `details`.
 * @event {AssentHideEvent} assent-hide - The centre is about to close; cancelable. `detail: { view, source }` with
 * `source` one of `accept`, `reject`, `save`, `escape`, `close`.
 * @event {AssentDecisionEvent} assent-decision - The visitor decided here. `detail: { action, wording }`.
 *
 * @csspart base - The `<dialog>`.
 * @csspart header - The title and the close button.
 * @csspart title - The heading.
 * @csspart close-button - "Close".
 * @csspart body - The scrolling middle.
 * @csspart text - The introduction.
 * @csspart notice - The Global Privacy Control notice.
 * @csspart categories - The list of categories.
 * @csspart category - One category.
 * @csspart category-title - A category's heading.
 * @csspart category-description - A category's description.
 * @csspart category-basis - "On unless you object" under a category open to objection.
 * @csspart always-on - "Always on" beside the necessary category.
 * @csspart switch - Every switch.
 * @csspart category-switch - A category's switch.
 * @csspart service-switch - A service's switch.
 * @csspart services - The list of a category's services.
 * @csspart service - One service.
 * @csspart service-title - A service's name.
 * @csspart service-description - A service's purpose.
 * @csspart details-button - The button that opens a service's details.
 * @csspart details - A service's details popover.
 * @csspart provider - Who provides a service, with a link to their privacy notice.
 * @csspart cookies - The table of cookies in the details.
 * @csspart footer - The row of buttons.
 * @csspart button - Every action button.
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 * @csspart save-button - "Save choices".
 *
 * @cssprop --assent-preferences-background - Background. Defaults to `--assent-color-surface`.
 * @cssprop --assent-preferences-color - Text colour. Defaults to `--assent-color-text`.
 * @cssprop --assent-preferences-width - Width of the dialog. Defaults to `672px`.
 * @cssprop --assent-backdrop - Backdrop behind the dialog.
 * @cssprop --assent-color-surface - System token: surfaces.
 * @cssprop --assent-color-text - System token: text.
 * @cssprop --assent-color-accent - System token: buttons, links and switched-on switches.
 * @cssprop --assent-color-accent-text - System token: text on the accent colour.
 * @cssprop --assent-color-border - System token: borders and switched-off switches.
 * @cssprop --assent-radius - System token: corner radius.
 * @cssprop --assent-font - System token: font family.
 * @cssprop --assent-space - System token: spacing unit.
 */
export class AssentPreferences extends AssentElement {
  static override styles = [tokens, buttons, switches, preferencesStyles];

  /** Whether the centre is open. Use `show()` and `hide()` to change it. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private draft: DraftChoices | undefined;

  /** The service whose details popover is open. */
  @state() private details: string | undefined;

  @query('dialog') private dialog?: HTMLDialogElement;

  private opener: Element | null = null;
  private stopPositioning: (() => void) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPositioning?.();
  }

  protected override consentChanged(): void {
    // The manager keeps the draft until a decision replaces it.
    if (this.open) this.draft = this.consent.manager?.getDraft();
  }

  protected override showRequested({ view, opener }: ManagerEvents['show']): void {
    if (view === 'preferences') this.show(opener);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      dialog.showModal();
      if (changed.has('open')) this.dispatchEvent(new AssentShowEvent('preferences'));
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  /**
   * Opens the centre with a fresh draft of the current choices.
   * @param opener - where focus returns on close; by default the element focused now
   */
  show(opener?: Element | null): void {
    if (this.open) return;
    const manager = this.consent.manager;
    this.opener = opener ?? deepActiveElement();
    this.draft = manager?.getDraft();
    this.open = true;
  }

  /**
   * Closes the centre. Closing without a decision (`escape`, `close`) discards the draft.
   * Returns `false` if an `assent-hide` listener kept it open.
   */
  hide(source: HideSource = 'close'): boolean {
    if (!this.open) return true;
    if (!this.dispatchEvent(new AssentHideEvent('preferences', source))) return false;
    if (source === 'escape' || source === 'close') this.consent.manager?.discardDraft();
    this.open = false;
    this.details = undefined;
    this.dialog?.close();
    void this.returnFocus();
    return true;
  }

  private async returnFocus(): Promise<void> {
    const opener = this.opener;
    this.opener = null;
    // A decision may be about to remove the opener (the banner closes): let its host render first.
    const host =
      opener?.getRootNode() instanceof ShadowRoot
        ? (opener.getRootNode() as ShadowRoot).host
        : null;
    if (host && 'updateComplete' in host)
      await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (opener instanceof HTMLElement && opener.isConnected && opener.checkVisibility()) {
      opener.focus();
      return;
    }
    // The opener left with the banner: the trigger is the next place to change choices.
    const trigger = document.querySelector('assent-trigger');
    if (trigger) {
      await trigger.updateComplete;
      trigger.focus();
    }
  }

  // ---- Handlers ------------------------------------------------------------------------

  private toggleCategory(category: string): void {
    const manager = this.consent.manager;
    if (!manager || !this.draft || category === NECESSARY) return;
    this.draft = manager.updateDraft({
      categories: { [category]: !this.draft.categories[category] },
    });
  }

  private toggleService(service: string): void {
    const manager = this.consent.manager;
    if (!manager || !this.draft) return;
    this.draft = manager.updateDraft({ services: { [service]: !this.draft.services[service] } });
  }

  private async decide(action: Decision, event: MouseEvent): Promise<void> {
    const manager = this.consent.manager;
    const t = this.consent.translator;
    if (!manager || !t) return;
    const label = t.t(
      action === 'accept'
        ? 'actions.acceptAll'
        : action === 'reject'
          ? 'actions.rejectAll'
          : 'actions.save',
    );
    const options = { method: 'preferences' as const };
    const decision = decide(this, {
      event,
      label,
      instead: 'the assent API (acceptAll, rejectAll, set)',
      action,
      wording: wordingOf(
        t,
        manager.config,
        this.draft,
        this.renderRoot.querySelector('[part~="notice"]'),
        label,
      ),
      commit: (wording) =>
        action === 'accept'
          ? manager.acceptAll({ ...options, wording })
          : action === 'reject'
            ? manager.rejectAll({ ...options, wording })
            : manager.commitDraft({ ...options, wording }),
    });
    if (!decision) return;
    this.hide(action);
    await decision;
  }

  private readonly onAccept = (event: MouseEvent) => void this.decide('accept', event);
  private readonly onReject = (event: MouseEvent) => void this.decide('reject', event);
  private readonly onSave = (event: MouseEvent) => void this.decide('save', event);
  private readonly onClose = () => this.hide('close');

  private readonly onCancel = (event: Event): void => {
    // Escape: we close it ourselves so that `assent-hide` can be cancelled.
    event.preventDefault();
    this.hide('escape');
  };

  private readonly onDialogClose = (): void => {
    // Closed by the browser (e.g. a repeated Escape): keep our state in step.
    if (this.open) this.hide('escape');
  };

  private readonly onDetailsToggle = (event: ToggleEvent): void => {
    const popover = event.target as HTMLElement;
    const service = popover.dataset.service!;
    if (event.newState === 'open') {
      this.details = service;
      const button = this.renderRoot.querySelector<HTMLElement>(`#details-button-${service}`)!;
      this.stopPositioning?.();
      this.stopPositioning = autoUpdate(button, popover, () => void this.place(button, popover));
      this.dispatchEvent(new AssentShowEvent('details'));
    } else {
      if (this.details === service) this.details = undefined;
      this.stopPositioning?.();
      this.stopPositioning = undefined;
    }
  };

  /** Places a details popover beside its button, inside the viewport, on either side in RTL. */
  private async place(button: HTMLElement, popover: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(button, popover, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(4),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxBlockSize = `${Math.max(120, availableHeight)}px`;
          },
        }),
      ],
    });
    // CSSOM writes: allowed under a strict style-src CSP.
    popover.style.left = `${x}px`;
    popover.style.top = `${y}px`;
  }

  // ---- Rendering -----------------------------------------------------------------------

  override render() {
    const t = this.consent.translator;
    const manager = this.consent.manager;
    if (!t || !manager) return nothing;
    const showGpcNotice =
      this.consent.state?.gpc === true &&
      manager.config.gpc === 'deny-marketing' &&
      'marketing' in manager.config.categories;
    return html`<dialog
      class="dialog"
      part="base"
      lang=${t.lang}
      dir=${t.dir}
      aria-labelledby="title"
      aria-describedby="text"
      @cancel=${this.onCancel}
      @close=${this.onDialogClose}
    >
      ${
        this.open
          ? html`<div class="header" part="header">
                <h2 class="title" part="title" id="title">${t.t('preferences.title')}</h2>
                <button type="button" class="close" part="close-button" @click=${this.onClose}>
                  ${t.t('actions.close')}
                </button>
              </div>
              <div class="body" part="body">
                <p class="text" part="text" id="text">${t.t('preferences.text')}</p>
                ${
                  showGpcNotice
                    ? html`<p class="notice" part="notice">${t.t('preferences.gpcNotice')}</p>`
                    : nothing
                }
                <ul class="categories" part="categories">
                  ${renderCategories({
                    t,
                    config: manager.config,
                    draft: this.draft,
                    details: this.details,
                    toggleCategory: (category) => this.toggleCategory(category),
                    toggleService: (service) => this.toggleService(service),
                    onDetailsToggle: this.onDetailsToggle,
                  })}
                </ul>
              </div>
              <div class="footer" part="footer">
                <button
                  type="button"
                  class="button"
                  part="button reject-button"
                  @click=${this.onReject}
                >
                  ${t.t('actions.rejectAll')}
                </button>
                <button
                  type="button"
                  class="button"
                  part="button accept-button"
                  @click=${this.onAccept}
                >
                  ${t.t('actions.acceptAll')}
                </button>
                <button
                  type="button"
                  class="button"
                  part="button save-button"
                  @click=${this.onSave}
                >
                  ${t.t('actions.save')}
                </button>
              </div>`
          : nothing
      }
    </dialog>`;
  }
}

/** The focused element, looking inside shadow roots (a trigger's button, a banner's button). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

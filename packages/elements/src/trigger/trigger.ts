import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AssentElement } from '../base/assent-element.js';
import { tokens } from '../styles/tokens.js';

export type TriggerPosition = 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end';
const POSITIONS: readonly string[] = ['bottom-start', 'bottom-end', 'top-start', 'top-end'];

/**
 * A small persistent button that reopens the preferences centre once the visitor has decided,
 * so withdrawing consent is as easy as giving it. A tooltip says what it does. Sites that
 * prefer their own link hide it (`trigger: false` in the config) and mark any element with
 * `data-assent-show="preferences"`.
 *
 * @tagname assent-trigger
 * @summary Persistent button that reopens the cookie preferences.
 *
 * @csspart button - The round button.
 * @csspart icon - The cookie icon inside it.
 * @csspart tooltip - The tooltip shown on hover and focus.
 *
 * @cssprop --assent-trigger-background - Button background. Defaults to `--assent-color-accent`.
 * @cssprop --assent-trigger-color - Icon colour. Defaults to `--assent-color-accent-text`.
 * @cssprop --assent-trigger-size - Button size. Defaults to `48px`.
 * @cssprop --assent-trigger-offset - Distance from the viewport's edges. Defaults to `16px`.
 * @cssprop --assent-color-surface - System token: the tooltip's background.
 * @cssprop --assent-color-text - System token: the tooltip's text.
 */
export class AssentTrigger extends AssentElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...AssentElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    tokens,
    css`
      :host {
        --_bg: var(--assent-trigger-background, var(--_accent));
        --_fg: var(--assent-trigger-color, var(--_accent-text));
        --_size: var(--assent-trigger-size, 48px);
        --_offset: var(--assent-trigger-offset, 16px);
        display: contents;
      }

      .button {
        position: fixed;
        z-index: calc(var(--_z) - 1);
        display: grid;
        place-items: center;
        inline-size: var(--_size);
        block-size: var(--_size);
        padding: 0;
        border: 2px solid var(--_surface);
        border-radius: 50%;
        background: var(--_bg);
        color: var(--_fg);
        box-shadow: var(--_shadow);
        cursor: pointer;
      }
      .bottom-start,
      .bottom-end {
        inset-block-end: var(--_offset);
      }
      .top-start,
      .top-end {
        inset-block-start: var(--_offset);
      }
      .bottom-start,
      .top-start {
        inset-inline-start: var(--_offset);
      }
      .bottom-end,
      .top-end {
        inset-inline-end: var(--_offset);
      }

      .icon {
        inline-size: 60%;
        block-size: 60%;
      }

      .tooltip {
        position: fixed;
        inset: auto;
        margin: 0;
        max-inline-size: min(256px, calc(100vw - 16px));
        padding: 6px 10px;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        font: inherit;
        font-size: 14px;
        box-shadow: var(--_shadow);
        pointer-events: none;
      }

      @media (forced-colors: active) {
        .button {
          border-color: ButtonText;
          background: ButtonFace;
          color: ButtonText;
        }
        .tooltip {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];

  /** The corner: `bottom-start`, `bottom-end`, `top-start` or `top-end`; overrides the config. */
  @property() position?: TriggerPosition;

  @state() private tooltipOpen = false;

  @query('.button') private button?: HTMLButtonElement;
  @query('.tooltip') private tooltip?: HTMLElement;

  private stopPositioning: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeydown);
    this.stopPositioning?.();
  }

  /** The corner in use: the attribute if valid, else the config. */
  get effectivePosition(): TriggerPosition {
    if (this.position && POSITIONS.includes(this.position)) return this.position as TriggerPosition;
    const configured = this.consent.manager?.config.trigger;
    return configured ? configured.position : 'bottom-start';
  }

  /** Shows the tooltip (on hover and focus). */
  async showTooltip(): Promise<void> {
    const { button, tooltip } = this;
    if (!button || !tooltip || this.tooltipOpen) return;
    this.tooltipOpen = true;
    // Positioning code loads on first hover or focus: it is not on the banner's path.
    const { autoUpdate } = await import('../positioning.js');
    if (!this.tooltipOpen) return;
    tooltip.showPopover();
    this.stopPositioning = autoUpdate(button, tooltip, () => void this.place(button, tooltip));
  }

  /** Hides the tooltip. */
  hideTooltip(): void {
    if (!this.tooltipOpen) return;
    this.tooltipOpen = false;
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    if (this.tooltip?.matches(':popover-open')) this.tooltip.hidePopover();
  }

  private async place(button: HTMLElement, tooltip: HTMLElement): Promise<void> {
    const { computePosition, flip, offset, shift } = await import('../positioning.js');
    const top = this.effectivePosition.startsWith('top');
    const { x, y } = await computePosition(button, tooltip, {
      strategy: 'fixed',
      placement: top ? 'bottom-start' : 'top-start',
      middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    tooltip.style.left = `${x}px`;
    tooltip.style.top = `${y}px`;
  }

  private readonly onClick = (): void => {
    this.hideTooltip();
    this.consent.manager?.showPreferences(this.button);
  };

  // WCAG 1.4.13: the tooltip can be dismissed with Escape without moving focus.
  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.hideTooltip();
  };

  private readonly onShowTooltip = () => void this.showTooltip();
  private readonly onHideTooltip = () => this.hideTooltip();

  override render() {
    const t = this.consent.translator;
    const manager = this.consent.manager;
    // Nothing to reopen until the visitor has decided: the banner is the way in until then.
    if (!t || !manager || manager.needsDecision()) return nothing;
    return html`<button
        type="button"
        class="button ${this.effectivePosition}"
        part="button"
        lang=${t.lang}
        dir=${t.dir}
        aria-label=${t.t('trigger.label')}
        aria-describedby="tooltip"
        aria-haspopup="dialog"
        @click=${this.onClick}
        @pointerenter=${this.onShowTooltip}
        @pointerleave=${this.onHideTooltip}
        @focus=${this.onShowTooltip}
        @blur=${this.onHideTooltip}
      >
        <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-1 6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm5.5 1a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm4-3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"
          />
        </svg>
      </button>
      <div
        class="tooltip"
        part="tooltip"
        id="tooltip"
        role="tooltip"
        aria-label=${t.t('trigger.tooltip')}
        popover="manual"
        lang=${t.lang}
        dir=${t.dir}
      >
        ${t.t('trigger.tooltip')}
      </div>`;
  }
}

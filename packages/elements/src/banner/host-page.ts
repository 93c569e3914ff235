import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { edgeObstruction } from './safe-area.js';

interface HostPageOptions {
  /** Whether the banner shows. */
  open: () => boolean;
  /** The edge to keep clear of fixed host bars, or `undefined` when not asked to (or in flow). */
  clearEdge: () => 'top' | 'bottom' | undefined;
}

/**
 * What the banner does to live beside the host page's own furniture:
 * - with `safe-area="auto"` it measures the fixed or sticky host bars along its edge (a fixed
 *   footer, a bottom navigation bar) when it opens and on resize, and sets `--_clear` so the
 *   styles lift it above them;
 * - it keeps its own focus changes from host modals' focus traps (Bootstrap's and others that
 *   listen for `focusin` on the document and pull the focus back into their dialog), so a
 *   keyboard user can still reach the banner while such a modal is open.
 */
export class HostPageController implements ReactiveController {
  private wasOpen = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HostPageOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.keepOutOfHostTraps);
    addEventListener('resize', this.clearHostBars);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.keepOutOfHostTraps);
    removeEventListener('resize', this.clearHostBars);
  }

  hostUpdated(): void {
    const open = this.options.open();
    if (open && !this.wasOpen) this.clearHostBars();
    this.wasOpen = open;
  }

  private readonly clearHostBars = (): void => {
    const edge = this.options.open() ? this.options.clearEdge() : undefined;
    if (!edge) {
      this.host.style.removeProperty('--_clear');
      return;
    }
    // CSSOM writes: allowed under a strict style-src CSP, unlike style attributes.
    this.host.style.setProperty('--_clear', `${edgeObstruction(edge, this.host)}px`);
  };

  private readonly keepOutOfHostTraps = (event: FocusEvent): void => {
    if (this.options.open()) event.stopPropagation();
  };
}

/** Keeps Tab and Shift+Tab cycling inside a modal banner's own links and buttons. */
export function keepTabInside(root: HTMLElement | DocumentFragment, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const focusable = [...root.querySelectorAll<HTMLElement>('a[href], button')];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = root instanceof ShadowRoot ? root.activeElement : null;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first?.focus();
  }
}

import type { ConsentManager, ConsentState, ManagerEvents } from '@assent/core';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ConsentController } from '../controllers/consent-controller.js';

/** Colour scheme of an element: `light`, `dark` or `auto` (follows the system). */
export type AssentTheme = 'auto' | 'light' | 'dark';

/**
 * What every `assent-*` element shares: the consent manager it asks (its own `manager`, or
 * the default one), its colour scheme, the controller that follows the manager's state and
 * loads the strings, and an `updateComplete` that waits for those strings, so a test or a
 * site awaiting it sees the element as the visitor does.
 */
export class AssentElement extends LitElement {
  /** Follows the manager and loads the strings for the page's language. */
  protected readonly consent: ConsentController = new ConsentController(this, {
    onChange: (state) => this.consentChanged(state),
    onShow: (request) => this.showRequested(request),
  });

  /** The consent manager; defaults to the one given to `setDefaultManager`. */
  @property({ attribute: false }) manager?: ConsentManager;

  /** Colour scheme: `light`, `dark` or `auto` (follows the system). */
  @property({ reflect: true }) theme: AssentTheme = 'light';

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.consent.loaded;
    return super.getUpdateComplete();
  }

  /** Called on every change of the consent state, before the element re-renders. */
  protected consentChanged(_state: ConsentState): void {}

  /** Called when the manager asks the UI to show a view (`showBanner`, `showPreferences`). */
  protected showRequested(_request: ManagerEvents['show']): void {}
}

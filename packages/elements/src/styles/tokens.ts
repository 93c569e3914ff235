import { css } from 'lit';

/**
 * The shared design tokens, in three tiers: the site's system tokens (`--assent-color-*`,
 * `--assent-radius`, `--assent-font`, `--assent-space`) feed each component's hooks
 * (`--assent-banner-background`…), which are read through private `--_*` variables.
 * Defaults are baked in, so a site needs no stylesheet of ours. Both themes meet WCAG AA.
 *
 * Every element includes this sheet first and sets `theme="auto|light|dark"` on its host.
 *
 * Sizes are pixels, not rem, so a host's `html { font-size: 62.5% }` cannot shrink the text,
 * and the inherited text properties a host page may set on an ancestor (font style and
 * weight, text-transform, letter- and word-spacing, indent, shadow, white-space…) start afresh
 * on each host.
 */
export const tokens = css`
  :host {
    --_surface: var(--assent-color-surface, #ffffff);
    --_text: var(--assent-color-text, #1b1b1f);
    --_muted: var(--assent-color-muted-text, #4a4a55);
    --_accent: var(--assent-color-accent, #1f4fd1);
    --_accent-text: var(--assent-color-accent-text, #ffffff);
    --_border: var(--assent-color-border, #6e6e7a);
    --_subtle: var(--assent-color-subtle, #f1f2f6);
    --_focus: var(--assent-color-focus, #1f4fd1);
    --_shadow: var(--assent-shadow, 0 8px 32px rgb(0 0 0 / 0.25));
    --_radius: var(--assent-radius, 8px);
    --_font: var(--assent-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_space: var(--assent-space, 16px);
    --_z: var(--assent-z-index, 2147483000);
    color-scheme: light;
    font: 400 16px/1.5 var(--_font);
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-shadow: none;
    text-align: start;
    white-space: normal;
    word-break: normal;
    cursor: auto;
    visibility: visible;
  }

  :host([theme='dark']) {
    --_surface: var(--assent-color-surface, #1c1c21);
    --_text: var(--assent-color-text, #f2f2f5);
    --_muted: var(--assent-color-muted-text, #c4c4cf);
    --_accent: var(--assent-color-accent, #9ab8ff);
    --_accent-text: var(--assent-color-accent-text, #0b1020);
    --_border: var(--assent-color-border, #9a9aa8);
    --_subtle: var(--assent-color-subtle, #2a2a31);
    --_focus: var(--assent-color-focus, #9ab8ff);
    --_shadow: var(--assent-shadow, 0 8px 32px rgb(0 0 0 / 0.6));
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_surface: var(--assent-color-surface, #1c1c21);
      --_text: var(--assent-color-text, #f2f2f5);
      --_muted: var(--assent-color-muted-text, #c4c4cf);
      --_accent: var(--assent-color-accent, #9ab8ff);
      --_accent-text: var(--assent-color-accent-text, #0b1020);
      --_border: var(--assent-color-border, #9a9aa8);
      --_subtle: var(--assent-color-subtle, #2a2a31);
      --_focus: var(--assent-color-focus, #9ab8ff);
      --_shadow: var(--assent-shadow, 0 8px 32px rgb(0 0 0 / 0.6));
      color-scheme: dark;
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * One look for every action button. "Accept all" and "Reject all" (and "Manage preferences")
 * share it exactly: equal prominence is a legal requirement, not a style choice.
 */
export const buttons = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 8px 20px;
    border: 2px solid var(--_button-border, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_button-background, var(--_accent));
    color: var(--_button-text, var(--_accent-text));
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    overflow-wrap: anywhere;
    cursor: pointer;
    transition: filter 0.15s ease;
  }

  .button:hover {
    filter: brightness(1.1);
  }

  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The on/off switch used for categories and services (`role="switch"`, `aria-checked`). */
export const switches = css`
  .switch {
    position: relative;
    flex: none;
    inline-size: 48px;
    block-size: 28px;
    padding: 0;
    border: 2px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
    transition: background-color 0.15s ease;
  }

  .switch::after {
    content: '';
    position: absolute;
    inset-block-start: 3px;
    inset-inline-start: 3px;
    inline-size: 18px;
    block-size: 18px;
    border-radius: 50%;
    background: var(--_border);
    transition: inset-inline-start 0.15s ease;
  }

  .switch[aria-checked='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
  }

  .switch[aria-checked='true']::after {
    inset-inline-start: 23px;
    background: var(--_accent-text);
  }

  .switch:disabled {
    cursor: not-allowed;
    opacity: 0.75;
  }

  @media (forced-colors: active) {
    .switch {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
    }
    .switch::after {
      background: ButtonText;
    }
    .switch[aria-checked='true'] {
      background: Highlight;
      border-color: Highlight;
    }
    .switch[aria-checked='true']::after {
      background: HighlightText;
    }
  }
`;

import { css } from 'lit';

export const bannerStyles = css`
  :host {
    display: block;
    --_bg: var(--assent-banner-background, var(--_surface));
    --_fg: var(--assent-banner-color, var(--_text));
    --_padding: var(--assent-banner-padding, var(--_space));
    --_box-width: var(--assent-banner-box-width, 28rem);
  }

  :host(:not([open])) .banner {
    display: none;
  }

  /* Keeps the last lines of the page reachable above a bottom bar (WCAG 2.4.11). */
  .spacer {
    block-size: var(--_reserve, 0px);
  }

  .banner {
    position: fixed;
    z-index: var(--_z);
    margin: 0;
    padding: var(--_padding);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
    max-block-size: 100dvh;
    max-inline-size: 100vw;
    overflow: auto;
    overscroll-behavior: contain;
    font: inherit;
    text-align: start;
  }

  dialog.banner::backdrop {
    background: var(--assent-backdrop, rgb(0 0 0 / 0.5));
  }

  /* bar: full width at the top or bottom edge */
  .bar {
    inset-inline: 0;
    inline-size: 100%;
    border-inline: 0;
  }
  .bar.bottom {
    inset-block: auto 0;
    border-block-end: 0;
  }
  .bar.top {
    inset-block: 0 auto;
    border-block-start: 0;
  }

  /* box: a card in a corner or the centre */
  .box {
    inline-size: min(var(--_box-width), calc(100% - 2rem));
    border-radius: var(--_radius);
    max-block-size: calc(100dvh - 2rem);
  }
  .box.top-start,
  .box.top-end,
  .box.top {
    inset-block: 1rem auto;
  }
  .box.bottom-start,
  .box.bottom-end,
  .box.bottom {
    inset-block: auto 1rem;
  }
  .box.top-start,
  .box.bottom-start {
    inset-inline: 1rem auto;
  }
  .box.top-end,
  .box.bottom-end {
    inset-inline: auto 1rem;
  }
  .box.top,
  .box.bottom {
    inset-inline: 0;
    margin-inline: auto;
  }
  .box.center {
    inset: 0;
    margin: auto;
    block-size: fit-content;
  }

  .content {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    max-inline-size: var(--assent-banner-max-width, 75rem);
    margin-inline: auto;
  }

  .box .content {
    flex-direction: column;
    align-items: stretch;
  }

  .message {
    flex: 1 1 28rem;
    min-inline-size: 0;
  }

  .title {
    margin: 0 0 0.25em;
    font-size: 1.125rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .text {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .privacy-link {
    display: inline-block;
    margin-block-start: 0.25em;
  }

  /* Equal columns: no button is bigger than another. */
  .actions {
    flex: 1 1 22rem;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0.5rem;
  }

  .box .actions {
    flex: none;
  }

  @media (forced-colors: active) {
    .banner {
      border: 2px solid CanvasText;
    }
  }
`;

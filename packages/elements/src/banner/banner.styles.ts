import { css } from 'lit';

/**
 * The banner's layouts. `--_bottom` / `--_top` keep a bar or box clear of fixed host bars (the
 * site's offset token, or what `safe-area="auto"` measured into `--_clear`). `inline` stands in
 * the page's flow and covers nothing. There is no overscroll containment: a swipe that reaches
 * the banner's end goes on to scroll the page. On phones (narrow or short screens) the first
 * layer is compact: smaller type and padding, the three equal buttons side by side, and at
 * most 45 % of the screen (255 px); a longer text scrolls inside while the buttons stay in view.
 */
export const bannerStyles = css`
  :host {
    display: block;
    --_bg: var(--assent-banner-background, var(--_surface));
    --_fg: var(--assent-banner-color, var(--_text));
    --_padding: var(--assent-banner-padding, var(--_space));
    --_box-width: var(--assent-banner-box-width, 448px);
    --_bottom: max(var(--assent-banner-offset-bottom, 0px), var(--_clear, 0px));
    --_top: max(var(--assent-banner-offset-top, 0px), var(--_clear, 0px));
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
    inset-block: auto var(--_bottom);
    max-block-size: calc(100dvh - var(--_bottom));
    padding-block-end: calc(var(--_padding) + env(safe-area-inset-bottom, 0px));
  }
  .bar.top {
    inset-block: var(--_top) auto;
    max-block-size: calc(100dvh - var(--_top));
    padding-block-start: calc(var(--_padding) + env(safe-area-inset-top, 0px));
  }
  .bar.bottom {
    border-block-end: 0;
  }
  .bar.top {
    border-block-start: 0;
  }

  .inline {
    position: static;
    z-index: auto;
    inline-size: 100%;
    max-block-size: none;
    overflow: visible;
    border-inline: 0;
    border-block-start: 0;
    box-shadow: none;
  }

  /* box: a card in a corner or the centre */
  .box {
    inline-size: min(var(--_box-width), calc(100% - 32px));
    border-radius: var(--_radius);
    max-block-size: calc(100dvh - 32px);
  }
  .box.top-start,
  .box.top-end,
  .box.top {
    inset-block: calc(16px + var(--_top)) auto;
  }
  .box.bottom-start,
  .box.bottom-end,
  .box.bottom {
    inset-block: auto calc(16px + var(--_bottom));
  }
  .box.top-start,
  .box.bottom-start {
    inset-inline: 16px auto;
  }
  .box.top-end,
  .box.bottom-end {
    inset-inline: auto 16px;
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
    max-inline-size: var(--assent-banner-max-width, 1200px);
    margin-inline: auto;
  }

  .box .content {
    flex-direction: column;
    align-items: stretch;
  }

  .message {
    flex: 1 1 448px;
    min-inline-size: 0;
  }

  .title {
    margin: 0 0 0.25em;
    font-size: 18px;
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
    flex: 1 1 352px;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 160px), 1fr));
    gap: 8px;
  }

  .box .actions {
    flex: none;
  }

  .confirmation .message:focus {
    outline: none;
  }
  .confirmation .message:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (max-width: 480px), (max-height: 560px) {
    .banner:not(.inline) {
      --_padding: var(--assent-banner-padding, 12px);
    }
    .banner:not(.inline) .content {
      flex-direction: column;
      flex-wrap: nowrap;
      align-items: stretch;
      gap: 8px;
      max-block-size: calc(min(45dvh, 255px) - 2 * var(--_padding) - 1px);
    }
    .banner:not(.inline) .message {
      flex: 0 1 auto;
      min-block-size: 0;
      overflow-y: auto;
    }
    .banner:not(.inline) .title {
      font-size: 16px;
      margin-block-end: 2px;
    }
    .banner:not(.inline) .text,
    .banner:not(.inline) .privacy-link {
      font-size: 14px;
      line-height: 1.4;
    }
    .banner:not(.inline) .privacy-link {
      margin-block-start: 2px;
    }
    .banner:not(.inline) .actions {
      flex: none;
      grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
      gap: 6px;
    }
    .banner:not(.inline) .button {
      padding: 4px 2px;
      font-size: 14px;
    }
  }

  @media (forced-colors: active) {
    .banner {
      border: 2px solid CanvasText;
    }
  }
`;

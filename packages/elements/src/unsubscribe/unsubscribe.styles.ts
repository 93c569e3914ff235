import { css } from 'lit';

export const unsubscribeStyles = css`
  :host {
    display: block;
    --_bg: var(--assent-unsubscribe-background, var(--_surface));
    --_fg: var(--assent-unsubscribe-color, var(--_text));
    --_padding: var(--assent-unsubscribe-padding, var(--_space));
  }

  .unsubscribe {
    padding: var(--_padding);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    text-align: start;
  }

  .title {
    margin: 0 0 8px;
    font-size: 20px;
    line-height: 1.3;
  }

  p {
    margin: 0 0 12px;
  }

  .contact {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  /* Secondary actions: outlined, so "Undo" and the unsubscribes read as calm, equal choices. */
  .button.secondary {
    --_button-background: transparent;
    --_button-text: var(--_accent);
    min-block-size: 44px;
    padding-block: 6px;
    font-weight: 600;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .channels,
  .topics {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .channels {
    display: grid;
    gap: 16px;
  }

  .channel {
    display: grid;
    gap: 12px;
    padding: 12px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .channel > .button {
    justify-self: start;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
  }

  .channel-title {
    margin: 0;
    font-size: 17px;
  }

  .status {
    color: var(--_muted);
  }

  .status.granted,
  .status.pending {
    color: var(--_text);
    font-weight: 600;
  }

  .topics {
    display: grid;
    gap: 8px;
  }

  .topic {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    padding-inline-start: 12px;
    border-inline-start: 4px solid var(--_subtle);
  }

  .topic-label {
    font-weight: 600;
  }

  .topic .button {
    margin-inline-start: auto;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin-block-end: 16px;
    padding: 12px 16px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }

  .notice p {
    margin: 0;
    flex: 1 1 256px;
  }

  .notice:focus {
    outline: none;
  }

  .notice:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .problem {
    padding: 12px 16px;
    border-inline-start: 4px solid var(--assent-color-error, #b3261e);
    background: var(--_subtle);
    margin-block-end: 12px;
  }

  .problem p {
    margin: 0;
  }

  .request-link ::slotted(a),
  .request-link a {
    margin-inline-start: 4px;
  }
`;

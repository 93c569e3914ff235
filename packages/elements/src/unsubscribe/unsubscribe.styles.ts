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
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  p {
    margin: 0 0 0.75rem;
  }

  .contact {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  /* Secondary actions: outlined, so "Undo" and the unsubscribes read as calm, equal choices. */
  .button.secondary {
    --_button-background: transparent;
    --_button-text: var(--_accent);
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
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
    gap: 1rem;
  }

  .channel {
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem 1rem;
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
    gap: 0.25rem 0.75rem;
  }

  .channel-title {
    margin: 0;
    font-size: 1.0625rem;
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
    gap: 0.5rem;
  }

  .topic {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding-inline-start: 0.75rem;
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
    gap: 0.5rem 1rem;
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }

  .notice p {
    margin: 0;
    flex: 1 1 16rem;
  }

  .notice:focus {
    outline: none;
  }

  .notice:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .problem {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--assent-color-error, #b3261e);
    background: var(--_subtle);
    margin-block-end: 0.75rem;
  }

  .problem p {
    margin: 0;
  }

  .request-link ::slotted(a),
  .request-link a {
    margin-inline-start: 0.25rem;
  }
`;

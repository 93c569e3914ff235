import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { decide, type ElementDecision } from '../../packages/elements/src/base/decide.js';

/** A button whose click goes through `decide()`; returns what happened. */
function decidingButton(wording = 'Cookies\nWe use cookies.\nAccept all') {
  const host = document.createElement('div');
  const button = document.createElement('button');
  button.textContent = 'Accept all';
  button.style.cssText =
    'position: fixed; inset-block-start: 0; inset-inline-start: 0; width: 120px; height: 40px';
  host.append(button);
  document.body.append(host);
  const seen: string[] = [];
  const committed: string[] = [];
  host.addEventListener('assent-decision', (event) => {
    seen.push(`event:${event.detail.action}:${event.detail.wording}`);
  });
  let result: Promise<string> | undefined;
  button.addEventListener('click', (event) => {
    const decision: ElementDecision<string> = {
      event,
      label: 'Accept all',
      instead: 'assent.acceptAll()',
      action: 'accept',
      wording,
      commit: async (shown) => {
        seen.push('commit');
        committed.push(shown);
        return 'done';
      },
    };
    result = decide(host, decision);
  });
  return { host, button, seen, committed, result: () => result };
}

describe('decide(): the one path from a click to a decision', () => {
  afterEach(() => document.body.replaceChildren());

  it('records a visitor’s click with the wording shown, announcing it first', async () => {
    const { seen, committed, result } = decidingButton();
    await sendMouse({ type: 'click', position: [20, 20] });
    expect(await result()).to.equal('done');
    expect(seen).to.deep.equal(['event:accept:Cookies\nWe use cookies.\nAccept all', 'commit']);
    expect(committed).to.deep.equal(['Cookies\nWe use cookies.\nAccept all']);
  });

  it('ignores a scripted click: no event, nothing recorded, one warning naming the way from code', () => {
    const { button, seen, result } = decidingButton();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      button.click();
    } finally {
      console.warn = warn;
    }
    expect(result()).to.be.undefined;
    expect(seen).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('scripted click on "Accept all"');
    expect(warnings[0]).to.contain('assent.acceptAll()');
  });
});

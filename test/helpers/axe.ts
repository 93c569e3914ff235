import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from '@open-wc/testing';
// axe-core ships as a UMD script: loaded for its side effect, it sets window.axe.
import 'axe-core';

const axe = (
  window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }
).axe;

/** Runs axe over an element (its shadow root included) and fails listing every violation. */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const results = await axe.run(context as Element, { resultTypes: ['violations'] });
  const report = results.violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .map((node) => `  ${node.target.join(' ')}: ${node.failureSummary}`)
          .join('\n'),
    )
    .join('\n');
  expect(results.violations, report).to.have.length(0);
}

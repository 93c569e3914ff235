/**
 * The wording recorded as proof of an opt-in, read back from the rendered form: everything
 * the visitor saw when deciding, as shown.
 */
import { channelId, topicId } from './channel-fieldset.js';
import { topicsOf, type OptinAnswers } from './optin-answers.js';

/** Collapses the whitespace of rendered text, as a reader sees it. */
const visibleText = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A box as recorded: ticked or not, then its label. */
const box = (ticked: boolean, label: string) => `${ticked ? '[x]' : '[ ]'} ${label}`;

/**
 * The title, the statement, every box with its label and whether it was ticked (`[x]` /
 * `[ ]`), each channel's frequency and the topics shown, and the privacy notice's text with
 * its URL.
 */
export function wordingOf(root: ParentNode, answers: OptinAnswers): string {
  const parts = [
    visibleText(root.querySelector('#title')),
    visibleText(root.querySelector('#statement')),
  ];
  for (const channel of answers.offered) {
    const label = visibleText(root.querySelector(`#${channelId(channel)}-label`));
    parts.push(box(answers.ticked.has(channel), label));
    const frequency = visibleText(root.querySelector(`#${channelId(channel)}-frequency`));
    if (frequency) parts.push(`  ${frequency}`);
    if (!root.querySelector(`#${channelId(channel)}-topics`)) continue;
    for (const topic of topicsOf(answers.marketing, channel)) {
      const id = topicId(channel, topic.id);
      const ticked = answers.tickedTopics.get(channel)?.has(topic.id) ?? false;
      parts.push(`  ${box(ticked, visibleText(root.querySelector(`#${id}-label`)))}`);
    }
  }
  const privacy = root.querySelector<HTMLAnchorElement>('#privacy');
  if (privacy) parts.push(`${visibleText(privacy)}: ${privacy.href}`);
  return parts.filter(Boolean).join('\n');
}

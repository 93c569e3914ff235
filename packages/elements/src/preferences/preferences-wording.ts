/** The proof of a decision made in the preferences centre: the wording as shown. */
import {
  NECESSARY,
  isSafeUrl,
  type DraftChoices,
  type ResolvedConfig,
  type Translator,
} from '@assent/core';

/**
 * The wording recorded with a decision made in the preferences centre: everything shown when
 * the visitor decided — the title and text, the GPC notice (`notice`, its text if it showed),
 * each category's and service's name, text and switch (`[x]` on, `[ ]` off), the note of a
 * category open to objection, the privacy
 * notice links with their URLs — and the button pressed (`label`).
 */
export function wordingOf(
  t: Translator,
  config: ResolvedConfig,
  draft: DraftChoices | undefined,
  notice: Element | null,
  label: string,
): string {
  const lines = [t.t('preferences.title'), t.t('preferences.text')];
  if (notice) lines.push(notice.textContent!.trim());
  const box = (on: boolean, text: string) => `${on ? '[x]' : '[ ]'} ${text}`;
  for (const category of Object.keys(config.categories)) {
    const on = category === NECESSARY || draft?.categories[category] === true;
    lines.push(box(on, `${t.categoryTitle(category)}: ${t.categoryDescription(category)}`));
    if (config.categories[category]?.basis === 'objection')
      lines.push(`  ${t.t('preferences.objection')}`);
    for (const [service, entry] of Object.entries(config.services)) {
      if (entry.category !== category) continue;
      const serviceOn = category === NECESSARY || draft?.services[service] === true;
      const text = t.text(entry.description);
      lines.push(`  ${box(serviceOn, [t.serviceTitle(service), text].filter(Boolean).join(': '))}`);
      if (entry.privacyPolicyUrl && isSafeUrl(entry.privacyPolicyUrl))
        lines.push(
          `    ${t.t('links.privacyPolicy')}: ${new URL(entry.privacyPolicyUrl, location.href).href}`,
        );
    }
  }
  return [...lines, label].join('\n');
}

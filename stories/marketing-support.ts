import { ConsentManager, memoryStore } from '@assent/core';

/** Email news by topic, SMS alerts and post on an opt-out basis, as a housing provider has. */
export const marketingConfig = {
  revision: 'storybook',
  privacyPolicyUrl: '/privacy',
  defaultCountry: 'GB',
  marketing: {
    email: {
      topics: [
        { id: 'news', label: 'News and updates' },
        {
          id: 'events',
          label: { en: 'Events near you', cy: 'Digwyddiadau yn eich ardal' },
          description: 'Open days, fun days and residents’ meetings.',
        },
      ],
      frequency: { en: 'About once a month', cy: 'Tua unwaith y mis' },
    },
    sms: { topics: [{ id: 'alerts', label: 'Service alerts' }] },
    post: {},
  },
};

/** A manager of its own for each story: nothing stored, nothing sent. */
export function marketingManager(language?: string): ConsentManager {
  return new ConsentManager({
    config: {
      ...marketingConfig,
      cookieName: `assent_story_${Math.random().toString(36).slice(2)}`,
      ...(language ? { language } : {}),
    },
    storage: memoryStore(),
    syncTabs: false,
  });
}

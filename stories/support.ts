import { ConsentManager, memoryStore } from '@assent/core';
import { serviceCatalogue } from '@assent/core/catalogue';

/** The reference users' config: Google Analytics and YouTube, with a privacy notice. */
export const storyConfig = {
  revision: 'storybook',
  privacyPolicyUrl: '/privacy',
  categories: { necessary: {}, functional: {}, analytics: {}, marketing: {} },
  services: {
    'google-analytics': {
      category: 'analytics',
      title: 'Google Analytics',
      description: 'Counts visits and tells us which pages are useful.',
      cookies: [
        { name: '_ga', duration: '2 years', description: 'Tells visitors apart.' },
        { name: '/^_ga_/', duration: '2 years', description: 'Keeps the session state.' },
      ],
    },
    youtube: {
      category: 'marketing',
      title: 'YouTube',
      description: 'Plays the videos embedded in our news pages.',
      cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: '6 months' }],
    },
  },
};

/** Text long enough to wrap many times, for checking layouts. */
export const longText = {
  'banner.title':
    'We use cookies, and we would like your permission for a few more of them on this website',
  'banner.text':
    'We use necessary cookies to make our site work. We would also like to set optional analytics cookies to help us improve it, and marketing cookies from our video partner so that embedded films can play. We will not set optional cookies unless you enable them. Using this tool will set a cookie on your device to remember your preferences. Your choices apply to every page of this site and you can change them at any time from the cookie settings link at the bottom of each page.',
  'actions.manage': 'Manage my cookie preferences for this website',
};

/**
 * A manager for one story: storage in memory and a cookie of its own, so every story starts
 * with no decision. `decided` makes a returning visitor.
 */
export function storyManager(
  options: {
    language?: string;
    translations?: Record<string, string>;
    decided?: boolean;
    /** Services named from the catalogue, replacing the story config's own. */
    catalogued?: string[];
    /** Config fields to add or replace. */
    config?: Record<string, unknown>;
  } = {},
): ConsentManager {
  const manager = new ConsentManager({
    config: {
      ...storyConfig,
      ...(options.catalogued
        ? { services: Object.fromEntries(options.catalogued.map((id) => [id, {}])) }
        : {}),
      cookieName: `assent_story_${Math.random().toString(36).slice(2)}`,
      ...(options.language ? { language: options.language } : {}),
      ...(options.translations ? { translations: { en: options.translations } } : {}),
      ...options.config,
    },
    storage: memoryStore(),
    syncTabs: false,
    catalogue: serviceCatalogue,
  });
  if (options.decided) void manager.ready.then(() => manager.rejectAll());
  return manager;
}

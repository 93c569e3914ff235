import { ConsentManager, memoryStore } from '@assent/core';
import { setDefaultManager } from '@assent/elements';

/** A config like the reference users': analytics with Google Analytics, marketing with YouTube. */
export const testConfig = {
  revision: '2024-01',
  privacyPolicyUrl: '/privacy',
  categories: { necessary: {}, analytics: {}, marketing: {} },
  services: {
    'google-analytics': {
      category: 'analytics',
      title: 'Google Analytics',
      description: 'Counts visits to learn which pages are useful.',
      cookies: [
        { name: '_ga', duration: '2 years', description: 'Tells visitors apart.' },
        { name: '/^_ga_/', duration: '2 years' },
      ],
    },
    youtube: {
      category: 'marketing',
      title: 'YouTube',
      description: 'Plays embedded videos.',
      cookies: ['VISITOR_INFO1_LIVE'],
    },
  },
};

let managers = 0;

/**
 * A manager with in-memory storage and no other tabs, ready to use. Each gets its own mirror
 * cookie: test files run side by side in pages of one origin and would share `assent`.
 */
export async function createManager(config: unknown = testConfig): Promise<ConsentManager> {
  const cookieName = `assent_test_${Date.now().toString(36)}_${(managers += 1)}`;
  const isolated =
    typeof config === 'object' && config !== null && !('cookieName' in config)
      ? { ...config, cookieName }
      : config;
  const manager = new ConsentManager({ config: isolated, storage: memoryStore(), syncTabs: false });
  await manager.ready;
  return manager;
}

/** Same, and made the default manager for elements created afterwards. */
export async function useManager(config: unknown = testConfig): Promise<ConsentManager> {
  const manager = await createManager(config);
  setDefaultManager(manager);
  return manager;
}

/** Clears the mirror cookie and the default manager between tests. */
export function resetConsent(): void {
  setDefaultManager(undefined);
  document.cookie = 'assent=; max-age=0; path=/';
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
  document.documentElement.style.removeProperty('scroll-padding-bottom');
  document.documentElement.style.removeProperty('scroll-padding-top');
  document.documentElement.style.removeProperty('zoom');
}

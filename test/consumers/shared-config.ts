// The config every consumer app starts with: typed, so a misspelt field fails its build.
import type { AssentConfig } from '@assent/core';

export const config: AssentConfig = {
  revision: 'consumer-1',
  categories: { analytics: {}, marketing: {} },
  services: { youtube: { category: 'marketing', title: 'YouTube' } },
  marketing: { email: { topics: [{ id: 'news', label: 'News and updates' }] } },
  banner: { layout: 'box', position: 'bottom-end' },
};

// The demo site's Assent config, shared by every page (SPEC: window.assentConfig).
window.assentConfig = {
  revision: '2026-11',
  endpoint: '/v1/consents',
  privacyPolicyUrl: '/privacy.html',
  categories: { analytics: {}, marketing: {} },
  services: {
    'google-analytics': {
      category: 'analytics',
      title: 'Site analytics (demo)',
      description: 'Counts visits to pages so we can see which information tenants look for.',
      cookies: [
        { name: '_ga', duration: '2 years' },
        { name: '/^_ga_/', duration: '2 years' },
      ],
    },
    youtube: {
      category: 'marketing',
      title: 'Video player (demo)',
      description: 'Shows our videos. The player may set cookies to remember your settings.',
    },
  },
  googleConsentMode: true,
  marketing: {
    email: {
      topics: [
        { id: 'news', label: 'News and updates' },
        { id: 'events', label: 'Community events' },
      ],
    },
    sms: { topics: [{ id: 'alerts', label: 'Repairs and service alerts' }] },
    post: {},
  },
};

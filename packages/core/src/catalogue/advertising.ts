import type { CatalogueEntry } from './types.js';

const YEAR = 365;

/** Advertising and conversion-tracking services. */
export const advertisingServices = {
  'google-ads': {
    title: 'Google Ads',
    provider: 'Google LLC',
    purpose: 'Measures ad conversions and shows ads to people who visited the site.',
    category: 'marketing',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [
      { name: '_gcl_au', duration: { days: 90 }, description: 'Links ad clicks to conversions.' },
      {
        name: '/^_gcl_(aw|dc|gb|gf|ha)$/',
        duration: { days: 90 },
        description: 'Keeps the ad click id.',
      },
      {
        name: 'IDE',
        duration: { days: 390 },
        description: 'Personalises ads (on doubleclick.net).',
      },
      {
        name: 'test_cookie',
        duration: { days: 1 },
        description: 'Checks whether cookies are allowed.',
      },
    ],
    hosts: [
      '.doubleclick.net',
      'www.googleadservices.com',
      'googleads.g.doubleclick.net',
      'pagead2.googlesyndication.com',
    ],
    source: 'https://business.safety.google/adscookies/',
  },
  'meta-pixel': {
    title: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Ltd.',
    purpose: 'Measures Facebook and Instagram ad conversions and builds audiences for ads.',
    category: 'marketing',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: [
      { name: '_fbp', duration: { days: 90 }, description: 'Identifies the browser for ads.' },
      { name: '_fbc', duration: { days: 90 }, description: 'Keeps the ad click id.' },
      {
        name: 'fr',
        duration: { days: 90 },
        description: 'Delivers and measures ads (on facebook.com).',
      },
    ],
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    source: 'https://www.facebook.com/policies/cookies/',
  },
  'linkedin-insight': {
    title: 'LinkedIn Insight Tag',
    provider: 'LinkedIn Ireland Unlimited Company',
    purpose: 'Measures LinkedIn ad conversions and builds audiences for ads.',
    category: 'marketing',
    privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    cookies: [
      { name: 'li_fat_id', duration: { days: 30 }, description: 'Keeps the ad click id.' },
      { name: 'li_sugr', duration: { days: 90 }, description: 'Matches the browser to a member.' },
      {
        name: 'bcookie',
        duration: { days: YEAR },
        description: 'Identifies the browser (on linkedin.com).',
      },
      { name: 'lidc', duration: { days: 1 }, description: 'Routes requests (on linkedin.com).' },
      {
        name: 'UserMatchHistory',
        duration: { days: 30 },
        description: 'Syncs ad ids (on linkedin.com).',
      },
    ],
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com', '.linkedin.com'],
    source: 'https://www.linkedin.com/legal/l/cookie-table',
  },
  'tiktok-pixel': {
    title: 'TikTok Pixel',
    provider: 'TikTok Technology Ltd.',
    purpose: 'Measures TikTok ad conversions and builds audiences for ads.',
    category: 'marketing',
    privacyPolicyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    cookies: [
      { name: '_ttp', duration: { days: 390 }, description: 'Identifies the browser for ads.' },
      { name: 'ttclid', duration: { days: 30 }, description: 'Keeps the ad click id.' },
      {
        name: '_tt_enable_cookie',
        duration: { days: 390 },
        description: 'Checks whether cookies are allowed.',
      },
    ],
    hosts: ['analytics.tiktok.com', '.tiktok.com'],
    source: 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel',
  },
  'x-pixel': {
    title: 'X (Twitter) Pixel',
    provider: 'X Corp. (Twitter International Unlimited Company in the EU)',
    purpose: 'Measures ad conversions on X and builds audiences for ads.',
    category: 'marketing',
    privacyPolicyUrl: 'https://x.com/en/privacy',
    cookies: [
      {
        name: 'personalization_id',
        duration: { days: 400 },
        description: 'Personalises ads (on x.com).',
      },
      {
        name: 'muc_ads',
        duration: { days: 400 },
        description: 'Identifies the browser for ads (on t.co).',
      },
      {
        name: 'guest_id',
        duration: { days: 400 },
        description: 'Identifies a visitor not signed in (on x.com).',
      },
      { name: '_twclid', duration: { days: 30 }, description: 'Keeps the ad click id.' },
    ],
    hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co', 'ads-api.x.com'],
    source: 'https://help.x.com/en/rules-and-policies/x-cookies',
  },
  'pinterest-tag': {
    title: 'Pinterest Tag',
    provider: 'Pinterest Europe Ltd.',
    purpose: 'Measures Pinterest ad conversions and builds audiences for ads.',
    category: 'marketing',
    privacyPolicyUrl: 'https://policy.pinterest.com/privacy-policy',
    cookies: [
      {
        name: '_pin_unauth',
        duration: { days: YEAR },
        description: 'Identifies a visitor not signed in.',
      },
      {
        name: '_pinterest_ct_ua',
        duration: { days: YEAR },
        description: 'Links visits across sites for ads.',
      },
      { name: '_epik', duration: { days: YEAR }, description: 'Keeps the ad click id.' },
      {
        name: '/^_derived_epik$/',
        duration: { days: YEAR },
        description: 'Keeps a derived ad click id.',
      },
    ],
    hosts: ['s.pinimg.com', 'ct.pinterest.com'],
    source: 'https://policy.pinterest.com/cookies',
  },
  'snapchat-pixel': {
    title: 'Snap Pixel',
    provider: 'Snap Inc.',
    purpose: 'Measures Snapchat ad conversions and builds audiences for ads.',
    category: 'marketing',
    privacyPolicyUrl: 'https://values.snap.com/privacy/privacy-policy',
    cookies: [
      { name: '_scid', duration: { days: 395 }, description: 'Identifies the browser for ads.' },
      { name: '_scid_r', duration: { days: 395 }, description: 'Keeps a copy of the browser id.' },
      { name: '_sctr', duration: { days: YEAR }, description: 'Counts sessions for ads.' },
    ],
    hosts: ['sc-static.net', 'tr.snapchat.com'],
    source: 'https://businesshelp.snapchat.com/s/article/pixel-direct-implementation',
  },
  'microsoft-advertising': {
    title: 'Microsoft Advertising (Bing UET)',
    provider: 'Microsoft Corporation',
    purpose: 'Measures Bing ad conversions and builds audiences for ads.',
    category: 'marketing',
    privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
    cookies: [
      { name: '_uetsid', duration: { days: 1 }, description: 'Joins page views into one session.' },
      { name: '_uetvid', duration: { days: 390 }, description: 'Identifies the visitor for ads.' },
      { name: '_uetmsclkid', duration: { days: 90 }, description: 'Keeps the ad click id.' },
      {
        name: 'MUID',
        duration: { days: 390 },
        description: 'Identifies the browser at Microsoft.',
      },
    ],
    hosts: ['bat.bing.com', 'bat.bing.net'],
    source: 'https://help.ads.microsoft.com/#apex/ads/en/56960/2',
  },
  hubspot: {
    title: 'HubSpot',
    provider: 'HubSpot, Inc.',
    purpose: 'Tracks visits for the site’s CRM, forms and marketing emails.',
    category: 'marketing',
    privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
    cookies: [
      {
        name: 'hubspotutk',
        duration: { days: 180 },
        description: 'Identifies the visitor for the CRM.',
      },
      { name: '__hstc', duration: { days: 180 }, description: 'Tracks visits and their times.' },
      {
        name: '__hssc',
        duration: { days: 1 },
        description: 'Counts page views in a session (30 minutes).',
      },
      {
        name: '__hssrc',
        duration: { session: true },
        description: 'Tells whether the browser restarted.',
      },
    ],
    hosts: [
      'js.hs-scripts.com',
      'js.hs-analytics.net',
      'track.hubspot.com',
      '.hubspot.com',
      'js.hsforms.net',
    ],
    source:
      'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
  },
  mailchimp: {
    title: 'Mailchimp forms',
    provider: 'The Rocket Science Group LLC (Intuit)',
    purpose: 'Shows sign-up forms for the site’s newsletter and tracks their use.',
    category: 'marketing',
    privacyPolicyUrl: 'https://www.intuit.com/privacy/statement/',
    cookies: [
      {
        name: '/^MCPopup/',
        duration: { days: YEAR },
        description: 'Remembers that the pop-up form was closed.',
      },
      {
        name: '_mcid',
        duration: { days: YEAR },
        description: 'Identifies the visitor for sign-up tracking.',
      },
    ],
    hosts: ['chimpstatic.com', '.list-manage.com', 'downloads.mailchimp.com'],
    source: 'https://mailchimp.com/legal/cookies/',
  },
} satisfies Record<string, CatalogueEntry>;

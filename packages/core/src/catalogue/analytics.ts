import type { CatalogueEntry } from './types.js';

const YEAR = 365;

/** Analytics and session-recording services. */
export const analyticsServices = {
  'google-analytics': {
    title: 'Google Analytics',
    provider: 'Google LLC',
    purpose:
      'Measures how visitors use the site: pages viewed, time spent and where they came from.',
    category: 'analytics',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [
      { name: '_ga', duration: { days: 2 * YEAR }, description: 'Distinguishes visitors.' },
      {
        name: '/^_ga_/',
        duration: { days: 2 * YEAR },
        description: 'Keeps the session state of one Google Analytics 4 property.',
      },
      {
        name: '_gid',
        duration: { days: 1 },
        description: 'Distinguishes visitors for a day (Universal Analytics).',
      },
      {
        name: '/^_gat/',
        duration: { days: 1 },
        description: 'Throttles the request rate (Universal Analytics).',
      },
    ],
    hosts: ['www.google-analytics.com', '.analytics.google.com', 'www.googletagmanager.com'],
    source: 'https://support.google.com/analytics/answer/11397207',
  },
  'google-tag-manager': {
    title: 'Google Tag Manager',
    provider: 'Google LLC',
    purpose: 'Loads the tags the site has configured; sets no cookies itself.',
    category: 'analytics',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [],
    hosts: ['www.googletagmanager.com'],
    source: 'https://support.google.com/tagmanager/answer/9323295',
  },
  'microsoft-clarity': {
    title: 'Microsoft Clarity',
    provider: 'Microsoft Corporation',
    purpose: 'Records sessions and heatmaps to show how visitors use each page.',
    category: 'analytics',
    privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
    cookies: [
      { name: '_clck', duration: { days: YEAR }, description: 'Keeps the Clarity user id.' },
      { name: '_clsk', duration: { days: 1 }, description: 'Joins page views into one session.' },
      { name: 'CLID', duration: { days: YEAR }, description: 'Identifies the first visit.' },
      {
        name: 'MUID',
        duration: { days: YEAR },
        description: 'Identifies the browser at Microsoft.',
      },
    ],
    hosts: ['.clarity.ms'],
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  hotjar: {
    title: 'Hotjar',
    provider: 'Hotjar Ltd.',
    purpose: 'Heatmaps, session recordings and surveys about how visitors use the site.',
    category: 'analytics',
    privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    cookies: [
      {
        name: '/^_hjSessionUser_/',
        duration: { days: YEAR },
        description: 'Keeps the Hotjar user id for the site.',
      },
      {
        name: '/^_hjSession_/',
        duration: { days: 1 },
        description: 'Holds the current session (30 minutes, renewed).',
      },
      {
        name: '_hjAbsoluteSessionInProgress',
        duration: { days: 1 },
        description: 'Counts a visitor’s first page view of a session.',
      },
      {
        name: '_hjIncludedInSessionSample',
        duration: { days: 1 },
        description: 'Whether the session is sampled.',
      },
    ],
    hosts: ['.hotjar.com', '.hotjar.io'],
    source: 'https://help.hotjar.com/hc/en-us/articles/115011789248-Hotjar-Cookie-Information',
  },
  matomo: {
    title: 'Matomo',
    provider: 'InnoCraft Ltd. (or the site itself when self-hosted)',
    purpose: 'Measures visits and page views; can run on the site’s own server.',
    category: 'analytics',
    privacyPolicyUrl: 'https://matomo.org/privacy-policy/',
    cookies: [
      { name: '/^_pk_id/', duration: { days: 393 }, description: 'Keeps the visitor id.' },
      {
        name: '/^_pk_ses/',
        duration: { days: 1 },
        description: 'Holds the current visit (30 minutes).',
      },
      {
        name: '/^_pk_ref/',
        duration: { days: 183 },
        description: 'Keeps where the visitor first came from.',
      },
      {
        name: 'mtm_consent',
        duration: { days: 393 },
        description: 'Remembers consent given through Matomo.',
      },
    ],
    hosts: ['.matomo.cloud', 'cdn.matomo.cloud'],
    source: 'https://matomo.org/faq/general/faq_146/',
  },
  plausible: {
    title: 'Plausible Analytics',
    provider: 'Plausible Insights OÜ',
    purpose: 'Counts visits and page views without cookies or personal data.',
    category: 'analytics',
    privacyPolicyUrl: 'https://plausible.io/privacy',
    cookies: [],
    hosts: ['plausible.io'],
    source: 'https://plausible.io/data-policy',
  },
  'yandex-metrica': {
    title: 'Yandex Metrica',
    provider: 'YANDEX LLC',
    purpose: 'Measures visits, with heatmaps and session replay.',
    category: 'analytics',
    privacyPolicyUrl: 'https://yandex.com/legal/confidential/',
    cookies: [
      { name: '_ym_uid', duration: { days: YEAR }, description: 'Identifies the visitor.' },
      {
        name: '_ym_d',
        duration: { days: YEAR },
        description: 'Keeps the date of the first visit.',
      },
      {
        name: '/^_ym_/',
        duration: { days: 1 },
        description: 'Session and test cookies of Metrica.',
      },
      {
        name: 'yandexuid',
        duration: { days: YEAR },
        description: 'Identifies the browser at Yandex.',
      },
    ],
    hosts: ['mc.yandex.ru', 'mc.yandex.com', '.yandex.ru'],
    source: 'https://yandex.com/support/metrica/general/cookie-usage.html',
  },
  'adobe-analytics': {
    title: 'Adobe Analytics',
    provider: 'Adobe Inc.',
    purpose: 'Measures visits and conversions for Adobe Experience Cloud.',
    category: 'analytics',
    privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
    cookies: [
      {
        name: 's_cc',
        duration: { session: true },
        description: 'Checks whether cookies are enabled.',
      },
      { name: 's_sq', duration: { session: true }, description: 'Keeps the last link clicked.' },
      {
        name: '/^s_(vi|fid|ecid)$/',
        duration: { days: 2 * YEAR },
        description: 'Identifies the visitor.',
      },
      {
        name: '/^AMCV_/',
        duration: { days: 2 * YEAR },
        description: 'Experience Cloud visitor id.',
      },
    ],
    hosts: ['.omtrdc.net', '.2o7.net', 'assets.adobedtm.com', '.demdex.net'],
    source:
      'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics',
  },
  segment: {
    title: 'Segment',
    provider: 'Twilio Inc.',
    purpose: 'Collects events once and forwards them to the analytics tools the site uses.',
    category: 'analytics',
    privacyPolicyUrl: 'https://www.twilio.com/en-us/legal/privacy',
    cookies: [
      {
        name: 'ajs_anonymous_id',
        duration: { days: YEAR },
        description: 'Identifies a visitor not signed in.',
      },
      {
        name: 'ajs_user_id',
        duration: { days: YEAR },
        description: 'Identifies a signed-in visitor.',
      },
    ],
    hosts: ['cdn.segment.com', 'api.segment.io'],
    source:
      'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/cookie-validity-update/',
  },
  mixpanel: {
    title: 'Mixpanel',
    provider: 'Mixpanel, Inc.',
    purpose: 'Product analytics: which features visitors use and where they drop off.',
    category: 'analytics',
    privacyPolicyUrl: 'https://mixpanel.com/legal/privacy-policy/',
    cookies: [
      {
        name: '/^mp_.*_mixpanel$/',
        duration: { days: YEAR },
        description: 'Keeps the visitor id and properties.',
      },
    ],
    hosts: ['cdn.mxpnl.com', 'api-js.mixpanel.com', 'api.mixpanel.com'],
    source:
      'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript#cookie-and-local-storage',
  },
  amplitude: {
    title: 'Amplitude',
    provider: 'Amplitude, Inc.',
    purpose: 'Product analytics: which features visitors use and how often.',
    category: 'analytics',
    privacyPolicyUrl: 'https://amplitude.com/privacy',
    cookies: [
      {
        name: '/^AMP_/',
        duration: { days: YEAR },
        description: 'Keeps the device id and session.',
      },
      {
        name: '/^amp_/',
        duration: { days: YEAR },
        description: 'Keeps the device id (older SDKs).',
      },
    ],
    hosts: ['cdn.amplitude.com', 'api2.amplitude.com', 'api.eu.amplitude.com'],
    source: 'https://amplitude.com/docs/sdks/analytics/browser/cookies-and-consent-management',
  },
  heap: {
    title: 'Heap',
    provider: 'Heap Inc. (Contentsquare)',
    purpose: 'Captures clicks and page views automatically for product analytics.',
    category: 'analytics',
    privacyPolicyUrl: 'https://www.heap.io/privacy',
    cookies: [
      { name: '/^_hp2_id\\./', duration: { days: 395 }, description: 'Keeps the visitor id.' },
      {
        name: '/^_hp2_ses_props\\./',
        duration: { days: 1 },
        description: 'Holds the session’s properties.',
      },
    ],
    hosts: ['cdn.heapanalytics.com', 'heapanalytics.com'],
    source: 'https://help.heap.io/data-management/data-privacy/cookies/',
  },
  fullstory: {
    title: 'FullStory',
    provider: 'FullStory, Inc.',
    purpose: 'Records sessions to replay how visitors use the site.',
    category: 'analytics',
    privacyPolicyUrl: 'https://www.fullstory.com/legal/privacy-policy/',
    cookies: [
      { name: 'fs_uid', duration: { days: YEAR }, description: 'Identifies the visitor.' },
      {
        name: 'fs_lua',
        duration: { days: 1 },
        description: 'Keeps the time of the last activity.',
      },
    ],
    hosts: ['edge.fullstory.com', 'rs.fullstory.com'],
    source:
      'https://help.fullstory.com/hc/en-us/articles/360020829513-Why-does-FullStory-use-First-Party-Cookies',
  },
  'crazy-egg': {
    title: 'Crazy Egg',
    provider: 'Crazy Egg, Inc.',
    purpose: 'Heatmaps and recordings of where visitors click and scroll.',
    category: 'analytics',
    privacyPolicyUrl: 'https://www.crazyegg.com/privacy',
    cookies: [
      {
        name: '_ceir',
        duration: { days: 5 * YEAR },
        description: 'Tells new from returning visitors.',
      },
      {
        name: '/^_CEFT/',
        duration: { days: 5 * YEAR },
        description: 'Keeps which recording a visit belongs to.',
      },
      {
        name: 'is_returning',
        duration: { session: true },
        description: 'Tells new from returning visitors.',
      },
    ],
    hosts: ['script.crazyegg.com', '.crazyegg.com'],
    source: 'https://support.crazyegg.com/hc/en-us/articles/360054584474-Cookies-Used-By-Crazy-Egg',
  },
} satisfies Record<string, CatalogueEntry>;

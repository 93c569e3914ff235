import type { CatalogueEntry } from './types.js';

const YEAR = 365;

/** Bot protection, support chat, payments and fonts: services a site relies on to work. */
export const toolServices = {
  recaptcha: {
    title: 'Google reCAPTCHA',
    provider: 'Google LLC',
    purpose: 'Protects the site’s forms from bots and abuse.',
    category: 'necessary',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [
      {
        name: '_GRECAPTCHA',
        duration: { days: 183 },
        description: 'Tells people from bots (on google.com).',
      },
      {
        name: '/^rc::[a-f]$/',
        duration: { session: true },
        description: 'Tells people from bots, in local storage.',
      },
    ],
    hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
    embedTitle: 'reCAPTCHA check',
    source: 'https://policies.google.com/technologies/cookies',
  },
  hcaptcha: {
    title: 'hCaptcha',
    provider: 'Intuition Machines, Inc.',
    purpose: 'Protects the site’s forms from bots and abuse.',
    category: 'necessary',
    privacyPolicyUrl: 'https://www.hcaptcha.com/privacy',
    cookies: [
      {
        name: 'hmt_id',
        duration: { days: YEAR },
        description: 'Tells people from bots (on hcaptcha.com).',
      },
      {
        name: '__cf_bm',
        duration: { days: 1 },
        description: 'Tells people from bots (Cloudflare, 30 minutes).',
      },
    ],
    hosts: ['js.hcaptcha.com', 'hcaptcha.com', 'newassets.hcaptcha.com', 'api.hcaptcha.com'],
    embedTitle: 'hCaptcha check',
    source: 'https://www.hcaptcha.com/cookies',
  },
  'cloudflare-turnstile': {
    title: 'Cloudflare Turnstile',
    provider: 'Cloudflare, Inc.',
    purpose: 'Protects the site’s forms from bots without a puzzle.',
    category: 'necessary',
    privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
    cookies: [
      {
        name: 'cf_clearance',
        duration: { days: YEAR },
        description: 'Proves a passed check (on challenges.cloudflare.com).',
      },
    ],
    hosts: ['challenges.cloudflare.com'],
    embedTitle: 'Cloudflare Turnstile check',
    source:
      'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
  },
  cloudflare: {
    title: 'Cloudflare',
    provider: 'Cloudflare, Inc.',
    purpose: 'Delivers the site and shields it from attacks and bots.',
    category: 'necessary',
    privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
    cookies: [
      {
        name: '__cf_bm',
        duration: { days: 1 },
        description: 'Tells people from bots (30 minutes).',
      },
      { name: '_cfuvid', duration: { session: true }, description: 'Rate-limits requests fairly.' },
      { name: 'cf_clearance', duration: { days: YEAR }, description: 'Proves a passed challenge.' },
    ],
    hosts: ['cdnjs.cloudflare.com', 'static.cloudflareinsights.com'],
    source:
      'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
  },
  intercom: {
    title: 'Intercom',
    provider: 'Intercom R&D Unlimited Company',
    purpose: 'Shows a support chat and help articles.',
    category: 'functional',
    privacyPolicyUrl: 'https://www.intercom.com/legal/privacy',
    cookies: [
      {
        name: '/^intercom-id-/',
        duration: { days: 270 },
        description: 'Identifies the visitor to the chat.',
      },
      {
        name: '/^intercom-session-/',
        duration: { days: 7 },
        description: 'Keeps the chat conversation.',
      },
      {
        name: '/^intercom-device-id-/',
        duration: { days: 270 },
        description: 'Identifies the device to the chat.',
      },
    ],
    hosts: ['widget.intercom.io', 'js.intercomcdn.com', 'api-iam.intercom.io', '.intercom.io'],
    source: 'https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies',
  },
  zendesk: {
    title: 'Zendesk',
    provider: 'Zendesk, Inc.',
    purpose: 'Shows a support chat and help-centre widget.',
    category: 'functional',
    privacyPolicyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    cookies: [
      {
        name: '__zlcmid',
        duration: { days: YEAR },
        description: 'Identifies the visitor to the chat.',
      },
      {
        name: 'ZD-suid',
        duration: { session: true },
        description: 'Keeps the widget’s session, in local storage.',
      },
      {
        name: 'ZD-buid',
        duration: { days: 3650 },
        description: 'Identifies the browser to the widget, in local storage.',
      },
    ],
    hosts: ['static.zdassets.com', 'ekr.zdassets.com', '.zendesk.com', '.zopim.com'],
    source:
      'https://support.zendesk.com/hc/en-us/articles/4408836758170-Zendesk-In-Product-Cookie-Policy',
  },
  stripe: {
    title: 'Stripe',
    provider: 'Stripe, Inc.',
    purpose: 'Takes card payments and guards them against fraud.',
    category: 'necessary',
    privacyPolicyUrl: 'https://stripe.com/privacy',
    cookies: [
      {
        name: '__stripe_mid',
        duration: { days: YEAR },
        description: 'Prevents fraud across payments.',
      },
      {
        name: '__stripe_sid',
        duration: { days: 1 },
        description: 'Prevents fraud within a visit (30 minutes).',
      },
      { name: 'm', duration: { days: 2 * YEAR }, description: 'Prevents fraud (on m.stripe.com).' },
    ],
    hosts: [
      'js.stripe.com',
      'm.stripe.network',
      'm.stripe.com',
      'api.stripe.com',
      'checkout.stripe.com',
    ],
    embedTitle: 'Stripe payment form',
    source: 'https://stripe.com/cookie-settings',
  },
  paypal: {
    title: 'PayPal',
    provider: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.',
    purpose: 'Takes payments through PayPal buttons.',
    category: 'necessary',
    privacyPolicyUrl: 'https://www.paypal.com/myaccount/privacy/privacyhub',
    cookies: [
      { name: 'ts', duration: { days: 3 * YEAR }, description: 'Prevents fraud (on paypal.com).' },
      {
        name: 'ts_c',
        duration: { days: 3 * YEAR },
        description: 'Prevents fraud (on paypal.com).',
      },
      { name: 'l7_az', duration: { days: 1 }, description: 'Routes requests (on paypal.com).' },
      {
        name: 'enforce_policy',
        duration: { days: YEAR },
        description: 'Keeps the visitor’s cookie choice at PayPal.',
      },
    ],
    hosts: ['www.paypal.com', 'www.paypalobjects.com', '.paypal.com'],
    embedTitle: 'PayPal checkout',
    source: 'https://www.paypal.com/myaccount/privacy/cookiePrivacy',
  },
  'google-fonts': {
    title: 'Google Fonts',
    provider: 'Google LLC',
    purpose: 'Serves the site’s web fonts; the request passes the visitor’s IP address to Google.',
    category: 'functional',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [],
    hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
    source: 'https://developers.google.com/fonts/faq/privacy',
  },
} satisfies Record<string, CatalogueEntry>;

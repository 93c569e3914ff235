import type { CatalogueEntry } from './types.js';

const YEAR = 365;

/** Content shown in an iframe: videos, maps, audio, posts, forms and comments. */
export const embedServices = {
  youtube: {
    title: 'YouTube',
    provider: 'Google LLC',
    purpose: 'Plays videos embedded in the site’s pages.',
    category: 'marketing',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [
      {
        name: 'VISITOR_INFO1_LIVE',
        duration: { days: 180 },
        description: 'Estimates bandwidth and keeps player settings (on youtube.com).',
      },
      {
        name: 'YSC',
        duration: { session: true },
        description: 'Counts views of embedded videos (on youtube.com).',
      },
      {
        name: 'VISITOR_PRIVACY_METADATA',
        duration: { days: 180 },
        description: 'Keeps the visitor’s cookie choice at YouTube.',
      },
      {
        name: '/^yt-remote-/',
        duration: { session: true },
        description: 'Player settings, in local storage.',
      },
    ],
    hosts: ['www.youtube.com', 'www.youtube-nocookie.com', '.ytimg.com', '.googlevideo.com'],
    embedTitle: 'YouTube video',
    source: 'https://policies.google.com/technologies/cookies',
  },
  vimeo: {
    title: 'Vimeo',
    provider: 'Vimeo.com, Inc.',
    purpose: 'Plays videos embedded in the site’s pages.',
    category: 'marketing',
    privacyPolicyUrl: 'https://vimeo.com/privacy',
    cookies: [
      {
        name: 'vuid',
        duration: { days: 2 * YEAR },
        description: 'Identifies the viewer for Vimeo’s statistics.',
      },
      {
        name: '__cf_bm',
        duration: { days: 1 },
        description: 'Tells people from bots (Cloudflare, 30 minutes).',
      },
      {
        name: '_cfuvid',
        duration: { session: true },
        description: 'Rate-limits requests (Cloudflare).',
      },
    ],
    hosts: ['player.vimeo.com', 'vimeo.com', 'f.vimeocdn.com', 'i.vimeocdn.com'],
    embedTitle: 'Vimeo video',
    source: 'https://vimeo.com/cookie_policy',
  },
  'google-maps': {
    title: 'Google Maps',
    provider: 'Google LLC',
    purpose: 'Shows interactive maps in the site’s pages.',
    category: 'functional',
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [
      {
        name: 'NID',
        duration: { days: 183 },
        description: 'Keeps preferences and personalises ads (on google.com).',
      },
      {
        name: 'AEC',
        duration: { days: 183 },
        description: 'Guards against abuse (on google.com).',
      },
      {
        name: 'SOCS',
        duration: { days: 390 },
        description: 'Keeps the visitor’s cookie choice at Google.',
      },
    ],
    hosts: ['www.google.com', 'maps.google.com', 'maps.googleapis.com', 'maps.gstatic.com'],
    embedTitle: 'Google map',
    source: 'https://policies.google.com/technologies/cookies',
  },
  spotify: {
    title: 'Spotify',
    provider: 'Spotify AB',
    purpose: 'Plays music and podcasts embedded in the site’s pages.',
    category: 'marketing',
    privacyPolicyUrl: 'https://www.spotify.com/legal/privacy-policy/',
    cookies: [
      {
        name: 'sp_t',
        duration: { days: YEAR },
        description: 'Identifies the listener (on spotify.com).',
      },
      {
        name: 'sp_landing',
        duration: { days: 1 },
        description: 'Keeps the first page of a visit (on spotify.com).',
      },
    ],
    hosts: ['open.spotify.com', '.scdn.co', 'embed-cdn.spotifycdn.com'],
    embedTitle: 'Spotify player',
    source: 'https://www.spotify.com/legal/cookies-policy/',
  },
  soundcloud: {
    title: 'SoundCloud',
    provider: 'SoundCloud Global Limited & Co. KG',
    purpose: 'Plays audio embedded in the site’s pages.',
    category: 'marketing',
    privacyPolicyUrl: 'https://soundcloud.com/pages/privacy',
    cookies: [
      {
        name: 'sc_anonymous_id',
        duration: { days: 10 * YEAR },
        description: 'Identifies the listener (on soundcloud.com).',
      },
      {
        name: 'datadome',
        duration: { days: YEAR },
        description: 'Tells people from bots (on soundcloud.com).',
      },
    ],
    hosts: ['w.soundcloud.com', 'soundcloud.com', '.sndcdn.com'],
    embedTitle: 'SoundCloud player',
    source: 'https://soundcloud.com/pages/cookies',
  },
  instagram: {
    title: 'Instagram embeds',
    provider: 'Meta Platforms Ireland Ltd.',
    purpose: 'Shows Instagram posts embedded in the site’s pages.',
    category: 'marketing',
    privacyPolicyUrl: 'https://privacycenter.instagram.com/policy',
    cookies: [
      {
        name: 'ig_did',
        duration: { days: 400 },
        description: 'Identifies the browser (on instagram.com).',
      },
      {
        name: 'mid',
        duration: { days: 400 },
        description: 'Identifies the browser (on instagram.com).',
      },
      {
        name: 'csrftoken',
        duration: { days: YEAR },
        description: 'Protects forms (on instagram.com).',
      },
    ],
    hosts: ['www.instagram.com', '.cdninstagram.com'],
    embedTitle: 'Instagram post',
    source: 'https://privacycenter.instagram.com/policies/cookies/',
  },
  facebook: {
    title: 'Facebook embeds',
    provider: 'Meta Platforms Ireland Ltd.',
    purpose: 'Shows Facebook posts, videos and the Like button in the site’s pages.',
    category: 'marketing',
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: [
      {
        name: 'datr',
        duration: { days: 400 },
        description: 'Identifies the browser for security (on facebook.com).',
      },
      {
        name: 'fr',
        duration: { days: 90 },
        description: 'Delivers and measures ads (on facebook.com).',
      },
      {
        name: 'sb',
        duration: { days: 400 },
        description: 'Identifies the browser for sign-in (on facebook.com).',
      },
    ],
    hosts: ['www.facebook.com', 'web.facebook.com', '.fbcdn.net'],
    embedTitle: 'Facebook post',
    source: 'https://www.facebook.com/policies/cookies/',
  },
  'x-embed': {
    title: 'X (Twitter) embeds',
    provider: 'X Corp. (Twitter International Unlimited Company in the EU)',
    purpose: 'Shows posts and timelines from X in the site’s pages.',
    category: 'marketing',
    privacyPolicyUrl: 'https://x.com/en/privacy',
    cookies: [
      {
        name: 'guest_id',
        duration: { days: 400 },
        description: 'Identifies a visitor not signed in (on x.com).',
      },
      {
        name: 'personalization_id',
        duration: { days: 400 },
        description: 'Personalises content and ads (on x.com).',
      },
    ],
    hosts: [
      'platform.twitter.com',
      'syndication.twitter.com',
      'platform.x.com',
      'cdn.syndication.twimg.com',
    ],
    embedTitle: 'Post on X',
    source: 'https://help.x.com/en/rules-and-policies/x-cookies',
  },
  calendly: {
    title: 'Calendly',
    provider: 'Calendly LLC',
    purpose: 'Lets visitors book appointments in an embedded calendar.',
    category: 'functional',
    privacyPolicyUrl: 'https://calendly.com/privacy',
    cookies: [
      {
        name: '__cf_bm',
        duration: { days: 1 },
        description: 'Tells people from bots (Cloudflare, 30 minutes).',
      },
      {
        name: '_calendly_session',
        duration: { days: 21 },
        description: 'Keeps the booking session (on calendly.com).',
      },
    ],
    hosts: ['calendly.com', 'assets.calendly.com'],
    embedTitle: 'Calendly booking calendar',
    source: 'https://calendly.com/legal/cookie-notice',
  },
  typeform: {
    title: 'Typeform',
    provider: 'TYPEFORM S.L.',
    purpose: 'Shows forms and surveys embedded in the site’s pages.',
    category: 'functional',
    privacyPolicyUrl: 'https://admin.typeform.com/to/dwk6gt',
    cookies: [
      {
        name: 'tf_respondent_cc',
        duration: { days: 180 },
        description: 'Identifies the respondent (on typeform.com).',
      },
      {
        name: 'attribution_user_id',
        duration: { days: YEAR },
        description: 'Measures where respondents came from.',
      },
    ],
    hosts: ['embed.typeform.com', 'form.typeform.com', '.typeform.com'],
    embedTitle: 'Typeform form',
    source: 'https://www.typeform.com/help/a/typeform-cookies-360050178872/',
  },
  disqus: {
    title: 'Disqus',
    provider: 'Disqus, Inc.',
    purpose: 'Shows a comment section under the site’s pages.',
    category: 'marketing',
    privacyPolicyUrl: 'https://help.disqus.com/en/articles/1717103-disqus-privacy-policy',
    cookies: [
      {
        name: 'disqus_unique',
        duration: { days: YEAR },
        description: 'Identifies the reader (on disqus.com).',
      },
      {
        name: '__jid',
        duration: { session: true },
        description: 'Keeps the reader signed in (on disqus.com).',
      },
    ],
    hosts: ['disqus.com', '.disqus.com', '.disquscdn.com'],
    embedTitle: 'Disqus comments',
    source: 'https://help.disqus.com/en/articles/1717155-use-of-cookies',
  },
} satisfies Record<string, CatalogueEntry>;

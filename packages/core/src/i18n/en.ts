/**
 * The English string table: the fallback for every language and the list of every key.
 * `{name}` placeholders are filled by the translator; every value is plain text, never HTML.
 */
export const en = {
  // Banner (first layer)
  'banner.title': 'We use cookies',
  'banner.text':
    'We use necessary cookies to make this site work. You can change your choices at any time.',
  // {purposes}: the titles of the configured optional categories, as a list.
  'banner.purposes':
    'With your consent we would also like to use optional cookies for: {purposes}.',
  // {categories}: categories that run unless the visitor objects; {reject}: the button's name.
  'banner.objection':
    'We already measure how the site is used ({categories}), which the law allows unless you object. To object, choose “{reject}”.',
  'banner.controller': '{controller} is responsible for the use of your data on this site.',
  'banner.label': 'Cookie consent',
  'actions.acceptAll': 'Accept all',
  'actions.rejectAll': 'Reject all',
  'actions.manage': 'Manage preferences',
  'actions.save': 'Save choices',
  'actions.close': 'Close',
  'links.privacyPolicy': 'Privacy notice',
  // Confirmation after a choice in the banner (with `banner.confirmation`)
  'banner.accepted':
    'You’ve accepted additional cookies. You can change your cookie settings at any time.',
  'banner.rejected':
    'You’ve rejected additional cookies. You can change your cookie settings at any time.',
  'banner.hideMessage': 'Hide this message',

  // Preferences centre
  'preferences.title': 'Cookie preferences',
  'preferences.text':
    'Choose which cookies we may use. Necessary cookies are always on because the site cannot work without them. Your choices apply to this site and you can change them at any time.',
  'preferences.alwaysOn': 'Always on',
  // Beside the switch of a category that runs unless the visitor objects (on before a choice).
  'preferences.objection': 'On unless you object. Switch it off to object.',
  'preferences.services': 'Services',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Name',
  'preferences.cookieDuration': 'Duration',
  'preferences.cookiePurpose': 'Purpose',
  'preferences.cookieProvider': 'Provider',
  'preferences.ownCookie': 'Remembers your cookie choices',
  'preferences.sessionCookie': 'Until you close your browser',
  'preferences.details': 'Details',
  'preferences.detailsFor': 'Details for {service}',
  'preferences.serviceSwitch': 'Allow {service}',
  'preferences.gpcNotice':
    'Your browser sends a Global Privacy Control signal, so marketing cookies stay off unless you switch them on here.',

  // Well-known categories
  'category.necessary.title': 'Necessary',
  'category.necessary.description':
    'Needed for the site to work, for example to remember your cookie choices and keep you signed in. They cannot be switched off.',
  'category.functional.title': 'Functional',
  'category.functional.description':
    'Remember choices you make, such as your language or region, to give you a more personal experience.',
  'category.analytics.title': 'Analytics',
  'category.analytics.description':
    'Help us understand how visitors use the site, such as which pages are visited most, so we can improve it. The information is collected in aggregate.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Used by us and our partners to show you relevant content and adverts on this and other sites, and to measure how well they work.',

  // Trigger
  'trigger.label': 'Cookie settings',
  'trigger.tooltip': 'Change your cookie choices',

  // Embed placeholder
  'embed.title': 'Content from {service} is blocked',
  'embed.text':
    'This content is provided by {service}, which may set cookies for {category}. It is not shown because you have not allowed it.',
  'embed.allow': 'Allow and load',
  'embed.settings': 'Cookie settings',
  'embed.scope': 'Only {service} will be allowed.',
  'embed.unknown': 'This content is blocked until you allow cookies of the category “{category}”.',

  // Marketing opt-in
  'optin.title': 'Stay in touch',
  'optin.statement':
    'Choose how you would like to hear from us. Every message includes a link to unsubscribe, and you can withdraw your consent at any time.',
  'optin.softStatement':
    'As you are already our customer or supporter, we may send you news about similar products, services or causes. Tick a box if you do not want this. Every message includes a link to unsubscribe.',
  'optin.softOptOut.email': 'I do not want marketing emails',
  'optin.softOptOut.sms': 'I do not want marketing text messages',
  'optin.chooseTopic': 'Choose at least one topic',
  'optin.channel.email': 'Email me news and updates',
  'optin.channel.sms': 'Send me SMS text messages',
  'optin.channel.post': "Don't send me marketing by post",
  'optin.topics': 'Topics',
  'optin.emailLabel': 'Email address',
  'optin.phoneLabel': 'Mobile number',
  'optin.submit': 'Sign up',
  'optin.success': 'Thank you. Your choices have been recorded.',
  'optin.pending':
    'Nearly done: check your inbox and follow the link to confirm your subscription.',
  'optin.error': 'Sorry, something went wrong. Please try again.',
  'optin.invalidEmail': 'Enter an email address in the correct format, like name@example.com',
  'optin.invalidPhone': 'Enter a mobile number in the correct format, like {example}',
  'optin.requiredEmail': 'Enter your email address to receive email',
  'optin.requiredPhone': 'Enter your mobile number to receive SMS messages',
  'optin.chooseChannel': 'Choose at least one way for us to contact you',

  // Unsubscribe
  'unsubscribe.title': 'Your communication preferences',
  'unsubscribe.text': 'Choose what you no longer want to receive. Changes apply straight away.',
  'unsubscribe.channel.email': 'Email',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Subscribed',
  'unsubscribe.status.denied': 'Unsubscribed',
  'unsubscribe.status.pending': 'Awaiting confirmation',
  'unsubscribe.status.unknown': 'Not subscribed',
  'unsubscribe.topic': 'Unsubscribe from {topic}',
  // One whole sentence per channel: channel names are never put into a sentence.
  'unsubscribe.channelAll.email': 'Unsubscribe from all emails',
  'unsubscribe.channelAll.sms': 'Unsubscribe from all text messages',
  'unsubscribe.channelAll.post': 'Stop all marketing by post',
  'unsubscribe.everything': 'Unsubscribe from everything',
  'unsubscribe.done.email': 'You will no longer receive marketing emails from us.',
  'unsubscribe.done.sms': 'You will no longer receive marketing text messages from us.',
  'unsubscribe.done.post': 'We will no longer send you marketing by post.',
  'unsubscribe.doneTopic': 'You have been unsubscribed from “{topic}”.',
  'unsubscribe.undo': 'Undo',
  'unsubscribe.undone.email': 'You will receive our marketing emails again.',
  'unsubscribe.undone.sms': 'You will receive our marketing text messages again.',
  'unsubscribe.undone.post': 'We may send you marketing by post again.',
  'unsubscribe.undoneTopic': 'Your subscription to “{topic}” has been restored.',
  'unsubscribe.invalidToken': 'This link is not valid. It may have been copied incorrectly.',
  'unsubscribe.expiredToken': 'This link has expired.',
  'unsubscribe.requestLink':
    'Please use the link in our most recent message, or contact us for a new one.',
  'unsubscribe.loading': 'Loading your preferences…',
  'unsubscribe.error': 'Sorry, we could not load your preferences. Please try again later.',
  'unsubscribe.nothing': 'You are not subscribed to anything.',
  'unsubscribe.for': 'Preferences for {contact}',
  'unsubscribe.status.postDefault': 'Sent unless you object',
  'unsubscribe.doneEverything': 'You have been unsubscribed from everything.',
  'unsubscribe.undoneEverything': 'Your subscriptions have been restored.',
  'unsubscribe.retry': 'Try again',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Your data',
  'rights.text.email':
    'Ask for a copy of the consent data we hold about you, or for its deletion. We email you a link to confirm that the request is yours.',
  'rights.text.phone':
    'Ask for a copy of the consent data we hold about you, or for its deletion. We text you a link to confirm that the request is yours.',
  'rights.legend': 'What would you like?',
  'rights.access': 'Get a copy of my data',
  'rights.erasure': 'Delete my data',
  'rights.submit': 'Send request',
  'rights.sending': 'Sending…',
  'rights.chooseOne': 'Choose what you would like.',
  'rights.sent.email':
    'Check your inbox: we sent a link to {email}. Your request starts once you follow it.',
  'rights.sent.sms':
    'Check your text messages: we sent a link to {phone}. Your request starts once you follow it.',
  'rights.failed': 'The request could not be sent. Please try again later.',
  'rights.another': 'Make another request',
  // Joining a list of names ({0} and {1} are the parts), e.g. the purposes in the banner.
  'list.two': '{0} and {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} and {1}',
} as const;

/** Every translatable key. */
export type MessageKey = keyof typeof en;

/** The units a cookie lifetime from config can be given in (`2 years`, `30 days`…). */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * A lifetime by plural category, e.g. `duration.year.few`: `{count}` is the number. Only a
 * language the browser cannot format units in needs these; `other` is the fallback form.
 */
export type DurationKey = `duration.${DurationUnit}.${Intl.LDMLPluralRule}`;

/** A complete table for one language. */
export type Messages = Record<MessageKey, string> & Partial<Record<DurationKey, string>>;

export default en;

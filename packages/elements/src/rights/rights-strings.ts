/** The words of `<assent-rights>`, overridable per page with its `strings` property. */
export const RIGHTS_STRINGS = {
  title: 'Your data',
  text: 'Ask for a copy of the consent data we hold about you, or for its deletion. We email you a link to confirm that the request is yours.',
  legend: 'What would you like?',
  access: 'Get a copy of my data',
  erasure: 'Delete my data',
  email: 'Email address',
  submit: 'Send request',
  sending: 'Sending…',
  chooseOne: 'Choose what you would like.',
  invalidEmail: 'Enter an email address like name@example.com.',
  sent: 'Check your inbox: we sent a link to {email}. Your request starts once you follow it.',
  failed: 'The request could not be sent. Please try again later.',
  another: 'Make another request',
};

export type RightsStrings = typeof RIGHTS_STRINGS;

import type { PageMessages } from './en.js';

/** Swedish (Svenska). */
export const sv: PageMessages = {
  'page.unsubscribe.title': 'Avregistrera',
  'page.unsubscribe.ask.email': 'Sluta skicka marknadsföringsmejl till {contact}?',
  'page.unsubscribe.ask.sms': 'Sluta skicka marknadsförings-sms till {contact}?',
  'page.unsubscribe.ask.post':
    'Sluta skicka marknadsföring per post till innehavaren av {contact}?',
  'page.unsubscribe.askTopic': 'Sluta skicka ”{topic}” till {contact}?',
  'page.unsubscribe.button': 'Avregistrera mig',
  'page.unsubscribed.title': 'Du är avregistrerad',
  'page.unsubscribed.email': '{contact} får inte längre marknadsföringsmejl från oss.',
  'page.unsubscribed.sms': '{contact} får inte längre marknadsförings-sms från oss.',
  'page.unsubscribed.post':
    'Vi skickar inte längre marknadsföring per post till innehavaren av {contact}.',
  'page.unsubscribed.topic': '{contact} får inte längre ”{topic}”.',
  'page.confirm.title': 'Bekräfta din prenumeration',
  'page.confirm.text': 'Bekräfta att {contact} ska få de mejl som adressen anmäldes till.',
  'page.confirm.button': 'Bekräfta prenumerationen',
  'page.confirmed.title': 'Tack',
  'page.confirmed.text': 'Din prenumeration är bekräftad.',
  'page.nothing.title': 'Inget att bekräfta',
  'page.nothing.text': 'Ingen prenumeration väntar på bekräftelse.',
  'error.expired': 'Länken är inte längre giltig.',
  'error.wrongPage': 'Länken är inte avsedd för den här sidan.',
  'error.invalid': 'Länken är inte giltig. Den kan ha kopierats fel.',
  'error.requestLink':
    'Använd länken i vårt senaste meddelande eller kontakta oss för att få en ny.',
};

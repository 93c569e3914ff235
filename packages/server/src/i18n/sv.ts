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
  'page.request.title': 'Bekräfta din begäran',
  'page.request.ask.access': 'Bekräfta att du har begärt en kopia av dina uppgifter.',
  'page.request.ask.erasure': 'Bekräfta att du har begärt att dina uppgifter raderas.',
  'page.request.button': 'Bekräfta min begäran',
  'page.request.expired': 'Den här länken har gått ut. Gör begäran igen.',
  'page.request.invalid': 'Den här länken är inte giltig.',
  'page.request.confirmed.title': 'Begäran bekräftad',
  'page.request.already': 'Den här begäran är redan bekräftad. Vi svarar inom en månad.',
  'page.request.done': 'Din begäran är bekräftad. Vi svarar inom en månad.',
  'page.request.sent.email':
    'Titta i din inkorg: följ länken i meddelandet vi skickade för att bekräfta begäran.',
  'page.request.sent.sms': 'Titta i dina sms: följ länken vi skickade för att bekräfta begäran.',
};

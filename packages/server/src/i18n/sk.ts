import type { PageMessages } from './en.js';

/** Slovak (Slovenčina). */
export const sk: PageMessages = {
  'page.unsubscribe.title': 'Odhlásenie odberu',
  'page.unsubscribe.ask.email': 'Prestať posielať marketingové e-maily na {contact}?',
  'page.unsubscribe.ask.sms': 'Prestať posielať marketingové SMS správy na {contact}?',
  'page.unsubscribe.ask.post': 'Prestať posielať marketing poštou držiteľovi kontaktu {contact}?',
  'page.unsubscribe.askTopic': 'Prestať posielať „{topic}“ na {contact}?',
  'page.unsubscribe.button': 'Odhlásiť odber',
  'page.unsubscribed.title': 'Odber je odhlásený',
  'page.unsubscribed.email': '{contact} už od nás nebude dostávať marketingové e-maily.',
  'page.unsubscribed.sms': '{contact} už od nás nebude dostávať marketingové SMS správy.',
  'page.unsubscribed.post': 'Držiteľovi kontaktu {contact} už nebudeme posielať marketing poštou.',
  'page.unsubscribed.topic': '{contact} už nebude dostávať „{topic}“.',
  'page.confirm.title': 'Potvrďte svoj odber',
  'page.confirm.text':
    'Potvrďte prosím, že {contact} má dostávať e-maily, na ktorých odber sa prihlásil.',
  'page.confirm.button': 'Potvrdiť odber',
  'page.confirmed.title': 'Ďakujeme',
  'page.confirmed.text': 'Váš odber je potvrdený.',
  'page.nothing.title': 'Nie je čo potvrdiť',
  'page.nothing.text': 'Žiadny odber nečaká na potvrdenie.',
  'error.expired': 'Tento odkaz už nie je platný.',
  'error.wrongPage': 'Tento odkaz nie je určený pre túto stránku.',
  'error.invalid': 'Tento odkaz nie je platný. Možno nebol správne skopírovaný.',
  'error.requestLink':
    'Použite prosím odkaz z našej najnovšej správy alebo nás kontaktujte a požiadajte o nový.',
};

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
  'page.request.title': 'Potvrďte svoju žiadosť',
  'page.request.ask.access': 'Potvrďte prosím, že ste požiadali o kópiu svojich údajov.',
  'page.request.ask.erasure': 'Potvrďte prosím, že ste požiadali o vymazanie svojich údajov.',
  'page.request.button': 'Potvrdiť moju žiadosť',
  'page.request.expired': 'Platnosť tohto odkazu uplynula. Podajte žiadosť znova.',
  'page.request.invalid': 'Tento odkaz nie je platný.',
  'page.request.confirmed.title': 'Žiadosť potvrdená',
  'page.request.already': 'Táto žiadosť je už potvrdená. Odpovieme do jedného mesiaca.',
  'page.request.done': 'Vaša žiadosť je potvrdená. Odpovieme do jedného mesiaca.',
  'page.request.sent.email':
    'Pozrite si svoju e-mailovú schránku: žiadosť potvrďte odkazom v správe, ktorú sme vám poslali.',
  'page.request.sent.sms': 'Pozrite si svoje SMS: žiadosť potvrďte odkazom, ktorý sme vám poslali.',
};

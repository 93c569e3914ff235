import type { PageMessages } from './en.js';

/** Czech (Čeština). */
export const cs: PageMessages = {
  'page.unsubscribe.title': 'Odhlášení odběru',
  'page.unsubscribe.ask.email': 'Přestat posílat marketingové e-maily na {contact}?',
  'page.unsubscribe.ask.sms': 'Přestat posílat marketingové SMS zprávy na {contact}?',
  'page.unsubscribe.ask.post': 'Přestat posílat marketing poštou držiteli kontaktu {contact}?',
  'page.unsubscribe.askTopic': 'Přestat posílat „{topic}“ na {contact}?',
  'page.unsubscribe.button': 'Odhlásit odběr',
  'page.unsubscribed.title': 'Odběr je odhlášen',
  'page.unsubscribed.email': '{contact} už od nás nebude dostávat marketingové e-maily.',
  'page.unsubscribed.sms': '{contact} už od nás nebude dostávat marketingové SMS zprávy.',
  'page.unsubscribed.post': 'Držiteli kontaktu {contact} už nebudeme posílat marketing poštou.',
  'page.unsubscribed.topic': '{contact} už nebude dostávat „{topic}“.',
  'page.confirm.title': 'Potvrďte svůj odběr',
  'page.confirm.text':
    'Potvrďte prosím, že {contact} má dostávat e-maily, k jejichž odběru se přihlásil.',
  'page.confirm.button': 'Potvrdit odběr',
  'page.confirmed.title': 'Děkujeme',
  'page.confirmed.text': 'Váš odběr je potvrzen.',
  'page.nothing.title': 'Není co potvrdit',
  'page.nothing.text': 'Žádný odběr nečeká na potvrzení.',
  'error.expired': 'Tento odkaz již není platný.',
  'error.wrongPage': 'Tento odkaz není určen pro tuto stránku.',
  'error.invalid': 'Tento odkaz není platný. Možná nebyl správně zkopírován.',
  'error.requestLink':
    'Použijte prosím odkaz z naší nejnovější zprávy nebo nás kontaktujte a požádejte o nový.',
  'page.request.title': 'Potvrďte svou žádost',
  'page.request.ask.access': 'Potvrďte prosím, že jste požádali o kopii svých údajů.',
  'page.request.ask.erasure': 'Potvrďte prosím, že jste požádali o výmaz svých údajů.',
  'page.request.button': 'Potvrdit moji žádost',
  'page.request.expired': 'Platnost tohoto odkazu vypršela. Podejte žádost znovu.',
  'page.request.invalid': 'Tento odkaz není platný.',
  'page.request.confirmed.title': 'Žádost potvrzena',
  'page.request.already': 'Tato žádost je již potvrzena. Odpovíme do jednoho měsíce.',
  'page.request.done': 'Vaše žádost je potvrzena. Odpovíme do jednoho měsíce.',
  'page.request.sent.email':
    'Podívejte se do své e-mailové schránky: žádost potvrďte odkazem ve zprávě, kterou jsme vám poslali.',
  'page.request.sent.sms':
    'Podívejte se do svých SMS: žádost potvrďte odkazem, který jsme vám poslali.',
};

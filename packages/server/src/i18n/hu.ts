import type { PageMessages } from './en.js';

/** Hungarian (Magyar). */
export const hu: PageMessages = {
  'page.unsubscribe.title': 'Leiratkozás',
  'page.unsubscribe.ask.email': 'Leállítsuk a marketing célú e-mailek küldését ide: {contact}?',
  'page.unsubscribe.ask.sms': 'Leállítsuk a marketing célú SMS-ek küldését ide: {contact}?',
  'page.unsubscribe.ask.post':
    'Leállítsuk a postai reklámküldeményeket a(z) {contact} tulajdonosának?',
  'page.unsubscribe.askTopic': 'Leállítsuk a(z) „{topic}” küldését ide: {contact}?',
  'page.unsubscribe.button': 'Leiratkozom',
  'page.unsubscribed.title': 'Leiratkozott',
  'page.unsubscribed.email': '{contact} többé nem kap tőlünk marketing célú e-maileket.',
  'page.unsubscribed.sms': '{contact} többé nem kap tőlünk marketing célú SMS-eket.',
  'page.unsubscribed.post':
    'Többé nem küldünk postai reklámküldeményt a(z) {contact} tulajdonosának.',
  'page.unsubscribed.topic': '{contact} többé nem kapja ezt: „{topic}”.',
  'page.confirm.title': 'Erősítse meg feliratkozását',
  'page.confirm.text':
    'Kérjük, erősítse meg, hogy a(z) {contact} címre érkezzenek a megrendelt e-mailek.',
  'page.confirm.button': 'Feliratkozás megerősítése',
  'page.confirmed.title': 'Köszönjük',
  'page.confirmed.text': 'Feliratkozását megerősítettük.',
  'page.nothing.title': 'Nincs mit megerősíteni',
  'page.nothing.text': 'Egy feliratkozás sem vár megerősítésre.',
  'error.expired': 'Ez a link már nem érvényes.',
  'error.wrongPage': 'Ez a link nem ehhez az oldalhoz tartozik.',
  'error.invalid': 'Ez a link nem érvényes. Lehet, hogy hibásan másolták.',
  'error.requestLink': 'Kérjük, használja legutóbbi üzenetünk linkjét, vagy kérjen tőlünk újat.',
  'page.request.title': 'Erősítse meg kérelmét',
  'page.request.ask.access': 'Kérjük, erősítse meg, hogy másolatot kért az adatairól.',
  'page.request.ask.erasure': 'Kérjük, erősítse meg, hogy az adatai törlését kérte.',
  'page.request.button': 'Megerősítem a kérelmemet',
  'page.request.expired': 'Ez a hivatkozás lejárt. Kérjük, nyújtsa be újra a kérelmet.',
  'page.request.invalid': 'Ez a hivatkozás érvénytelen.',
  'page.request.confirmed.title': 'Kérelem megerősítve',
  'page.request.already': 'Ez a kérelem már meg van erősítve. Egy hónapon belül válaszolunk.',
  'page.request.done': 'Kérelme megerősítve. Egy hónapon belül válaszolunk.',
  'page.request.sent.email':
    'Nézze meg a postafiókját: a kérelem megerősítéséhez kövesse az általunk küldött üzenetben lévő hivatkozást.',
  'page.request.sent.sms':
    'Nézze meg az SMS-eit: a kérelem megerősítéséhez kövesse az általunk küldött hivatkozást.',
};

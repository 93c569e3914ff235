import type { PageMessages } from './en.js';

/** Danish (Dansk). */
export const da: PageMessages = {
  'page.unsubscribe.title': 'Afmeld',
  'page.unsubscribe.ask.email': 'Stop med at sende markedsførings-e-mails til {contact}?',
  'page.unsubscribe.ask.sms': 'Stop med at sende markedsførings-sms’er til {contact}?',
  'page.unsubscribe.ask.post':
    'Stop med at sende markedsføring med posten til indehaveren af {contact}?',
  'page.unsubscribe.askTopic': 'Stop med at sende “{topic}” til {contact}?',
  'page.unsubscribe.button': 'Afmeld',
  'page.unsubscribed.title': 'Du er afmeldt',
  'page.unsubscribed.email': '{contact} modtager ikke længere markedsførings-e-mails fra os.',
  'page.unsubscribed.sms': '{contact} modtager ikke længere markedsførings-sms’er fra os.',
  'page.unsubscribed.post':
    'Vi sender ikke længere markedsføring med posten til indehaveren af {contact}.',
  'page.unsubscribed.topic': '{contact} modtager ikke længere “{topic}”.',
  'page.confirm.title': 'Bekræft dit abonnement',
  'page.confirm.text':
    'Bekræft venligst, at {contact} skal modtage de e-mails, adressen er tilmeldt.',
  'page.confirm.button': 'Bekræft abonnement',
  'page.confirmed.title': 'Tak',
  'page.confirmed.text': 'Dit abonnement er bekræftet.',
  'page.nothing.title': 'Intet at bekræfte',
  'page.nothing.text': 'Intet abonnement venter på bekræftelse.',
  'error.expired': 'Dette link er ikke længere gyldigt.',
  'error.wrongPage': 'Dette link er ikke beregnet til denne side.',
  'error.invalid': 'Dette link er ikke gyldigt. Det er muligvis kopieret forkert.',
  'error.requestLink': 'Brug linket i vores seneste besked, eller kontakt os for at få et nyt.',
  'page.request.title': 'Bekræft din anmodning',
  'page.request.ask.access': 'Bekræft venligst, at du har bedt om en kopi af dine data.',
  'page.request.ask.erasure': 'Bekræft venligst, at du har bedt om sletning af dine data.',
  'page.request.button': 'Bekræft min anmodning',
  'page.request.expired': 'Dette link er udløbet. Send anmodningen igen.',
  'page.request.invalid': 'Dette link er ikke gyldigt.',
  'page.request.confirmed.title': 'Anmodningen er bekræftet',
  'page.request.already': 'Denne anmodning er allerede bekræftet. Vi svarer inden for en måned.',
  'page.request.done': 'Din anmodning er bekræftet. Vi svarer inden for en måned.',
  'page.request.sent.email':
    'Tjek din indbakke: følg linket i den besked, vi har sendt, for at bekræfte anmodningen.',
  'page.request.sent.sms':
    'Tjek dine sms’er: følg det link, vi har sendt, for at bekræfte anmodningen.',
};

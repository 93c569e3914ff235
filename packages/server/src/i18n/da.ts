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
};

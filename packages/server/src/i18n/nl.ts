import type { PageMessages } from './en.js';

/** Dutch (Nederlands). */
export const nl: PageMessages = {
  'page.unsubscribe.title': 'Afmelden',
  'page.unsubscribe.ask.email': 'Geen marketingmails meer sturen naar {contact}?',
  'page.unsubscribe.ask.sms': 'Geen marketing-sms’jes meer sturen naar {contact}?',
  'page.unsubscribe.ask.post': 'Geen reclame meer per post sturen naar de houder van {contact}?',
  'page.unsubscribe.askTopic': '‘{topic}’ niet meer sturen naar {contact}?',
  'page.unsubscribe.button': 'Afmelden',
  'page.unsubscribed.title': 'U bent afgemeld',
  'page.unsubscribed.email': '{contact} ontvangt geen marketingmails meer van ons.',
  'page.unsubscribed.sms': '{contact} ontvangt geen marketing-sms’jes meer van ons.',
  'page.unsubscribed.post': 'Wij sturen de houder van {contact} geen reclame meer per post.',
  'page.unsubscribed.topic': '{contact} ontvangt ‘{topic}’ niet meer.',
  'page.confirm.title': 'Bevestig uw inschrijving',
  'page.confirm.text':
    'Bevestig dat {contact} de e-mails moet ontvangen waarvoor het is aangemeld.',
  'page.confirm.button': 'Inschrijving bevestigen',
  'page.confirmed.title': 'Dank u wel',
  'page.confirmed.text': 'Uw inschrijving is bevestigd.',
  'page.nothing.title': 'Niets te bevestigen',
  'page.nothing.text': 'Er wacht geen inschrijving op bevestiging.',
  'error.expired': 'Deze link is niet meer geldig.',
  'error.wrongPage': 'Deze link is niet bedoeld voor deze pagina.',
  'error.invalid': 'Deze link is niet geldig. Mogelijk is hij niet goed gekopieerd.',
  'error.requestLink':
    'Gebruik de link in ons meest recente bericht, of neem contact met ons op voor een nieuwe link.',
  'page.request.title': 'Bevestig uw verzoek',
  'page.request.ask.access': 'Bevestig dat u om een kopie van uw gegevens hebt gevraagd.',
  'page.request.ask.erasure': 'Bevestig dat u om het wissen van uw gegevens hebt gevraagd.',
  'page.request.button': 'Mijn verzoek bevestigen',
  'page.request.expired': 'Deze link is verlopen. Dien het verzoek opnieuw in.',
  'page.request.invalid': 'Deze link is niet geldig.',
  'page.request.confirmed.title': 'Verzoek bevestigd',
  'page.request.already': 'Dit verzoek is al bevestigd. We antwoorden binnen een maand.',
  'page.request.done': 'Uw verzoek is bevestigd. We antwoorden binnen een maand.',
  'page.request.sent.email':
    'Kijk in uw inbox: volg de link in het bericht dat we hebben gestuurd om het verzoek te bevestigen.',
  'page.request.sent.sms':
    'Kijk in uw sms-berichten: volg de link die we hebben gestuurd om het verzoek te bevestigen.',
};

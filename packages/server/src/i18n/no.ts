import type { PageMessages } from './en.js';

/** Norwegian (Norsk bokmål). */
export const no: PageMessages = {
  'page.unsubscribe.title': 'Meld av',
  'page.unsubscribe.ask.email': 'Slutte å sende markedsførings-e-post til {contact}?',
  'page.unsubscribe.ask.sms': 'Slutte å sende markedsførings-SMS til {contact}?',
  'page.unsubscribe.ask.post':
    'Slutte å sende markedsføring i posten til innehaveren av {contact}?',
  'page.unsubscribe.askTopic': 'Slutte å sende «{topic}» til {contact}?',
  'page.unsubscribe.button': 'Meld av',
  'page.unsubscribed.title': 'Du er meldt av',
  'page.unsubscribed.email': '{contact} får ikke lenger markedsførings-e-post fra oss.',
  'page.unsubscribed.sms': '{contact} får ikke lenger markedsførings-SMS fra oss.',
  'page.unsubscribed.post':
    'Vi sender ikke lenger markedsføring i posten til innehaveren av {contact}.',
  'page.unsubscribed.topic': '{contact} får ikke lenger «{topic}».',
  'page.confirm.title': 'Bekreft abonnementet',
  'page.confirm.text': 'Bekreft at {contact} skal få e-postene det er meldt på.',
  'page.confirm.button': 'Bekreft abonnementet',
  'page.confirmed.title': 'Takk',
  'page.confirmed.text': 'Abonnementet ditt er bekreftet.',
  'page.nothing.title': 'Ingenting å bekrefte',
  'page.nothing.text': 'Ingen abonnementer venter på bekreftelse.',
  'error.expired': 'Denne lenken er ikke lenger gyldig.',
  'error.wrongPage': 'Denne lenken er ikke ment for denne siden.',
  'error.invalid': 'Denne lenken er ikke gyldig. Den kan ha blitt kopiert feil.',
  'error.requestLink': 'Bruk lenken i den nyeste meldingen vår, eller kontakt oss for å få en ny.',
  'page.request.title': 'Bekreft forespørselen din',
  'page.request.ask.access': 'Bekreft at du har bedt om en kopi av dataene dine.',
  'page.request.ask.erasure': 'Bekreft at du har bedt om at dataene dine slettes.',
  'page.request.button': 'Bekreft forespørselen min',
  'page.request.expired': 'Denne lenken er utløpt. Send forespørselen på nytt.',
  'page.request.invalid': 'Denne lenken er ikke gyldig.',
  'page.request.confirmed.title': 'Forespørselen er bekreftet',
  'page.request.already': 'Denne forespørselen er allerede bekreftet. Vi svarer innen én måned.',
  'page.request.done': 'Forespørselen din er bekreftet. Vi svarer innen én måned.',
  'page.request.sent.email':
    'Sjekk innboksen din: følg lenken i meldingen vi sendte, for å bekrefte forespørselen.',
  'page.request.sent.sms':
    'Sjekk tekstmeldingene dine: følg lenken vi sendte, for å bekrefte forespørselen.',
};

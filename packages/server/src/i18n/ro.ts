import type { PageMessages } from './en.js';

/** Romanian (Română). */
export const ro: PageMessages = {
  'page.unsubscribe.title': 'Dezabonare',
  'page.unsubscribe.ask.email': 'Opriți trimiterea e-mailurilor de marketing către {contact}?',
  'page.unsubscribe.ask.sms': 'Opriți trimiterea mesajelor SMS de marketing către {contact}?',
  'page.unsubscribe.ask.post':
    'Opriți trimiterea marketingului prin poștă către titularul {contact}?',
  'page.unsubscribe.askTopic': 'Opriți trimiterea „{topic}” către {contact}?',
  'page.unsubscribe.button': 'Mă dezabonez',
  'page.unsubscribed.title': 'V-ați dezabonat',
  'page.unsubscribed.email': '{contact} nu va mai primi de la noi e-mailuri de marketing.',
  'page.unsubscribed.sms': '{contact} nu va mai primi de la noi mesaje SMS de marketing.',
  'page.unsubscribed.post': 'Nu vom mai trimite marketing prin poștă titularului {contact}.',
  'page.unsubscribed.topic': '{contact} nu va mai primi „{topic}”.',
  'page.confirm.title': 'Confirmați abonarea',
  'page.confirm.text':
    'Vă rugăm să confirmați că {contact} trebuie să primească e-mailurile la care s-a abonat.',
  'page.confirm.button': 'Confirm abonarea',
  'page.confirmed.title': 'Vă mulțumim',
  'page.confirmed.text': 'Abonarea dumneavoastră este confirmată.',
  'page.nothing.title': 'Nimic de confirmat',
  'page.nothing.text': 'Nu există nicio abonare în așteptarea confirmării.',
  'error.expired': 'Acest link nu mai este valid.',
  'error.wrongPage': 'Acest link nu este destinat acestei pagini.',
  'error.invalid': 'Acest link nu este valid. Este posibil să fi fost copiat greșit.',
  'error.requestLink':
    'Vă rugăm să folosiți linkul din cel mai recent mesaj al nostru sau să ne contactați pentru unul nou.',
  'page.request.title': 'Confirmați solicitarea',
  'page.request.ask.access': 'Vă rugăm să confirmați că ați cerut o copie a datelor dumneavoastră.',
  'page.request.ask.erasure':
    'Vă rugăm să confirmați că ați cerut ștergerea datelor dumneavoastră.',
  'page.request.button': 'Confirm solicitarea',
  'page.request.expired': 'Acest link a expirat. Vă rugăm să faceți din nou solicitarea.',
  'page.request.invalid': 'Acest link nu este valid.',
  'page.request.confirmed.title': 'Solicitare confirmată',
  'page.request.already':
    'Această solicitare este deja confirmată. Vă vom răspunde în termen de o lună.',
  'page.request.done':
    'Solicitarea dumneavoastră este confirmată. Vă vom răspunde în termen de o lună.',
  'page.request.sent.email':
    'Verificați-vă căsuța de e-mail: urmați linkul din mesajul trimis de noi pentru a confirma solicitarea.',
  'page.request.sent.sms':
    'Verificați-vă SMS-urile: urmați linkul trimis de noi pentru a confirma solicitarea.',
};

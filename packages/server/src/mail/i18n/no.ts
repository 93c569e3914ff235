import type { MailMessages } from './en.js';

/** Norwegian (Norsk). */
export const no: MailMessages = {
  greeting: 'Hei,',
  footer: 'Denne meldingen ble sendt på grunn av en forespørsel som ble gjort med denne adressen.',
  expiry: 'Lenken virker i 7 dager.',
  'confirm.subject': 'Bekreft abonnementet ditt',
  'confirm.body':
    'Noen, forhåpentligvis du, har bedt om å få e-post fra oss sendt til {address}. For å bekrefte åpner du lenken nedenfor og trykker på knappen.',
  'confirm.action': 'Bekreft abonnementet mitt',
  'confirm.ignore':
    'Hvis du ikke har bedt om dette, kan du se bort fra meldingen: vi sender deg ikke e-post.',
  'verify.subject': 'Bekreft forespørselen om dataene dine',
  'verify.access': 'Vi har mottatt en forespørsel om en kopi av dataene vi har om {address}.',
  'verify.erasure': 'Vi har mottatt en forespørsel om å slette dataene vi har om {address}.',
  'verify.action': 'Bekreft forespørselen min',
  'verify.wait': 'Ingenting skjer før du bekrefter.',
  'verify.ignore':
    'Hvis du ikke har bedt om dette, kan du se bort fra meldingen, og ingenting endres.',
  'access.subject': 'Dataene dine er klare',
  'access.body':
    'Som du ba om, får du her en lenke for å laste ned en kopi av dataene vi har om {address}: hver registrerte beslutning om samtykke, med ordlyd og tidspunkter, og gjeldende status.',
  'access.action': 'Last ned dataene mine',
  'erased.subject': 'Dataene dine er slettet',
  'erased.body':
    'Som du ba om, har vi slettet {address} og samtykkestatusen som var knyttet til den. Registreringene av tidligere beslutninger blir liggende, uten noe som kan identifisere deg, slik at de beholder sin beviskraft.',
  'sms.verify.access':
    'Vi har mottatt en forespørsel om en kopi av dataene vi har om {address}. Bekreft ved å åpne {url} (gyldig i 7 dager). Hvis det ikke var deg, kan du se bort fra meldingen.',
  'sms.verify.erasure':
    'Vi har mottatt en forespørsel om å slette dataene vi har om {address}. Bekreft ved å åpne {url} (gyldig i 7 dager). Hvis det ikke var deg, kan du se bort fra meldingen.',
  'sms.access': 'Dataene dine er klare. Last dem ned innen 7 dager: {url}',
  'sms.erased':
    'Som du ba om, har vi slettet {address} og samtykkestatusen som var knyttet til nummeret. Du får ikke flere meldinger om dette.',
};

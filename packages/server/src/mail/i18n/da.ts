import type { MailMessages } from './en.js';

/** Danish (Dansk). */
export const da: MailMessages = {
  greeting: 'Hej,',
  footer: 'Denne besked blev sendt på grund af en anmodning, der blev fremsat med denne adresse.',
  expiry: 'Linket virker i 7 dage.',
  'confirm.subject': 'Bekræft venligst dit abonnement',
  'confirm.body':
    'Nogen, forhåbentlig dig, har bedt om at få e-mails fra os sendt til {address}. For at bekræfte skal du åbne linket nedenfor og trykke på knappen.',
  'confirm.action': 'Bekræft mit abonnement',
  'confirm.ignore':
    'Hvis du ikke har bedt om det, kan du se bort fra denne besked: vi sender dig ikke e-mails.',
  'verify.subject': 'Bekræft din anmodning om dine data',
  'verify.access': 'Vi har modtaget en anmodning om en kopi af de data, vi har om {address}.',
  'verify.erasure': 'Vi har modtaget en anmodning om at slette de data, vi har om {address}.',
  'verify.action': 'Bekræft min anmodning',
  'verify.wait': 'Der sker intet, før du bekræfter.',
  'verify.ignore':
    'Hvis du ikke har bedt om det, kan du se bort fra denne besked, og intet ændres.',
  'access.subject': 'Dine data er klar',
  'access.body':
    'Som du bad om, er her et link til at downloade en kopi af de data, vi har om {address}: alle registrerede beslutninger om samtykke med deres ordlyd og tidspunkter samt den nuværende status.',
  'access.action': 'Download mine data',
  'erased.subject': 'Dine data er blevet slettet',
  'erased.body':
    'Som du bad om, har vi slettet {address} og den samtykkestatus, der var knyttet til den. Registreringerne af tidligere beslutninger bevares uden noget, der kan identificere dig, så de fortsat kan dokumentere samtykket.',
  'sms.verify.access':
    'Vi har modtaget en anmodning om en kopi af de data, vi har om {address}. Bekræft den ved at åbne {url} (gyldigt i 7 dage). Hvis det ikke var dig, kan du se bort fra beskeden.',
  'sms.verify.erasure':
    'Vi har modtaget en anmodning om at slette de data, vi har om {address}. Bekræft den ved at åbne {url} (gyldigt i 7 dage). Hvis det ikke var dig, kan du se bort fra beskeden.',
  'sms.access': 'Dine data er klar. Download dem inden for 7 dage: {url}',
  'sms.erased':
    'Som du bad om, har vi slettet {address} og den samtykkestatus, der var knyttet til nummeret. Du får ikke flere beskeder om det.',
};

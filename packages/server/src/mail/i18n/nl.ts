import type { MailMessages } from './en.js';

/** Dutch (Nederlands). */
export const nl: MailMessages = {
  greeting: 'Beste lezer,',
  footer: 'Dit bericht is verstuurd vanwege een verzoek dat met dit adres is gedaan.',
  expiry: 'De link werkt 7 dagen.',
  'confirm.subject': 'Bevestig uw inschrijving',
  'confirm.body':
    'Iemand, hopelijk u, heeft gevraagd om e-mails van ons te ontvangen op {address}. Open de link hieronder en druk op de knop om dit te bevestigen.',
  'confirm.action': 'Mijn inschrijving bevestigen',
  'confirm.ignore':
    'Heeft u hier niet om gevraagd? Negeer dan dit bericht: we sturen u geen e-mails.',
  'verify.subject': 'Bevestig uw verzoek over uw gegevens',
  'verify.access':
    'We hebben een verzoek ontvangen om een kopie van de gegevens die we over {address} bewaren.',
  'verify.erasure':
    'We hebben een verzoek ontvangen om de gegevens die we over {address} bewaren te wissen.',
  'verify.action': 'Mijn verzoek bevestigen',
  'verify.wait': 'Er gebeurt niets totdat u bevestigt.',
  'verify.ignore': 'Heeft u hier niet om gevraagd? Negeer dan dit bericht en er verandert niets.',
  'access.subject': 'Uw gegevens staan klaar',
  'access.body':
    'Zoals gevraagd vindt u hier een link om een kopie te downloaden van de gegevens die we over {address} bewaren: elke vastgelegde toestemmingsbeslissing, met de tekst en de tijdstippen, en de huidige stand.',
  'access.action': 'Mijn gegevens downloaden',
  'erased.subject': 'Uw gegevens zijn gewist',
  'erased.body':
    'Zoals gevraagd hebben we {address} gewist, en de toestemmingen die eraan gekoppeld waren. De vastleggingen van eerdere beslissingen blijven bestaan, zonder iets waaraan u te herkennen bent, zodat ze hun bewijskracht houden.',
  'sms.verify.access':
    'We hebben een verzoek ontvangen om een kopie van de gegevens die we over {address} bewaren. Open {url} om het te bevestigen (7 dagen geldig). Heeft u hier niet om gevraagd? Negeer dit bericht.',
  'sms.verify.erasure':
    'We hebben een verzoek ontvangen om de gegevens die we over {address} bewaren te wissen. Open {url} om het te bevestigen (7 dagen geldig). Heeft u hier niet om gevraagd? Negeer dit bericht.',
  'sms.access': 'Uw gegevens staan klaar. Download ze binnen 7 dagen: {url}',
  'sms.erased':
    'Zoals gevraagd hebben we {address} gewist, en de toestemmingen die eraan gekoppeld waren. U krijgt hierover geen berichten meer.',
};

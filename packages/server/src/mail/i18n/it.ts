import type { MailMessages } from './en.js';

/** Italian (Italiano). */
export const it: MailMessages = {
  greeting: 'Gentile utente,',
  footer: 'Questo messaggio è stato inviato a seguito di una richiesta fatta con questo indirizzo.',
  expiry: 'Il link è valido per 7 giorni.',
  'confirm.subject': 'Conferma la tua iscrizione',
  'confirm.body':
    'Qualcuno, speriamo tu, ha chiesto di ricevere le nostre email all’indirizzo {address}. Per confermare, apri il link qui sotto e premi il pulsante.',
  'confirm.action': 'Confermo l’iscrizione',
  'confirm.ignore': 'Se non l’hai chiesto tu, ignora questo messaggio: non ti invieremo email.',
  'verify.subject': 'Conferma la tua richiesta sui tuoi dati',
  'verify.access': 'Abbiamo ricevuto una richiesta di copia dei dati che conserviamo su {address}.',
  'verify.erasure':
    'Abbiamo ricevuto una richiesta di cancellazione dei dati che conserviamo su {address}.',
  'verify.action': 'Confermo la richiesta',
  'verify.wait': 'Non succede nulla finché non confermi.',
  'verify.ignore': 'Se non l’hai chiesto tu, ignora questo messaggio e non cambierà nulla.',
  'access.subject': 'I tuoi dati sono pronti',
  'access.body':
    'Come richiesto, ecco un link per scaricare una copia dei dati che conserviamo su {address}: ogni decisione di consenso registrata, con il suo testo e i suoi orari, e il suo stato attuale.',
  'access.action': 'Scarica i miei dati',
  'erased.subject': 'I tuoi dati sono stati cancellati',
  'erased.body':
    'Come richiesto, abbiamo cancellato {address} e lo stato dei consensi a esso collegato. Le registrazioni delle decisioni passate restano, senza nulla che ti identifichi, così da conservare il loro valore di prova.',
  'sms.verify.access':
    'Abbiamo ricevuto una richiesta di copia dei dati che conserviamo su {address}. Per confermarla apri {url} (valido 7 giorni). Se non l’hai chiesto tu, ignora questo messaggio.',
  'sms.verify.erasure':
    'Abbiamo ricevuto una richiesta di cancellazione dei dati che conserviamo su {address}. Per confermarla apri {url} (valido 7 giorni). Se non l’hai chiesto tu, ignora questo messaggio.',
  'sms.access': 'I tuoi dati sono pronti. Scaricali entro 7 giorni: {url}',
  'sms.erased':
    'Come richiesto, abbiamo cancellato {address} e lo stato dei consensi a esso collegato. Non riceverai altri messaggi in merito.',
};

import type { MailMessages } from './en.js';

/** Italian (Italiano). */
export const it: MailMessages = {
  greeting: 'Gentile utente,',
  footer: 'Le inviamo questo messaggio a seguito di una richiesta fatta con questo indirizzo.',
  expiry: 'Il link è valido per 7 giorni.',
  'confirm.subject': 'Confermi la Sua iscrizione',
  'confirm.body':
    'Qualcuno, speriamo Lei, ha chiesto di ricevere le nostre email all’indirizzo {address}. Per confermare, apra il link qui sotto e prema il pulsante.',
  'confirm.action': 'Confermo l’iscrizione',
  'confirm.ignore': 'Se non l’ha chiesto Lei, ignori questo messaggio: non Le invieremo email.',
  'verify.subject': 'Confermi la Sua richiesta sui Suoi dati',
  'verify.access': 'Abbiamo ricevuto una richiesta di copia dei dati che conserviamo su {address}.',
  'verify.erasure':
    'Abbiamo ricevuto una richiesta di cancellazione dei dati che conserviamo su {address}.',
  'verify.action': 'Confermo la richiesta',
  'verify.wait': 'Non succede nulla finché non conferma.',
  'verify.ignore': 'Se non l’ha chiesto Lei, ignori questo messaggio e non cambierà nulla.',
  'access.subject': 'I Suoi dati sono pronti',
  'access.body':
    'Come richiesto, ecco un link per scaricare una copia dei dati che conserviamo su {address}: ogni decisione di consenso registrata, con il suo testo e i suoi orari, e il suo stato attuale.',
  'access.action': 'Scarica i miei dati',
  'erased.subject': 'I Suoi dati sono stati cancellati',
  'erased.body':
    'Come richiesto, abbiamo cancellato {address} e lo stato dei consensi a esso collegato. Le registrazioni delle decisioni passate restano, senza nulla che La identifichi, così da conservare il loro valore di prova.',
  'sms.verify.access':
    'Abbiamo ricevuto una richiesta di copia dei dati che conserviamo su {address}. Per confermarla apra {url} (valido 7 giorni). Se non l’ha chiesto Lei, ignori questo messaggio.',
  'sms.verify.erasure':
    'Abbiamo ricevuto una richiesta di cancellazione dei dati che conserviamo su {address}. Per confermarla apra {url} (valido 7 giorni). Se non l’ha chiesto Lei, ignori questo messaggio.',
  'sms.access': 'I Suoi dati sono pronti. Li scarichi entro 7 giorni: {url}',
  'sms.erased':
    'Come richiesto, abbiamo cancellato {address} e lo stato dei consensi a esso collegato. Non riceverà altri messaggi in merito.',
};

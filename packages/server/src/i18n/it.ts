import type { PageMessages } from './en.js';

/** Italian (Italiano). */
export const it: PageMessages = {
  'page.unsubscribe.title': 'Annulla l’iscrizione',
  'page.unsubscribe.ask.email': 'Interrompere l’invio di email promozionali a {contact}?',
  'page.unsubscribe.ask.sms': 'Interrompere l’invio di SMS promozionali a {contact}?',
  'page.unsubscribe.ask.post':
    'Interrompere l’invio di pubblicità per posta al titolare di {contact}?',
  'page.unsubscribe.askTopic': 'Interrompere l’invio di «{topic}» a {contact}?',
  'page.unsubscribe.button': 'Annulla l’iscrizione',
  'page.unsubscribed.title': 'Iscrizione annullata',
  'page.unsubscribed.email': '{contact} non riceverà più email promozionali da parte nostra.',
  'page.unsubscribed.sms': '{contact} non riceverà più SMS promozionali da parte nostra.',
  'page.unsubscribed.post': 'Non invieremo più pubblicità per posta al titolare di {contact}.',
  'page.unsubscribed.topic': '{contact} non riceverà più «{topic}».',
  'page.confirm.title': 'Confermi la sua iscrizione',
  'page.confirm.text': 'Confermi che {contact} deve ricevere le email a cui si è iscritto.',
  'page.confirm.button': 'Conferma l’iscrizione',
  'page.confirmed.title': 'Grazie',
  'page.confirmed.text': 'La sua iscrizione è confermata.',
  'page.nothing.title': 'Niente da confermare',
  'page.nothing.text': 'Non c’è alcuna iscrizione in attesa di conferma.',
  'error.expired': 'Questo link non è più valido.',
  'error.wrongPage': 'Questo link non è destinato a questa pagina.',
  'error.invalid': 'Questo link non è valido. Potrebbe non essere stato copiato correttamente.',
  'error.requestLink':
    'Utilizzi il link contenuto nel nostro messaggio più recente oppure ci contatti per riceverne uno nuovo.',
  'page.request.title': 'Confermi la sua richiesta',
  'page.request.ask.access': 'Confermi di aver chiesto una copia dei suoi dati.',
  'page.request.ask.erasure': 'Confermi di aver chiesto la cancellazione dei suoi dati.',
  'page.request.button': 'Conferma la mia richiesta',
  'page.request.expired': 'Questo link è scaduto. Ripeta la richiesta.',
  'page.request.invalid': 'Questo link non è valido.',
  'page.request.confirmed.title': 'Richiesta confermata',
  'page.request.already': 'Questa richiesta è già confermata. Le risponderemo entro un mese.',
  'page.request.done': 'La sua richiesta è confermata. Le risponderemo entro un mese.',
  'page.request.sent.email':
    'Controlli la sua casella di posta: segua il link nel messaggio che le abbiamo inviato per confermare la richiesta.',
  'page.request.sent.sms':
    'Controlli i suoi SMS: segua il link che le abbiamo inviato per confermare la richiesta.',
};

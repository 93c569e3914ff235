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
};

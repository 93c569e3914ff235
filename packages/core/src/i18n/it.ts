import type { Messages } from './en.js';

/** Italian (Italiano). */
export const it: Messages = {
  'banner.title': 'Utilizziamo i cookie',
  'banner.text':
    'Utilizziamo cookie necessari per il funzionamento di questo sito. Può modificare le sue scelte in qualsiasi momento.',
  'banner.label': 'Consenso ai cookie',
  'actions.acceptAll': 'Accetta tutti',
  'actions.rejectAll': 'Rifiuta tutti',
  'actions.manage': 'Gestisci preferenze',
  'actions.save': 'Salva le scelte',
  'actions.close': 'Chiudi',
  'links.privacyPolicy': 'Informativa sulla privacy',
  'banner.accepted':
    'Ha accettato i cookie aggiuntivi. Può modificare le impostazioni dei cookie in qualsiasi momento.',
  'banner.rejected':
    'Ha rifiutato i cookie aggiuntivi. Può modificare le impostazioni dei cookie in qualsiasi momento.',
  'banner.hideMessage': 'Nascondi questo messaggio',
  'preferences.title': 'Preferenze sui cookie',
  'preferences.text':
    'Scelga quali cookie possiamo utilizzare. I cookie necessari sono sempre attivi perché il sito non può funzionare senza di essi. Le sue scelte valgono per questo sito e può modificarle in qualsiasi momento.',
  'preferences.alwaysOn': 'Sempre attivi',
  'preferences.objection': 'Attivo salvo opposizione. Disattivalo per opporti.',
  'preferences.services': 'Servizi',
  'preferences.cookies': 'Cookie',
  'preferences.cookieName': 'Nome',
  'preferences.cookieDuration': 'Durata',
  'preferences.cookiePurpose': 'Finalità',
  'preferences.details': 'Dettagli',
  'preferences.detailsFor': 'Dettagli su {service}',
  'preferences.serviceSwitch': 'Consenti {service}',
  'preferences.gpcNotice':
    'Il suo browser invia un segnale Global Privacy Control, pertanto i cookie di marketing restano disattivati a meno che non li attivi qui.',
  'category.necessary.title': 'Necessari',
  'category.necessary.description':
    'Indispensabili per il funzionamento del sito, ad esempio per ricordare le sue scelte sui cookie e mantenere attivo l’accesso. Non possono essere disattivati.',
  'category.functional.title': 'Funzionali',
  'category.functional.description':
    'Ricordano le scelte effettuate, come la lingua o la regione, per offrirle un’esperienza più personalizzata.',
  'category.analytics.title': 'Analitici',
  'category.analytics.description':
    'Ci aiutano a capire come i visitatori utilizzano il sito, ad esempio quali pagine sono le più visitate, per poterlo migliorare. Le informazioni sono raccolte in forma aggregata.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Utilizzati da noi e dai nostri partner per mostrarle contenuti e annunci pertinenti su questo e su altri siti e per misurarne l’efficacia.',
  'trigger.label': 'Impostazioni cookie',
  'trigger.tooltip': 'Modifica le scelte sui cookie',
  'embed.title': 'Il contenuto di {service} è bloccato',
  'embed.text':
    'Questo contenuto è fornito da {service}, che potrebbe impostare cookie della categoria «{category}». Non viene mostrato perché non lo ha consentito.',
  'embed.allow': 'Consenti e carica',
  'embed.settings': 'Impostazioni cookie',
  'embed.scope': 'Verrà consentito solo {service}.',
  'embed.unknown':
    'Questo contenuto è bloccato finché non consenti i cookie della categoria «{category}».',
  'optin.title': 'Restiamo in contatto',
  'optin.statement':
    'Scelga come desidera ricevere le nostre comunicazioni. Ogni messaggio contiene un link per annullare l’iscrizione e può revocare il consenso in qualsiasi momento.',
  'optin.channel.email': 'Desidero ricevere notizie e aggiornamenti via email',
  'optin.channel.sms': 'Desidero ricevere messaggi SMS',
  'optin.channel.post': 'Non desidero ricevere comunicazioni di marketing per posta',
  'optin.topics': 'Argomenti',
  'optin.emailLabel': 'Indirizzo email',
  'optin.phoneLabel': 'Numero di cellulare',
  'optin.submit': 'Iscrivimi',
  'optin.success': 'Grazie. Le sue scelte sono state registrate.',
  'optin.pending':
    'Manca poco: controlli la sua casella di posta e segua il link per confermare l’iscrizione.',
  'optin.error': 'Siamo spiacenti, si è verificato un errore. La preghiamo di riprovare.',
  'optin.invalidEmail':
    'Inserisca un indirizzo email nel formato corretto, ad esempio name@example.com',
  'optin.invalidPhone':
    'Inserisca un numero di cellulare nel formato corretto, ad esempio {example}',
  'optin.requiredEmail': 'Inserisca il suo indirizzo email per ricevere le email',
  'optin.requiredPhone': 'Inserisca il suo numero di cellulare per ricevere gli SMS',
  'optin.chooseChannel': 'Scelga almeno un modo in cui possiamo contattarla',
  'unsubscribe.title': 'Le sue preferenze di comunicazione',
  'unsubscribe.text':
    'Scelga cosa non desidera più ricevere. Le modifiche hanno effetto immediato.',
  'unsubscribe.channel.email': 'Email',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Posta',
  'unsubscribe.status.granted': 'Iscrizione attiva',
  'unsubscribe.status.denied': 'Iscrizione annullata',
  'unsubscribe.status.pending': 'In attesa di conferma',
  'unsubscribe.status.unknown': 'Nessuna iscrizione',
  'unsubscribe.topic': 'Annulla l’iscrizione a «{topic}»',
  'unsubscribe.everything': 'Annulla tutte le iscrizioni',
  'unsubscribe.undo': 'Ripristina',
  'unsubscribe.invalidToken':
    'Questo link non è valido. Potrebbe non essere stato copiato correttamente.',
  'unsubscribe.expiredToken': 'Questo link è scaduto.',
  'unsubscribe.requestLink':
    'Utilizzi il link contenuto nel nostro messaggio più recente oppure ci contatti per riceverne uno nuovo.',
  'unsubscribe.loading': 'Caricamento delle preferenze…',
  'unsubscribe.error':
    'Siamo spiacenti, non è stato possibile caricare le sue preferenze. Riprovi più tardi.',
  'unsubscribe.nothing': 'Non ha iscrizioni attive.',
  'unsubscribe.for': 'Preferenze per {contact}',
  'unsubscribe.status.postDefault': 'Invio attivo salvo sua opposizione',
  'unsubscribe.doneEverything': 'La sua iscrizione a tutte le comunicazioni è stata annullata.',
  'unsubscribe.undoneEverything': 'Le sue iscrizioni sono state ripristinate.',
  'unsubscribe.retry': 'Riprova',
  'preferences.sessionCookie': 'Fino alla chiusura del browser',
  'unsubscribe.channelAll.email': 'Annulla l’iscrizione a tutte le email',
  'unsubscribe.channelAll.sms': 'Annulla l’iscrizione a tutti gli SMS',
  'unsubscribe.channelAll.post': 'Non ricevere più pubblicità per posta',
  'unsubscribe.done.email': 'Non riceverà più email promozionali da parte nostra.',
  'unsubscribe.done.sms': 'Non riceverà più SMS promozionali da parte nostra.',
  'unsubscribe.done.post': 'Non le invieremo più pubblicità per posta.',
  'unsubscribe.doneTopic': 'La sua iscrizione a «{topic}» è stata annullata.',
  'unsubscribe.undone.email': 'Riceverà di nuovo le nostre email promozionali.',
  'unsubscribe.undone.sms': 'Riceverà di nuovo i nostri SMS promozionali.',
  'unsubscribe.undone.post': 'Potremo di nuovo inviarle pubblicità per posta.',
  'unsubscribe.undoneTopic': 'La sua iscrizione a «{topic}» è stata ripristinata.',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'I Suoi dati',
  'rights.text.email':
    'Chieda una copia dei dati sul consenso che conserviamo su di Lei, oppure la loro cancellazione. Le invieremo via email un link per confermare che la richiesta è Sua.',
  'rights.text.phone':
    'Chieda una copia dei dati sul consenso che conserviamo su di Lei, oppure la loro cancellazione. Le invieremo via SMS un link per confermare che la richiesta è Sua.',
  'rights.legend': 'Che cosa desidera?',
  'rights.access': 'Ricevere una copia dei miei dati',
  'rights.erasure': 'Cancellare i miei dati',
  'rights.submit': 'Invia la richiesta',
  'rights.sending': 'Invio in corso…',
  'rights.chooseOne': 'Scelga che cosa desidera.',
  'rights.sent.email':
    'Controlli la Sua casella di posta: abbiamo inviato un link a {email}. La richiesta parte quando lo apre.',
  'rights.sent.sms':
    'Controlli i Suoi SMS: abbiamo inviato un link al {phone}. La richiesta parte quando lo apre.',
  'rights.failed': 'Non è stato possibile inviare la richiesta. Riprovi più tardi.',
  'rights.another': 'Fai un’altra richiesta',
  'banner.purposes':
    'Con il suo consenso vorremmo utilizzare anche cookie facoltativi per queste finalità: {purposes}.',
  'banner.objection':
    'Misuriamo già come viene utilizzato il sito ({categories}): la legge lo consente a meno che lei non si opponga. Per opporsi, scelga «{reject}».',
  'banner.controller': '{controller} è responsabile dell’uso dei suoi dati su questo sito.',
  'preferences.cookieProvider': 'Fornitore',
  'preferences.ownCookie': 'Ricorda le sue scelte sui cookie',
  'optin.softStatement':
    'Poiché è già nostro cliente o sostenitore, potremmo inviarle novità su prodotti, servizi o cause simili. Selezioni una casella se non lo desidera. Ogni messaggio contiene un link per annullare l’iscrizione.',
  'optin.softOptOut.email': 'Non voglio ricevere e-mail di marketing',
  'optin.softOptOut.sms': 'Non voglio ricevere SMS di marketing',
  'optin.chooseTopic': 'Scelga almeno un argomento',
  'list.two': '{0} e {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} e {1}',
};

export default it;

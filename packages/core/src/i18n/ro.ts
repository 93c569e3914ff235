import type { Messages } from './en.js';

/** Romanian (Română). */
export const ro: Messages = {
  'banner.title': 'Folosim cookie-uri',
  'banner.text':
    'Folosim cookie-uri necesare pentru ca acest site să funcționeze. Vă puteți modifica opțiunile oricând.',
  'banner.label': 'Consimțământ pentru cookie-uri',
  'actions.acceptAll': 'Acceptă toate',
  'actions.rejectAll': 'Respinge toate',
  'actions.manage': 'Gestionează preferințele',
  'actions.save': 'Salvează opțiunile',
  'actions.close': 'Închide',
  'links.privacyPolicy': 'Notă de informare privind confidențialitatea',
  'banner.accepted':
    'Ați acceptat cookie-urile suplimentare. Puteți modifica oricând setările cookie-urilor.',
  'banner.rejected':
    'Ați refuzat cookie-urile suplimentare. Puteți modifica oricând setările cookie-urilor.',
  'banner.hideMessage': 'Ascundeți acest mesaj',
  'preferences.title': 'Preferințe privind cookie-urile',
  'preferences.text':
    'Alegeți ce cookie-uri putem folosi. Cookie-urile necesare sunt mereu active, deoarece site-ul nu poate funcționa fără ele. Opțiunile dumneavoastră se aplică acestui site și le puteți modifica oricând.',
  'preferences.alwaysOn': 'Mereu active',
  'preferences.objection':
    'Activat, cu excepția cazului în care vă opuneți. Dezactivați-l pentru a vă opune.',
  'preferences.services': 'Servicii',
  'preferences.cookies': 'Cookie-uri',
  'preferences.cookieName': 'Nume',
  'preferences.cookieDuration': 'Durată',
  'preferences.cookiePurpose': 'Scop',
  'preferences.sessionCookie': 'Până când închideți browserul',
  'preferences.details': 'Detalii',
  'preferences.detailsFor': 'Detalii despre {service}',
  'preferences.serviceSwitch': 'Permite {service}',
  'preferences.gpcNotice':
    'Browserul dumneavoastră trimite un semnal Global Privacy Control, așa că cookie-urile de marketing rămân dezactivate, cu excepția cazului în care le activați aici.',
  'category.necessary.title': 'Necesare',
  'category.necessary.description':
    'Necesare pentru funcționarea site-ului, de exemplu pentru a reține opțiunile privind cookie-urile și pentru a vă menține autentificat. Nu pot fi dezactivate.',
  'category.functional.title': 'Funcționale',
  'category.functional.description':
    'Rețin opțiunile pe care le faceți, cum ar fi limba sau regiunea, pentru a vă oferi o experiență mai personalizată.',
  'category.analytics.title': 'Analitice',
  'category.analytics.description':
    'Ne ajută să înțelegem cum folosesc vizitatorii site-ul, de exemplu ce pagini sunt cele mai vizitate, pentru a-l putea îmbunătăți. Informațiile sunt colectate în formă agregată.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Folosite de noi și de partenerii noștri pentru a vă arăta conținut și reclame relevante pe acest site și pe altele și pentru a măsura cât de eficiente sunt.',
  'trigger.label': 'Setări cookie-uri',
  'trigger.tooltip': 'Modificați opțiunile privind cookie-urile',
  'embed.title': 'Conținutul de la {service} este blocat',
  'embed.text':
    'Acest conținut este furnizat de {service}, care poate plasa cookie-uri din categoria „{category}”. Nu este afișat pentru că nu l-ați permis.',
  'embed.allow': 'Permite și încarcă',
  'embed.settings': 'Setări cookie-uri',
  'embed.scope': 'Va fi permis doar {service}.',
  'embed.unknown':
    'Acest conținut este blocat până când permiteți cookie-urile din categoria „{category}”.',
  'optin.title': 'Să rămânem în legătură',
  'optin.statement':
    'Alegeți cum doriți să primiți vești de la noi. Fiecare mesaj conține un link de dezabonare și vă puteți retrage consimțământul oricând.',
  'optin.channel.email': 'Doresc să primesc noutăți și actualizări prin e-mail',
  'optin.channel.sms': 'Doresc să primesc mesaje SMS',
  'optin.channel.post': 'Nu doresc să primesc marketing prin poștă',
  'optin.topics': 'Subiecte',
  'optin.emailLabel': 'Adresă de e-mail',
  'optin.phoneLabel': 'Număr de telefon mobil',
  'optin.submit': 'Mă abonez',
  'optin.success': 'Vă mulțumim. Opțiunile dumneavoastră au fost înregistrate.',
  'optin.pending':
    'Aproape gata: verificați-vă căsuța de e-mail și urmați linkul pentru a vă confirma abonarea.',
  'optin.error': 'Ne pare rău, a apărut o eroare. Vă rugăm să încercați din nou.',
  'optin.invalidEmail':
    'Introduceți o adresă de e-mail în formatul corect, de exemplu name@example.com',
  'optin.invalidPhone':
    'Introduceți un număr de telefon mobil în formatul corect, de exemplu {example}',
  'optin.requiredEmail': 'Introduceți adresa de e-mail pentru a primi e-mailuri',
  'optin.requiredPhone': 'Introduceți numărul de telefon mobil pentru a primi mesaje SMS',
  'optin.chooseChannel': 'Alegeți cel puțin un mod în care vă putem contacta',
  'unsubscribe.title': 'Preferințele dumneavoastră de comunicare',
  'unsubscribe.text': 'Alegeți ce nu mai doriți să primiți. Modificările se aplică imediat.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Poștă',
  'unsubscribe.status.granted': 'Abonat',
  'unsubscribe.status.denied': 'Dezabonat',
  'unsubscribe.status.pending': 'În așteptarea confirmării',
  'unsubscribe.status.unknown': 'Neabonat',
  'unsubscribe.topic': 'Dezabonare de la „{topic}”',
  'unsubscribe.channelAll.email': 'Dezabonare de la toate e-mailurile',
  'unsubscribe.channelAll.sms': 'Dezabonare de la toate mesajele SMS',
  'unsubscribe.channelAll.post': 'Oprește tot marketingul prin poștă',
  'unsubscribe.everything': 'Dezabonare de la tot',
  'unsubscribe.done.email': 'Nu veți mai primi de la noi e-mailuri de marketing.',
  'unsubscribe.done.sms': 'Nu veți mai primi de la noi mesaje SMS de marketing.',
  'unsubscribe.done.post': 'Nu vă vom mai trimite marketing prin poștă.',
  'unsubscribe.doneTopic': 'V-ați dezabonat de la „{topic}”.',
  'unsubscribe.undo': 'Anulează',
  'unsubscribe.undone.email': 'Veți primi din nou e-mailurile noastre de marketing.',
  'unsubscribe.undone.sms': 'Veți primi din nou mesajele noastre SMS de marketing.',
  'unsubscribe.undone.post': 'Vă putem trimite din nou marketing prin poștă.',
  'unsubscribe.undoneTopic': 'Abonamentul dumneavoastră la „{topic}” a fost restabilit.',
  'unsubscribe.invalidToken': 'Acest link nu este valid. Este posibil să fi fost copiat greșit.',
  'unsubscribe.expiredToken': 'Acest link a expirat.',
  'unsubscribe.requestLink':
    'Vă rugăm să folosiți linkul din cel mai recent mesaj al nostru sau să ne contactați pentru unul nou.',
  'unsubscribe.loading': 'Se încarcă preferințele…',
  'unsubscribe.error':
    'Ne pare rău, nu am putut încărca preferințele dumneavoastră. Vă rugăm să încercați mai târziu.',
  'unsubscribe.nothing': 'Nu sunteți abonat la nimic.',
  'unsubscribe.for': 'Preferințe pentru {contact}',
  'unsubscribe.status.postDefault': 'Se trimite dacă nu vă opuneți',
  'unsubscribe.doneEverything': 'V-ați dezabonat de la tot.',
  'unsubscribe.undoneEverything': 'Abonamentele dumneavoastră au fost restabilite.',
  'unsubscribe.retry': 'Încearcă din nou',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Datele dumneavoastră',
  'rights.text.email':
    'Cereți o copie a datelor privind consimțământul pe care le deținem despre dumneavoastră sau ștergerea lor. Vă trimitem prin e-mail un link cu care confirmați că cererea vă aparține.',
  'rights.text.phone':
    'Cereți o copie a datelor privind consimțământul pe care le deținem despre dumneavoastră sau ștergerea lor. Vă trimitem prin SMS un link cu care confirmați că cererea vă aparține.',
  'rights.legend': 'Ce doriți?',
  'rights.access': 'O copie a datelor mele',
  'rights.erasure': 'Ștergerea datelor mele',
  'rights.submit': 'Trimiteți cererea',
  'rights.sending': 'Se trimite…',
  'rights.chooseOne': 'Alegeți ce doriți.',
  'rights.sent.email':
    'Verificați-vă căsuța de e-mail: am trimis un link la {email}. Cererea începe după ce îl deschideți.',
  'rights.sent.sms':
    'Verificați-vă mesajele: am trimis un link la {phone}. Cererea începe după ce îl deschideți.',
  'rights.failed': 'Cererea nu a putut fi trimisă. Vă rugăm să încercați din nou mai târziu.',
  'rights.another': 'Faceți o altă cerere',
  'banner.purposes':
    'Cu acordul dumneavoastră, am dori să folosim și cookie-uri opționale în următoarele scopuri: {purposes}.',
  'banner.objection':
    'Măsurăm deja modul în care este folosit site-ul ({categories}), lucru permis de lege, cu excepția cazului în care vă opuneți. Pentru a vă opune, alegeți „{reject}”.',
  'banner.controller':
    '{controller} este responsabil pentru utilizarea datelor dumneavoastră pe acest site.',
  'preferences.cookieProvider': 'Furnizor',
  'preferences.ownCookie': 'Reține opțiunile dumneavoastră privind cookie-urile',
  'optin.softStatement':
    'Deoarece sunteți deja clientul sau susținătorul nostru, vă putem trimite noutăți despre produse, servicii sau cauze similare. Bifați o căsuță dacă nu doriți acest lucru. Fiecare mesaj conține un link de dezabonare.',
  'optin.softOptOut.email': 'Nu doresc e-mailuri de marketing',
  'optin.softOptOut.sms': 'Nu doresc SMS-uri de marketing',
  'optin.chooseTopic': 'Alegeți cel puțin un subiect',
  'list.two': '{0} și {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} și {1}',
};

export default ro;

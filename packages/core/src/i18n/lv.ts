import type { Messages } from './en.js';

/** Latvian (Latviešu). */
export const lv: Messages = {
  'banner.title': 'Mēs izmantojam sīkdatnes',
  'banner.text':
    'Mēs izmantojam nepieciešamās sīkdatnes, lai šī vietne darbotos. Savu izvēli varat mainīt jebkurā laikā.',
  'banner.label': 'Piekrišana sīkdatnēm',
  'actions.acceptAll': 'Pieņemt visas',
  'actions.rejectAll': 'Noraidīt visas',
  'actions.manage': 'Pārvaldīt iestatījumus',
  'actions.save': 'Saglabāt izvēli',
  'actions.close': 'Aizvērt',
  'links.privacyPolicy': 'Paziņojums par privātumu',
  'banner.accepted':
    'Jūs pieņēmāt papildu sīkdatnes. Sīkdatņu iestatījumus varat mainīt jebkurā laikā.',
  'banner.rejected':
    'Jūs noraidījāt papildu sīkdatnes. Sīkdatņu iestatījumus varat mainīt jebkurā laikā.',
  'banner.hideMessage': 'Paslēpt šo ziņojumu',
  'preferences.title': 'Sīkdatņu iestatījumi',
  'preferences.text':
    'Izvēlieties, kuras sīkdatnes drīkstam izmantot. Nepieciešamās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nevar darboties. Jūsu izvēle attiecas uz šo vietni, un to varat mainīt jebkurā laikā.',
  'preferences.alwaysOn': 'Vienmēr ieslēgtas',
  'preferences.objection': 'Ieslēgts, ja vien jūs neiebilstat. Izslēdziet to, lai iebilstu.',
  'preferences.services': 'Pakalpojumi',
  'preferences.cookies': 'Sīkdatnes',
  'preferences.cookieName': 'Nosaukums',
  'preferences.cookieDuration': 'Glabāšanas ilgums',
  'preferences.cookiePurpose': 'Mērķis',
  'preferences.sessionCookie': 'Līdz pārlūkprogrammas aizvēršanai',
  'preferences.details': 'Sīkāk',
  'preferences.detailsFor': 'Sīkāka informācija par {service}',
  'preferences.serviceSwitch': 'Atļaut {service}',
  'preferences.gpcNotice':
    'Jūsu pārlūkprogramma sūta signālu Global Privacy Control, tāpēc mārketinga sīkdatnes paliek izslēgtas, ja vien jūs tās šeit neieslēdzat paši.',
  'category.necessary.title': 'Nepieciešamās',
  'category.necessary.description':
    'Vajadzīgas vietnes darbībai, piemēram, lai atcerētos jūsu izvēli par sīkdatnēm un jūs paliktu pieteicies. Tās nevar izslēgt.',
  'category.functional.title': 'Funkcionālās',
  'category.functional.description':
    'Atceras jūsu izvēli, piemēram, valodu vai reģionu, lai piedāvātu jums personiskāku pieredzi.',
  'category.analytics.title': 'Analītikas',
  'category.analytics.description':
    'Palīdz mums saprast, kā apmeklētāji izmanto vietni, piemēram, kuras lapas tiek apmeklētas visbiežāk, lai mēs to varētu uzlabot. Informācija tiek vākta apkopotā veidā.',
  'category.marketing.title': 'Mārketinga',
  'category.marketing.description':
    'Tās izmantojam mēs un mūsu partneri, lai šajā un citās vietnēs rādītu jums atbilstošu saturu un reklāmas un novērtētu to efektivitāti.',
  'trigger.label': 'Sīkdatņu iestatījumi',
  'trigger.tooltip': 'Mainīt savu sīkdatņu izvēli',
  'embed.title': '{service} saturs ir bloķēts',
  'embed.text':
    'Šo saturu nodrošina {service}, kas var saglabāt kategorijas “{category}” sīkdatnes. Tas netiek rādīts, jo jūs to neesat atļāvis.',
  'embed.allow': 'Atļaut un ielādēt',
  'embed.settings': 'Sīkdatņu iestatījumi',
  'embed.scope': 'Tiks atļauts tikai {service}.',
  'embed.unknown': 'Šis saturs ir bloķēts, līdz atļausiet kategorijas “{category}” sīkdatnes.',
  'optin.title': 'Paliksim sazināti',
  'optin.statement':
    'Izvēlieties, kā vēlaties saņemt no mums ziņas. Katrā ziņojumā ir saite abonēšanas atteikšanai, un savu piekrišanu varat atsaukt jebkurā laikā.',
  'optin.channel.email': 'Sūtiet man jaunumus un aktualitātes e-pastā',
  'optin.channel.sms': 'Sūtiet man īsziņas',
  'optin.channel.post': 'Nesūtiet man mārketinga materiālus pa pastu',
  'optin.topics': 'Tēmas',
  'optin.emailLabel': 'E-pasta adrese',
  'optin.phoneLabel': 'Mobilā tālruņa numurs',
  'optin.submit': 'Abonēt',
  'optin.success': 'Paldies! Jūsu izvēle ir reģistrēta.',
  'optin.pending':
    'Gandrīz gatavs: pārbaudiet savu e-pastu un atveriet saiti, lai apstiprinātu abonementu.',
  'optin.error': 'Atvainojiet, radās kļūda. Lūdzu, mēģiniet vēlreiz.',
  'optin.invalidEmail': 'Ievadiet e-pasta adresi pareizā formātā, piemēram, name@example.com',
  'optin.invalidPhone': 'Ievadiet mobilā tālruņa numuru pareizā formātā, piemēram, {example}',
  'optin.requiredEmail': 'Ievadiet savu e-pasta adresi, lai saņemtu e-pasta vēstules',
  'optin.requiredPhone': 'Ievadiet savu mobilā tālruņa numuru, lai saņemtu īsziņas',
  'optin.chooseChannel': 'Izvēlieties vismaz vienu veidu, kā varam ar jums sazināties',
  'unsubscribe.title': 'Jūsu saziņas iestatījumi',
  'unsubscribe.text':
    'Izvēlieties, ko vairs nevēlaties saņemt. Izmaiņas stājas spēkā nekavējoties.',
  'unsubscribe.channel.email': 'E-pasts',
  'unsubscribe.channel.sms': 'Īsziņas',
  'unsubscribe.channel.post': 'Pasts',
  'unsubscribe.status.granted': 'Abonēts',
  'unsubscribe.status.denied': 'Abonements atteikts',
  'unsubscribe.status.pending': 'Gaida apstiprinājumu',
  'unsubscribe.status.unknown': 'Nav abonēts',
  'unsubscribe.topic': 'Atteikties no “{topic}”',
  'unsubscribe.channelAll.email': 'Atteikties no visām e-pasta vēstulēm',
  'unsubscribe.channelAll.sms': 'Atteikties no visām īsziņām',
  'unsubscribe.channelAll.post': 'Pārtraukt visus mārketinga sūtījumus pa pastu',
  'unsubscribe.everything': 'Atteikties no visa',
  'unsubscribe.done.email': 'Jūs vairs nesaņemsiet no mums mārketinga e-pasta vēstules.',
  'unsubscribe.done.sms': 'Jūs vairs nesaņemsiet no mums mārketinga īsziņas.',
  'unsubscribe.done.post': 'Mēs vairs nesūtīsim jums mārketinga materiālus pa pastu.',
  'unsubscribe.doneTopic': 'Jūs esat atteicies no “{topic}”.',
  'unsubscribe.undo': 'Atsaukt',
  'unsubscribe.undone.email': 'Jūs atkal saņemsiet mūsu mārketinga e-pasta vēstules.',
  'unsubscribe.undone.sms': 'Jūs atkal saņemsiet mūsu mārketinga īsziņas.',
  'unsubscribe.undone.post': 'Mēs atkal drīkstam sūtīt jums mārketinga materiālus pa pastu.',
  'unsubscribe.undoneTopic': 'Jūsu abonements “{topic}” ir atjaunots.',
  'unsubscribe.invalidToken': 'Šī saite nav derīga. Iespējams, tā nokopēta nepareizi.',
  'unsubscribe.expiredToken': 'Šīs saites derīguma termiņš ir beidzies.',
  'unsubscribe.requestLink':
    'Lūdzu, izmantojiet saiti no mūsu jaunākā ziņojuma vai sazinieties ar mums, lai saņemtu jaunu.',
  'unsubscribe.loading': 'Notiek jūsu iestatījumu ielāde…',
  'unsubscribe.error': 'Atvainojiet, jūsu iestatījumus neizdevās ielādēt. Lūdzu, mēģiniet vēlāk.',
  'unsubscribe.nothing': 'Jūs neko neabonējat.',
  'unsubscribe.for': 'Iestatījumi kontaktam {contact}',
  'unsubscribe.status.postDefault': 'Tiek sūtīts, ja vien neiebilstat',
  'unsubscribe.doneEverything': 'Jūs esat atteicies no visa.',
  'unsubscribe.undoneEverything': 'Jūsu abonementi ir atjaunoti.',
  'unsubscribe.retry': 'Mēģināt vēlreiz',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Jūsu dati',
  'rights.text.email':
    'Pieprasiet kopiju piekrišanas datiem, ko par jums glabājam, vai to dzēšanu. Mēs jums e-pastā nosūtīsim saiti, ar kuru apstiprināsiet, ka pieprasījums ir jūsu.',
  'rights.text.phone':
    'Pieprasiet kopiju piekrišanas datiem, ko par jums glabājam, vai to dzēšanu. Mēs jums īsziņā nosūtīsim saiti, ar kuru apstiprināsiet, ka pieprasījums ir jūsu.',
  'rights.legend': 'Ko jūs vēlaties?',
  'rights.access': 'Saņemt savu datu kopiju',
  'rights.erasure': 'Dzēst manus datus',
  'rights.submit': 'Nosūtīt pieprasījumu',
  'rights.sending': 'Sūta…',
  'rights.chooseOne': 'Izvēlieties, ko vēlaties.',
  'rights.sent.email':
    'Pārbaudiet savu e-pastu: mēs nosūtījām saiti uz {email}. Jūsu pieprasījums sāksies, kad to atvērsiet.',
  'rights.sent.sms':
    'Pārbaudiet īsziņas: mēs nosūtījām saiti uz {phone}. Jūsu pieprasījums sāksies, kad to atvērsiet.',
  'rights.failed': 'Pieprasījumu neizdevās nosūtīt. Lūdzu, mēģiniet vēlāk.',
  'rights.another': 'Iesniegt citu pieprasījumu',
  'banner.purposes':
    'Ar jūsu piekrišanu mēs vēlētos izmantot arī neobligātās sīkdatnes šādiem mērķiem: {purposes}.',
  'banner.objection':
    'Mēs jau mērām, kā vietne tiek izmantota ({categories}), un likums to atļauj, ja vien jūs neiebilstat. Lai iebilstu, izvēlieties “{reject}”.',
  'banner.controller': 'Par jūsu datu izmantošanu šajā vietnē atbild {controller}.',
  'preferences.cookieProvider': 'Nodrošinātājs',
  'preferences.ownCookie': 'Atceras jūsu sīkdatņu izvēli',
  'optin.softStatement':
    'Tā kā jau esat mūsu klients vai atbalstītājs, mēs varam sūtīt jums jaunumus par līdzīgiem produktiem, pakalpojumiem vai iniciatīvām. Atzīmējiet lodziņu, ja to nevēlaties. Katrā ziņojumā ir saite, lai atteiktos no abonēšanas.',
  'optin.softOptOut.email': 'Es nevēlos mārketinga e-pasta ziņojumus',
  'optin.softOptOut.sms': 'Es nevēlos mārketinga īsziņas',
  'optin.chooseTopic': 'Izvēlieties vismaz vienu tēmu',
  'list.two': '{0} un {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} un {1}',
};

export default lv;

import type { Messages } from './en.js';

/** Somali (Soomaali). */
export const so: Messages = {
  'banner.title': 'Waxaan isticmaalnaa kukiyada',
  'banner.text':
    'Waxaan isticmaalnaa kukiyada lagama maarmaanka ah si boggan u shaqeeyo. Waxaad beddeli kartaa doorashooyinkaaga wakhti kasta.',
  'banner.label': 'Oggolaanshaha kukiyada',
  'actions.acceptAll': 'Aqbal dhammaan',
  'actions.rejectAll': 'Diid dhammaan',
  'actions.manage': 'Maamul doorashooyinka',
  'actions.save': 'Kaydi doorashooyinka',
  'actions.close': 'Xir',
  'links.privacyPolicy': 'Ogeysiiska asturnaanta',
  'banner.accepted':
    'Waxaad aqbashay kukiyada dheeraadka ah. Waxaad beddeli kartaa dejinta kukiyadaada wakhti kasta.',
  'banner.rejected':
    'Waxaad diiday kukiyada dheeraadka ah. Waxaad beddeli kartaa dejinta kukiyadaada wakhti kasta.',
  'banner.hideMessage': 'Qari fariintan',
  'preferences.title': 'Doorashooyinka kukiyada',
  'preferences.text':
    'Dooro kukiyada aan isticmaali karno. Kukiyada lagama maarmaanka ah had iyo jeer way shidan yihiin, sababtoo ah boggu kuma shaqayn karo la’aantood. Doorashooyinkaagu waxay khuseeyaan boggan, waxaadna beddeli kartaa wakhti kasta.',
  'preferences.alwaysOn': 'Had iyo jeer shidan',
  'preferences.objection': 'Waa shidan tahay haddii aadan diidin. Dami si aad u diiddo.',
  'preferences.services': 'Adeegyada',
  'preferences.cookies': 'Kukiyada',
  'preferences.cookieName': 'Magaca',
  'preferences.cookieDuration': 'Muddada',
  'preferences.cookiePurpose': 'Ujeeddada',
  'preferences.sessionCookie': 'Ilaa aad ka xirto biraawsarkaaga',
  'preferences.details': 'Faahfaahin',
  'preferences.detailsFor': 'Faahfaahinta {service}',
  'preferences.serviceSwitch': 'Oggolow {service}',
  'preferences.gpcNotice':
    'Biraawsarkaagu wuxuu soo dirayaa calaamadda Global Privacy Control, sidaas darteed kukiyada suuq-geynta way damsanaanayaan ilaa aad adigu halkan ka shiddo.',
  'category.necessary.title': 'Lagama maarmaan',
  'category.necessary.description':
    'Waxay lagama maarmaan u yihiin in boggu shaqeeyo, tusaale ahaan si loo xasuusto doorashooyinkaaga kukiyada oo aad ugu jirto akoonkaaga. Lama demin karo.',
  'category.functional.title': 'Shaqeyn',
  'category.functional.description':
    'Waxay xasuustaan doorashooyinka aad samayso, sida luqaddaada ama gobolkaaga, si ay khibrad adiga kuu gaar ah kuu siiyaan.',
  'category.analytics.title': 'Falanqayn',
  'category.analytics.description':
    'Waxay naga caawiyaan inaan fahanno sida booqdayaashu u isticmaalaan boggan, tusaale ahaan bogagga ugu badan ee la booqdo, si aan u horumarinno. Macluumaadka waxaa loo ururiyaa si guud.',
  'category.marketing.title': 'Suuq-geyn',
  'category.marketing.description':
    'Waxaa isticmaalna annaga iyo la-hawlgalayaashayada si aan kuugu tusno waxyaabo iyo xayaysiisyo kugu habboon boggan iyo bogag kale, iyo si aan u cabbirno sida ay u shaqeeyaan.',
  'trigger.label': 'Dejinta kukiyada',
  'trigger.tooltip': 'Beddel doorashooyinkaaga kukiyada',
  'embed.title': 'Waxyaabaha ka imanaya {service} waa la xannibay',
  'embed.text':
    'Waxyaabahan waxaa bixiya {service}, oo dhigi kara kukiyo qaybta “{category}” ah. Lama muujinayo sababtoo ah ma aadan oggolaan.',
  'embed.allow': 'Oggolow oo soo deji',
  'embed.settings': 'Dejinta kukiyada',
  'embed.scope': 'Kaliya {service} ayaa la oggolaan doonaa.',
  'embed.unknown': 'Nuxurkan waa la xannibay ilaa aad oggolaato kukiyada qaybta “{category}”.',
  'optin.title': 'Nala sii xiriir',
  'optin.statement':
    'Dooro sida aad jeclaan lahayd inaad war nooga hesho. Fariin kastaa waxay leedahay xiriiriye aad iskaga joojin karto, waxaadna wakhti kasta dib u qaadan kartaa oggolaanshahaaga.',
  'optin.channel.email': 'Iimayl iigu soo dir wararka iyo cusboonaysiinta',
  'optin.channel.sms': 'Ii soo dir fariimaha SMS-ka',
  'optin.channel.post': 'Ha ii soo dirin suuq-geyn boosta ah',
  'optin.topics': 'Mawduucyada',
  'optin.emailLabel': 'Cinwaanka iimaylka',
  'optin.phoneLabel': 'Lambarka moobaylka',
  'optin.submit': 'Isdiiwaangeli',
  'optin.success': 'Mahadsanid. Doorashooyinkaaga waa la diiwaangeliyay.',
  'optin.pending':
    'Waxaad ku dhowdahay: eeg sanduuqaaga iimaylka oo raac xiriiriyaha si aad u xaqiijiso is-diiwaangelintaada.',
  'optin.error': 'Waan ka xunnahay, wax baa khaldamay. Fadlan isku day mar kale.',
  'optin.invalidEmail': 'Geli cinwaan iimayl oo qaab sax ah leh, sida name@example.com',
  'optin.invalidPhone': 'Geli lambar moobayl oo qaab sax ah leh, sida {example}',
  'optin.requiredEmail': 'Geli cinwaanka iimaylkaaga si aad u hesho iimaylo',
  'optin.requiredPhone': 'Geli lambarka moobaylkaaga si aad u hesho fariimaha SMS-ka',
  'optin.chooseChannel': 'Dooro ugu yaraan hal hab oo aan kugula soo xiriiri karno',
  'unsubscribe.title': 'Doorashooyinkaaga xiriirka',
  'unsubscribe.text':
    'Dooro waxa aadan doonayn inaad mar dambe hesho. Isbeddelladu isla markiiba way dhaqan galaan.',
  'unsubscribe.channel.email': 'Iimayl',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Boosta',
  'unsubscribe.status.granted': 'Waa la diiwaangeliyay',
  'unsubscribe.status.denied': 'Waa laga joojiyay',
  'unsubscribe.status.pending': 'Waxaa la sugayaa xaqiijin',
  'unsubscribe.status.unknown': 'Lama diiwaangelin',
  'unsubscribe.topic': 'Iska jooji “{topic}”',
  'unsubscribe.channelAll.email': 'Iska jooji dhammaan iimaylada',
  'unsubscribe.channelAll.sms': 'Iska jooji dhammaan fariimaha SMS-ka',
  'unsubscribe.channelAll.post': 'Jooji dhammaan suuq-geynta boosta',
  'unsubscribe.everything': 'Iska jooji wax walba',
  'unsubscribe.done.email': 'Mar dambe nagama heli doontid iimaylo suuq-geyn ah.',
  'unsubscribe.done.sms': 'Mar dambe nagama heli doontid fariimo SMS ah oo suuq-geyn ah.',
  'unsubscribe.done.post': 'Mar dambe kuuma soo diri doonno suuq-geyn boosta ah.',
  'unsubscribe.doneTopic': 'Waad iska joojisay “{topic}”.',
  'unsubscribe.undo': 'Ka noqo',
  'unsubscribe.undone.email': 'Mar kale ayaad heli doontaa iimaylada suuq-geynta ee aan dirno.',
  'unsubscribe.undone.sms':
    'Mar kale ayaad heli doontaa fariimaha SMS-ka ee suuq-geynta ee aan dirno.',
  'unsubscribe.undone.post': 'Mar kale ayaan kuu soo diri karnaa suuq-geyn boosta ah.',
  'unsubscribe.undoneTopic': 'Is-diiwaangelintaada “{topic}” dib ayaa loo soo celiyay.',
  'unsubscribe.invalidToken':
    'Xiriiriyahan ma shaqaynayo. Waxaa laga yaabaa in si khaldan loo koobiyeeyay.',
  'unsubscribe.expiredToken': 'Xiriiriyahan wakhtigiisii waa dhacay.',
  'unsubscribe.requestLink':
    'Fadlan isticmaal xiriiriyaha ku jira fariintayadii ugu dambaysay, ama nala soo xiriir si aad mid cusub u hesho.',
  'unsubscribe.loading': 'Waxaa la soo dejinayaa doorashooyinkaaga…',
  'unsubscribe.error':
    'Waan ka xunnahay, ma soo dejin karin doorashooyinkaaga. Fadlan mar dambe isku day.',
  'unsubscribe.nothing': 'Waxba iskuma aadan diiwaangelin.',
  'unsubscribe.for': 'Doorashooyinka {contact}',
  'unsubscribe.status.postDefault': 'Waa la soo dirayaa haddii aadan diidin',
  'unsubscribe.doneEverything': 'Wax walba waad iska joojisay.',
  'unsubscribe.undoneEverything': 'Is-diiwaangelintaadii dib ayaa loo soo celiyay.',
  'unsubscribe.retry': 'Isku day mar kale',
  // The browser has no unit names for this language: cookie lifetimes by plural form.
  'duration.minute.other': '{count} daqiiqo',
  'duration.hour.one': '{count} saac',
  'duration.hour.other': '{count} saacadood',
  'duration.day.one': '{count} maalin',
  'duration.day.other': '{count} maalmood',
  'duration.week.other': '{count} toddobaad',
  'duration.month.one': '{count} bil',
  'duration.month.other': '{count} bilood',
  'duration.year.other': '{count} sano',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Xogtaada',
  'rights.text.email':
    'Codso nuqul ka mid ah xogta oggolaanshaha ee aan kaa hayno, ama in la tirtiro. Waxaan iimayl kuugu soo diraynaa xiriir aad ku xaqiijiso in codsigu adiga kaa yimid.',
  'rights.text.phone':
    'Codso nuqul ka mid ah xogta oggolaanshaha ee aan kaa hayno, ama in la tirtiro. Waxaan fariin qoraal ah kuugu soo diraynaa xiriir aad ku xaqiijiso in codsigu adiga kaa yimid.',
  'rights.legend': 'Maxaad rabtaa?',
  'rights.access': 'Nuqul ka mid ah xogtayda',
  'rights.erasure': 'Tirtir xogtayda',
  'rights.submit': 'Dir codsiga',
  'rights.sending': 'Waa la dirayaa…',
  'rights.chooseOne': 'Dooro waxaad rabto.',
  'rights.sent.email':
    'Eeg sanduuqaaga iimaylka: xiriir ayaan u dirnay {email}. Codsigaagu wuxuu bilaabanayaa marka aad furto.',
  'rights.sent.sms':
    'Eeg fariimahaaga qoraalka ah: xiriir ayaan u dirnay {phone}. Codsigaagu wuxuu bilaabanayaa marka aad furto.',
  'rights.failed': 'Codsiga lama dirin. Fadlan mar kale isku day goor dambe.',
  'rights.another': 'Samee codsi kale',
  'banner.purposes':
    'Haddii aad oggolaato, waxaan sidoo kale jeclaan lahayn inaan u isticmaalno kukiyo ikhtiyaari ah ujeeddooyinkan: {purposes}.',
  'banner.objection':
    'Horeba waxaan cabbirnaa sida boggan loo isticmaalo ({categories}), taas oo sharcigu oggol yahay haddii aadan diidin. Si aad u diiddo, dooro “{reject}”.',
  'banner.controller': '{controller} ayaa mas’uul ka ah isticmaalka xogtaada ee boggan.',
  'preferences.cookieProvider': 'Bixiyaha',
  'preferences.ownCookie': 'Wuxuu xasuustaa doorashooyinkaaga kukiyada',
  'optin.softStatement':
    'Maadaama aad horeba macmiil ama taageere noo tahay, waxaan kuu soo diri karnaa war ku saabsan alaab, adeegyo ama hawlo la mid ah. Calaamadi sanduuq haddii aadan taas rabin. Fariin kastaa waxay leedahay xiriiriye aad iskaga joojin karto.',
  'optin.softOptOut.email': 'Ma rabo iimaylo suuq-geyn ah',
  'optin.softOptOut.sms': 'Ma rabo fariimo qoraal ah oo suuq-geyn ah',
  'optin.chooseTopic': 'Dooro ugu yaraan hal mawduuc',
  'list.two': '{0} iyo {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} iyo {1}',
};

export default so;

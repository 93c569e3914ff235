import type { Messages } from './en.js';

/** Hungarian (Magyar). */
export const hu: Messages = {
  'banner.title': 'Sütiket használunk',
  'banner.text':
    'A webhely működéséhez szükséges sütiket használunk. Döntéseit bármikor módosíthatja.',
  'banner.label': 'Hozzájárulás a sütikhez',
  'actions.acceptAll': 'Az összes elfogadása',
  'actions.rejectAll': 'Az összes elutasítása',
  'actions.manage': 'Beállítások kezelése',
  'actions.save': 'Döntések mentése',
  'actions.close': 'Bezárás',
  'links.privacyPolicy': 'Adatvédelmi tájékoztató',
  'banner.accepted': 'Elfogadta a további sütiket. Sütibeállításait bármikor módosíthatja.',
  'banner.rejected': 'Elutasította a további sütiket. Sütibeállításait bármikor módosíthatja.',
  'banner.hideMessage': 'Üzenet elrejtése',
  'preferences.title': 'Sütibeállítások',
  'preferences.text':
    'Válassza ki, mely sütiket használhatjuk. A szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem tud működni. Döntései erre a webhelyre vonatkoznak, és bármikor módosíthatja őket.',
  'preferences.alwaysOn': 'Mindig bekapcsolva',
  'preferences.objection':
    'Bekapcsolva, hacsak nem tiltakozik. Kapcsolja ki, ha tiltakozni szeretne.',
  'preferences.services': 'Szolgáltatások',
  'preferences.cookies': 'Sütik',
  'preferences.cookieName': 'Név',
  'preferences.cookieDuration': 'Időtartam',
  'preferences.cookiePurpose': 'Cél',
  'preferences.sessionCookie': 'A böngésző bezárásáig',
  'preferences.details': 'Részletek',
  'preferences.detailsFor': '{service} – részletek',
  'preferences.serviceSwitch': '{service} engedélyezése',
  'preferences.gpcNotice':
    'Böngészője Global Privacy Control jelzést küld, ezért a marketingsütik kikapcsolva maradnak, hacsak itt be nem kapcsolja őket.',
  'category.necessary.title': 'Szükséges',
  'category.necessary.description':
    'A webhely működéséhez kellenek, például a sütikkel kapcsolatos döntései megjegyzéséhez és ahhoz, hogy bejelentkezve maradjon. Nem kapcsolhatók ki.',
  'category.functional.title': 'Funkcionális',
  'category.functional.description':
    'Megjegyzik a döntéseit, például a nyelvet vagy a régiót, hogy személyre szabottabb élményt nyújtsanak.',
  'category.analytics.title': 'Statisztikai',
  'category.analytics.description':
    'Segítenek megérteni, hogyan használják a látogatók a webhelyet, például mely oldalakat keresik fel a legtöbben, hogy javíthassuk azt. Az adatokat összesítve gyűjtjük.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Mi és partnereink használjuk őket, hogy ezen és más webhelyeken releváns tartalmakat és hirdetéseket jelenítsünk meg Önnek, és mérjük hatékonyságukat.',
  'trigger.label': 'Sütibeállítások',
  'trigger.tooltip': 'Sütikkel kapcsolatos döntések módosítása',
  'embed.title': 'A(z) {service} tartalma le van tiltva',
  'embed.text':
    'Ezt a tartalmat a(z) {service} szolgáltatja, amely „{category}” kategóriájú sütiket helyezhet el. Nem jelenik meg, mert nem engedélyezte.',
  'embed.allow': 'Engedélyezés és betöltés',
  'embed.settings': 'Sütibeállítások',
  'embed.scope': 'Csak a(z) {service} kap engedélyt.',
  'embed.unknown':
    'Ez a tartalom le van tiltva, amíg nem engedélyezi a(z) „{category}” kategória sütijeit.',
  'optin.title': 'Maradjunk kapcsolatban',
  'optin.statement':
    'Válassza ki, hogyan szeretne hírt kapni tőlünk. Minden üzenetben van leiratkozási link, és hozzájárulását bármikor visszavonhatja.',
  'optin.channel.email': 'Hírek és újdonságok e-mailben',
  'optin.channel.sms': 'SMS-üzeneteket kérek',
  'optin.channel.post': 'Nem kérek postai reklámküldeményt',
  'optin.topics': 'Témák',
  'optin.emailLabel': 'E-mail-cím',
  'optin.phoneLabel': 'Mobiltelefonszám',
  'optin.submit': 'Feliratkozom',
  'optin.success': 'Köszönjük. Döntéseit rögzítettük.',
  'optin.pending':
    'Már majdnem kész: nézze meg a postafiókját, és a linkre kattintva erősítse meg a feliratkozást.',
  'optin.error': 'Sajnáljuk, hiba történt. Kérjük, próbálja újra.',
  'optin.invalidEmail': 'Adjon meg egy helyes formátumú e-mail-címet, például: name@example.com',
  'optin.invalidPhone': 'Adjon meg egy helyes formátumú mobiltelefonszámot, például: {example}',
  'optin.requiredEmail': 'Adja meg e-mail-címét, hogy e-maileket kaphasson',
  'optin.requiredPhone': 'Adja meg mobiltelefonszámát, hogy SMS-üzeneteket kaphasson',
  'optin.chooseChannel': 'Válasszon legalább egy módot, ahogyan megkereshetjük',
  'unsubscribe.title': 'Kommunikációs beállításai',
  'unsubscribe.text':
    'Válassza ki, mit nem szeretne többé kapni. A módosítások azonnal érvénybe lépnek.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Posta',
  'unsubscribe.status.granted': 'Feliratkozva',
  'unsubscribe.status.denied': 'Leiratkozva',
  'unsubscribe.status.pending': 'Megerősítésre vár',
  'unsubscribe.status.unknown': 'Nincs feliratkozva',
  'unsubscribe.topic': 'Leiratkozás erről: „{topic}”',
  'unsubscribe.channelAll.email': 'Leiratkozás minden e-mailről',
  'unsubscribe.channelAll.sms': 'Leiratkozás minden SMS-ről',
  'unsubscribe.channelAll.post': 'Minden postai reklámküldemény leállítása',
  'unsubscribe.everything': 'Leiratkozás mindenről',
  'unsubscribe.done.email': 'Többé nem kap tőlünk marketing célú e-maileket.',
  'unsubscribe.done.sms': 'Többé nem kap tőlünk marketing célú SMS-eket.',
  'unsubscribe.done.post': 'Többé nem küldünk Önnek postai reklámküldeményt.',
  'unsubscribe.doneTopic': 'Leiratkozott erről: „{topic}”.',
  'unsubscribe.undo': 'Visszavonás',
  'unsubscribe.undone.email': 'Ismét megkapja marketing célú e-mailjeinket.',
  'unsubscribe.undone.sms': 'Ismét megkapja marketing célú SMS-einket.',
  'unsubscribe.undone.post': 'Ismét küldhetünk Önnek postai reklámküldeményt.',
  'unsubscribe.undoneTopic': 'A(z) „{topic}” feliratkozását visszaállítottuk.',
  'unsubscribe.invalidToken': 'Ez a link nem érvényes. Lehet, hogy hibásan másolták.',
  'unsubscribe.expiredToken': 'Ez a link lejárt.',
  'unsubscribe.requestLink':
    'Kérjük, használja legutóbbi üzenetünk linkjét, vagy kérjen tőlünk újat.',
  'unsubscribe.loading': 'Beállításai betöltése…',
  'unsubscribe.error':
    'Sajnáljuk, nem sikerült betölteni a beállításait. Kérjük, próbálja újra később.',
  'unsubscribe.nothing': 'Nincs semmire feliratkozva.',
  'unsubscribe.for': '{contact} beállításai',
  'unsubscribe.status.postDefault': 'Küldjük, hacsak nem tiltakozik',
  'unsubscribe.doneEverything': 'Mindenről leiratkozott.',
  'unsubscribe.undoneEverything': 'Feliratkozásait visszaállítottuk.',
  'unsubscribe.retry': 'Újrapróbálkozás',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Az Ön adatai',
  'rights.text.email':
    'Kérjen másolatot az Önről tárolt hozzájárulási adatokról, vagy kérje azok törlését. E-mailben küldünk egy hivatkozást, amellyel megerősítheti, hogy a kérés az Öné.',
  'rights.text.phone':
    'Kérjen másolatot az Önről tárolt hozzájárulási adatokról, vagy kérje azok törlését. SMS-ben küldünk egy hivatkozást, amellyel megerősítheti, hogy a kérés az Öné.',
  'rights.legend': 'Mit szeretne?',
  'rights.access': 'Másolatot kérek az adataimról',
  'rights.erasure': 'Az adataim törlését kérem',
  'rights.submit': 'Kérés elküldése',
  'rights.sending': 'Küldés…',
  'rights.chooseOne': 'Válassza ki, mit szeretne.',
  'rights.sent.email':
    'Nézze meg a postafiókját: hivatkozást küldtünk a(z) {email} címre. A kérés akkor indul, amikor megnyitja.',
  'rights.sent.sms':
    'Nézze meg az SMS-eit: hivatkozást küldtünk a(z) {phone} számra. A kérés akkor indul, amikor megnyitja.',
  'rights.failed': 'A kérést nem sikerült elküldeni. Kérjük, próbálja újra később.',
  'rights.another': 'Új kérés',
  'banner.purposes':
    'Hozzájárulása esetén a következő célokra választható sütiket is szeretnénk használni: {purposes}.',
  'banner.objection':
    'Már most mérjük, hogyan használják a webhelyet ({categories}), amit a jog megenged, amíg Ön nem tiltakozik. Tiltakozáshoz válassza a(z) „{reject}” lehetőséget.',
  'banner.controller':
    'Az Ön adatainak ezen a webhelyen történő felhasználásáért a(z) {controller} felel.',
  'preferences.cookieProvider': 'Szolgáltató',
  'preferences.ownCookie': 'Megjegyzi a sütikkel kapcsolatos döntéseit',
  'optin.softStatement':
    'Mivel Ön már ügyfelünk vagy támogatónk, hasonló termékekről, szolgáltatásokról vagy ügyekről küldhetünk Önnek híreket. Jelöljön be egy négyzetet, ha ezt nem kéri. Minden üzenetben van leiratkozási hivatkozás.',
  'optin.softOptOut.email': 'Nem kérek marketing célú e-maileket',
  'optin.softOptOut.sms': 'Nem kérek marketing célú SMS-eket',
  'optin.chooseTopic': 'Válasszon legalább egy témát',
  'list.two': '{0} és {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} és {1}',
};

export default hu;

import type { Messages } from './en.js';

/** Finnish (Suomi). */
export const fi: Messages = {
  'banner.title': 'Käytämme evästeitä',
  'banner.text':
    'Käytämme välttämättömiä evästeitä, jotta tämä sivusto toimii. Voitte muuttaa valintojanne milloin tahansa.',
  'banner.label': 'Evästesuostumus',
  'actions.acceptAll': 'Hyväksy kaikki',
  'actions.rejectAll': 'Hylkää kaikki',
  'actions.manage': 'Muokkaa asetuksia',
  'actions.save': 'Tallenna valinnat',
  'actions.close': 'Sulje',
  'links.privacyPolicy': 'Tietosuojaseloste',
  'banner.accepted':
    'Olette hyväksyneet lisäevästeet. Voitte muuttaa evästeasetuksianne milloin tahansa.',
  'banner.rejected':
    'Olette hylänneet lisäevästeet. Voitte muuttaa evästeasetuksianne milloin tahansa.',
  'banner.hideMessage': 'Piilota tämä viesti',
  'preferences.title': 'Evästeasetukset',
  'preferences.text':
    'Valitkaa, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä. Valintanne koskevat tätä sivustoa, ja voitte muuttaa niitä milloin tahansa.',
  'preferences.alwaysOn': 'Aina käytössä',
  'preferences.objection': 'Käytössä, ellet vastusta. Vastusta kytkemällä se pois päältä.',
  'preferences.services': 'Palvelut',
  'preferences.cookies': 'Evästeet',
  'preferences.cookieName': 'Nimi',
  'preferences.cookieDuration': 'Voimassaoloaika',
  'preferences.cookiePurpose': 'Käyttötarkoitus',
  'preferences.sessionCookie': 'Kunnes suljette selaimen',
  'preferences.details': 'Lisätiedot',
  'preferences.detailsFor': 'Lisätietoja: {service}',
  'preferences.serviceSwitch': 'Salli {service}',
  'preferences.gpcNotice':
    'Selaimenne lähettää Global Privacy Control -signaalin, joten markkinointievästeet pysyvät pois käytöstä, ellette itse ota niitä käyttöön tässä.',
  'category.necessary.title': 'Välttämättömät',
  'category.necessary.description':
    'Tarvitaan sivuston toimintaan, esimerkiksi evästevalintojenne muistamiseen ja sisäänkirjautumisen säilyttämiseen. Niitä ei voi poistaa käytöstä.',
  'category.functional.title': 'Toiminnalliset',
  'category.functional.description':
    'Muistavat tekemänne valinnat, kuten kielen tai alueen, jotta käyttökokemus olisi henkilökohtaisempi.',
  'category.analytics.title': 'Analytiikka',
  'category.analytics.description':
    'Auttavat meitä ymmärtämään, miten kävijät käyttävät sivustoa, esimerkiksi mitkä sivut ovat suosituimpia, jotta voimme parantaa sitä. Tiedot kerätään koosteina.',
  'category.marketing.title': 'Markkinointi',
  'category.marketing.description':
    'Me ja kumppanimme käytämme näitä näyttääksemme teille kiinnostavaa sisältöä ja mainoksia tällä ja muilla sivustoilla sekä mitataksemme niiden tehoa.',
  'trigger.label': 'Evästeasetukset',
  'trigger.tooltip': 'Muuta evästevalintojanne',
  'embed.title': 'Palvelun {service} sisältö on estetty',
  'embed.text':
    'Tämän sisällön tarjoaa {service}, joka voi tallentaa luokan ”{category}” evästeitä. Sisältöä ei näytetä, koska ette ole sallineet sitä.',
  'embed.allow': 'Salli ja lataa',
  'embed.settings': 'Evästeasetukset',
  'embed.scope': 'Vain {service} sallitaan.',
  'embed.unknown': 'Tämä sisältö on estetty, kunnes sallit luokan ”{category}” evästeet.',
  'optin.title': 'Pidetään yhteyttä',
  'optin.statement':
    'Valitkaa, miten haluatte kuulla meistä. Jokaisessa viestissä on linkki tilauksen perumiseen, ja voitte perua suostumuksenne milloin tahansa.',
  'optin.channel.email': 'Lähettäkää minulle uutisia ja tiedotteita sähköpostitse',
  'optin.channel.sms': 'Lähettäkää minulle tekstiviestejä',
  'optin.channel.post': 'Älkää lähettäkö minulle markkinointia postitse',
  'optin.topics': 'Aiheet',
  'optin.emailLabel': 'Sähköpostiosoite',
  'optin.phoneLabel': 'Matkapuhelinnumero',
  'optin.submit': 'Tilaa',
  'optin.success': 'Kiitos. Valintanne on tallennettu.',
  'optin.pending':
    'Melkein valmista: tarkistakaa saapuneet viestit ja vahvistakaa tilaus viestissä olevasta linkistä.',
  'optin.error': 'Valitettavasti jokin meni vikaan. Yrittäkää uudelleen.',
  'optin.invalidEmail':
    'Kirjoittakaa sähköpostiosoite oikeassa muodossa, esimerkiksi name@example.com',
  'optin.invalidPhone': 'Kirjoittakaa matkapuhelinnumero oikeassa muodossa, esimerkiksi {example}',
  'optin.requiredEmail': 'Kirjoittakaa sähköpostiosoitteenne saadaksenne sähköpostia',
  'optin.requiredPhone': 'Kirjoittakaa matkapuhelinnumeronne saadaksenne tekstiviestejä',
  'optin.chooseChannel': 'Valitkaa vähintään yksi tapa, jolla saamme ottaa teihin yhteyttä',
  'unsubscribe.title': 'Viestintäasetuksenne',
  'unsubscribe.text': 'Valitkaa, mitä ette enää halua saada. Muutokset tulevat voimaan heti.',
  'unsubscribe.channel.email': 'Sähköposti',
  'unsubscribe.channel.sms': 'Tekstiviestit',
  'unsubscribe.channel.post': 'Posti',
  'unsubscribe.status.granted': 'Tilattu',
  'unsubscribe.status.denied': 'Tilaus peruttu',
  'unsubscribe.status.pending': 'Odottaa vahvistusta',
  'unsubscribe.status.unknown': 'Ei tilattu',
  'unsubscribe.topic': 'Peru tilaus: ”{topic}”',
  'unsubscribe.channelAll.email': 'Peru kaikki sähköpostit',
  'unsubscribe.channelAll.sms': 'Peru kaikki tekstiviestit',
  'unsubscribe.channelAll.post': 'Lopeta kaikki postitse tuleva markkinointi',
  'unsubscribe.everything': 'Peru kaikki tilaukset',
  'unsubscribe.done.email': 'Ette enää saa meiltä markkinointisähköposteja.',
  'unsubscribe.done.sms': 'Ette enää saa meiltä markkinointitekstiviestejä.',
  'unsubscribe.done.post': 'Emme enää lähetä teille markkinointia postitse.',
  'unsubscribe.doneTopic': 'Tilaus ”{topic}” on peruttu.',
  'unsubscribe.undo': 'Kumoa',
  'unsubscribe.undone.email': 'Saatte taas markkinointisähköpostejamme.',
  'unsubscribe.undone.sms': 'Saatte taas markkinointitekstiviestejämme.',
  'unsubscribe.undone.post': 'Saamme taas lähettää teille markkinointia postitse.',
  'unsubscribe.undoneTopic': 'Tilauksenne ”{topic}” on palautettu.',
  'unsubscribe.invalidToken': 'Tämä linkki ei ole kelvollinen. Se on ehkä kopioitu väärin.',
  'unsubscribe.expiredToken': 'Tämä linkki on vanhentunut.',
  'unsubscribe.requestLink':
    'Käyttäkää viimeisimmässä viestissämme olevaa linkkiä tai pyytäkää meiltä uusi.',
  'unsubscribe.loading': 'Ladataan asetuksianne…',
  'unsubscribe.error':
    'Valitettavasti asetuksianne ei voitu ladata. Yrittäkää myöhemmin uudelleen.',
  'unsubscribe.nothing': 'Teillä ei ole tilauksia.',
  'unsubscribe.for': 'Asetukset: {contact}',
  'unsubscribe.status.postDefault': 'Lähetetään, ellette kiellä',
  'unsubscribe.doneEverything': 'Kaikki tilauksenne on peruttu.',
  'unsubscribe.undoneEverything': 'Tilauksenne on palautettu.',
  'unsubscribe.retry': 'Yritä uudelleen',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Tietonne',
  'rights.text.email':
    'Pyytäkää kopiota suostumustiedoista, joita säilytämme teistä, tai niiden poistamista. Lähetämme teille sähköpostilla linkin, jolla vahvistatte, että pyyntö on teidän.',
  'rights.text.phone':
    'Pyytäkää kopiota suostumustiedoista, joita säilytämme teistä, tai niiden poistamista. Lähetämme teille tekstiviestillä linkin, jolla vahvistatte, että pyyntö on teidän.',
  'rights.legend': 'Mitä haluatte?',
  'rights.access': 'Kopio tiedoistani',
  'rights.erasure': 'Poista tietoni',
  'rights.submit': 'Lähetä pyyntö',
  'rights.sending': 'Lähetetään…',
  'rights.chooseOne': 'Valitkaa, mitä haluatte.',
  'rights.sent.email':
    'Katsokaa saapuneet viestit: lähetimme linkin osoitteeseen {email}. Pyyntönne käynnistyy, kun avaatte sen.',
  'rights.sent.sms':
    'Katsokaa tekstiviestit: lähetimme linkin numeroon {phone}. Pyyntönne käynnistyy, kun avaatte sen.',
  'rights.failed': 'Pyyntöä ei voitu lähettää. Yrittäkää myöhemmin uudelleen.',
  'rights.another': 'Tee uusi pyyntö',
  'banner.purposes':
    'Suostumuksellanne haluaisimme käyttää myös valinnaisia evästeitä seuraaviin tarkoituksiin: {purposes}.',
  'banner.objection':
    'Mittaamme jo, miten sivustoa käytetään ({categories}), mikä on lain mukaan sallittua, ellette vastusta sitä. Vastustaaksenne valitkaa ”{reject}”.',
  'banner.controller': 'Tietojenne käytöstä tällä sivustolla vastaa {controller}.',
  'preferences.cookieProvider': 'Palveluntarjoaja',
  'preferences.ownCookie': 'Muistaa evästevalintanne',
  'optin.softStatement':
    'Koska olette jo asiakkaamme tai tukijamme, voimme lähettää teille uutisia vastaavista tuotteista, palveluista tai hankkeista. Valitkaa ruutu, jos ette halua tätä. Jokaisessa viestissä on linkki tilauksen perumiseen.',
  'optin.softOptOut.email': 'En halua markkinointisähköposteja',
  'optin.softOptOut.sms': 'En halua markkinointitekstiviestejä',
  'optin.chooseTopic': 'Valitkaa vähintään yksi aihe',
  'list.two': '{0} ja {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} ja {1}',
};

export default fi;

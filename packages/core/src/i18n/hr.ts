import type { Messages } from './en.js';

/** Croatian (Hrvatski). */
export const hr: Messages = {
  'banner.title': 'Upotrebljavamo kolačiće',
  'banner.text':
    'Upotrebljavamo nužne kolačiće kako bi ova stranica radila. Svoje odabire možete promijeniti u bilo kojem trenutku.',
  'banner.label': 'Privola za kolačiće',
  'actions.acceptAll': 'Prihvati sve',
  'actions.rejectAll': 'Odbij sve',
  'actions.manage': 'Upravljaj postavkama',
  'actions.save': 'Spremi odabire',
  'actions.close': 'Zatvori',
  'links.privacyPolicy': 'Obavijest o privatnosti',
  'banner.accepted':
    'Prihvatili ste dodatne kolačiće. Postavke kolačića možete promijeniti u bilo kojem trenutku.',
  'banner.rejected':
    'Odbili ste dodatne kolačiće. Postavke kolačića možete promijeniti u bilo kojem trenutku.',
  'banner.hideMessage': 'Sakrij ovu poruku',
  'preferences.title': 'Postavke kolačića',
  'preferences.text':
    'Odaberite koje kolačiće smijemo upotrebljavati. Nužni kolačići uvijek su uključeni jer stranica bez njih ne može raditi. Vaši odabiri vrijede za ovu stranicu i možete ih promijeniti u bilo kojem trenutku.',
  'preferences.alwaysOn': 'Uvijek uključeni',
  'preferences.objection':
    'Uključeno osim ako se ne usprotivite. Isključite ga kako biste se usprotivili.',
  'preferences.services': 'Usluge',
  'preferences.cookies': 'Kolačići',
  'preferences.cookieName': 'Naziv',
  'preferences.cookieDuration': 'Trajanje',
  'preferences.cookiePurpose': 'Svrha',
  'preferences.sessionCookie': 'Dok ne zatvorite preglednik',
  'preferences.details': 'Pojedinosti',
  'preferences.detailsFor': 'Pojedinosti o usluzi {service}',
  'preferences.serviceSwitch': 'Dopusti {service}',
  'preferences.gpcNotice':
    'Vaš preglednik šalje signal Global Privacy Control pa marketinški kolačići ostaju isključeni, osim ako ih ovdje sami ne uključite.',
  'category.necessary.title': 'Nužni',
  'category.necessary.description':
    'Potrebni su za rad stranice, primjerice za pamćenje vaših odabira kolačića i zadržavanje prijave. Ne mogu se isključiti.',
  'category.functional.title': 'Funkcionalni',
  'category.functional.description':
    'Pamte vaše odabire, poput jezika ili regije, kako bi vam pružili osobniji doživljaj.',
  'category.analytics.title': 'Analitički',
  'category.analytics.description':
    'Pomažu nam razumjeti kako posjetitelji upotrebljavaju stranicu, primjerice koje se stranice najviše posjećuju, kako bismo je mogli poboljšati. Podaci se prikupljaju u skupnom obliku.',
  'category.marketing.title': 'Marketinški',
  'category.marketing.description':
    'Upotrebljavamo ih mi i naši partneri kako bismo vam na ovoj i drugim stranicama prikazivali relevantan sadržaj i oglase te mjerili njihovu učinkovitost.',
  'trigger.label': 'Postavke kolačića',
  'trigger.tooltip': 'Promijenite odabire kolačića',
  'embed.title': 'Sadržaj usluge {service} je blokiran',
  'embed.text':
    'Ovaj sadržaj pruža usluga {service}, koja može postaviti kolačiće kategorije „{category}”. Ne prikazuje se jer ga niste dopustili.',
  'embed.allow': 'Dopusti i učitaj',
  'embed.settings': 'Postavke kolačića',
  'embed.scope': 'Dopustit će se samo {service}.',
  'embed.unknown': 'Ovaj je sadržaj blokiran dok ne dopustite kolačiće kategorije „{category}”.',
  'optin.title': 'Ostanimo u kontaktu',
  'optin.statement':
    'Odaberite kako želite primati vijesti od nas. Svaka poruka sadrži poveznicu za odjavu, a svoju privolu možete povući u bilo kojem trenutku.',
  'optin.channel.email': 'Šaljite mi novosti i obavijesti e-poštom',
  'optin.channel.sms': 'Šaljite mi SMS poruke',
  'optin.channel.post': 'Ne šaljite mi marketinške materijale poštom',
  'optin.topics': 'Teme',
  'optin.emailLabel': 'Adresa e-pošte',
  'optin.phoneLabel': 'Broj mobitela',
  'optin.submit': 'Pretplati me',
  'optin.success': 'Hvala. Vaši su odabiri zabilježeni.',
  'optin.pending':
    'Još malo: provjerite pristiglu poštu i slijedite poveznicu kako biste potvrdili pretplatu.',
  'optin.error': 'Nažalost, došlo je do pogreške. Pokušajte ponovno.',
  'optin.invalidEmail': 'Unesite adresu e-pošte u ispravnom obliku, primjerice name@example.com',
  'optin.invalidPhone': 'Unesite broj mobitela u ispravnom obliku, primjerice {example}',
  'optin.requiredEmail': 'Unesite svoju adresu e-pošte kako biste primali e-poštu',
  'optin.requiredPhone': 'Unesite svoj broj mobitela kako biste primali SMS poruke',
  'optin.chooseChannel': 'Odaberite barem jedan način na koji vas smijemo kontaktirati',
  'unsubscribe.title': 'Vaše postavke komunikacije',
  'unsubscribe.text': 'Odaberite što više ne želite primati. Promjene vrijede odmah.',
  'unsubscribe.channel.email': 'E-pošta',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Pošta',
  'unsubscribe.status.granted': 'Pretplaćeni',
  'unsubscribe.status.denied': 'Odjavljeni',
  'unsubscribe.status.pending': 'Čeka potvrdu',
  'unsubscribe.status.unknown': 'Niste pretplaćeni',
  'unsubscribe.topic': 'Odjava s „{topic}”',
  'unsubscribe.channelAll.email': 'Odjava sa svih poruka e-pošte',
  'unsubscribe.channelAll.sms': 'Odjava sa svih SMS poruka',
  'unsubscribe.channelAll.post': 'Prekini sve marketinške materijale poštom',
  'unsubscribe.everything': 'Odjava sa svega',
  'unsubscribe.done.email': 'Više nećete primati našu marketinšku e-poštu.',
  'unsubscribe.done.sms': 'Više nećete primati naše marketinške SMS poruke.',
  'unsubscribe.done.post': 'Više vam nećemo slati marketinške materijale poštom.',
  'unsubscribe.doneTopic': 'Odjavljeni ste s „{topic}”.',
  'unsubscribe.undo': 'Poništi',
  'unsubscribe.undone.email': 'Ponovno ćete primati našu marketinšku e-poštu.',
  'unsubscribe.undone.sms': 'Ponovno ćete primati naše marketinške SMS poruke.',
  'unsubscribe.undone.post': 'Ponovno vam smijemo slati marketinške materijale poštom.',
  'unsubscribe.undoneTopic': 'Vaša pretplata na „{topic}” je vraćena.',
  'unsubscribe.invalidToken': 'Ova poveznica nije valjana. Možda nije ispravno kopirana.',
  'unsubscribe.expiredToken': 'Ova je poveznica istekla.',
  'unsubscribe.requestLink':
    'Upotrijebite poveznicu iz naše najnovije poruke ili nam se obratite za novu.',
  'unsubscribe.loading': 'Učitavanje vaših postavki…',
  'unsubscribe.error': 'Nažalost, nismo mogli učitati vaše postavke. Pokušajte ponovno kasnije.',
  'unsubscribe.nothing': 'Niste pretplaćeni ni na što.',
  'unsubscribe.for': 'Postavke za {contact}',
  'unsubscribe.status.postDefault': 'Šalje se ako se ne usprotivite',
  'unsubscribe.doneEverything': 'Odjavljeni ste sa svega.',
  'unsubscribe.undoneEverything': 'Vaše su pretplate vraćene.',
  'unsubscribe.retry': 'Pokušaj ponovno',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Vaši podaci',
  'rights.text.email':
    'Zatražite kopiju podataka o privolama koje čuvamo o vama ili njihovo brisanje. E-poštom ćemo vam poslati poveznicu kojom potvrđujete da je zahtjev vaš.',
  'rights.text.phone':
    'Zatražite kopiju podataka o privolama koje čuvamo o vama ili njihovo brisanje. SMS-om ćemo vam poslati poveznicu kojom potvrđujete da je zahtjev vaš.',
  'rights.legend': 'Što želite?',
  'rights.access': 'Kopija mojih podataka',
  'rights.erasure': 'Brisanje mojih podataka',
  'rights.submit': 'Pošalji zahtjev',
  'rights.sending': 'Slanje…',
  'rights.chooseOne': 'Odaberite što želite.',
  'rights.sent.email':
    'Provjerite pristiglu poštu: poslali smo poveznicu na {email}. Vaš zahtjev počinje kad je otvorite.',
  'rights.sent.sms':
    'Provjerite poruke: poslali smo poveznicu na {phone}. Vaš zahtjev počinje kad je otvorite.',
  'rights.failed': 'Zahtjev nije moguće poslati. Pokušajte ponovno kasnije.',
  'rights.another': 'Novi zahtjev',
  'banner.purposes':
    'Uz vašu privolu željeli bismo upotrebljavati i neobavezne kolačiće u ove svrhe: {purposes}.',
  'banner.objection':
    'Već mjerimo kako se stranica upotrebljava ({categories}), što zakon dopušta ako ne uložite prigovor. Za prigovor odaberite „{reject}”.',
  'banner.controller': 'Za upotrebu vaših podataka na ovoj stranici odgovoran je {controller}.',
  'preferences.cookieProvider': 'Pružatelj',
  'preferences.ownCookie': 'Pamti vaše odabire kolačića',
  'optin.softStatement':
    'Budući da ste već naš kupac ili podupiratelj, možemo vam slati novosti o sličnim proizvodima, uslugama ili inicijativama. Označite kućicu ako to ne želite. Svaka poruka sadrži poveznicu za odjavu.',
  'optin.softOptOut.email': 'Ne želim marketinške e-poruke',
  'optin.softOptOut.sms': 'Ne želim marketinške SMS poruke',
  'optin.chooseTopic': 'Odaberite barem jednu temu',
  'list.two': '{0} i {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} i {1}',
};

export default hr;

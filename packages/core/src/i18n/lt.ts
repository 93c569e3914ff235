import type { Messages } from './en.js';

/** Lithuanian (Lietuvių). */
export const lt: Messages = {
  'banner.title': 'Naudojame slapukus',
  'banner.text':
    'Naudojame būtinuosius slapukus, kad ši svetainė veiktų. Jums sutikus, norėtume naudoti ir pasirenkamuosius slapukus, kad suprastume, kaip svetainė naudojama, ir galėtume ją tobulinti. Savo pasirinkimus galite bet kada pakeisti.',
  'banner.label': 'Sutikimas dėl slapukų',
  'actions.acceptAll': 'Priimti visus',
  'actions.rejectAll': 'Atmesti visus',
  'actions.manage': 'Tvarkyti nuostatas',
  'actions.save': 'Išsaugoti pasirinkimus',
  'actions.close': 'Uždaryti',
  'links.privacyPolicy': 'Privatumo pranešimas',
  'banner.accepted':
    'Sutikote su papildomais slapukais. Slapukų nustatymus galite pakeisti bet kada.',
  'banner.rejected': 'Atsisakėte papildomų slapukų. Slapukų nustatymus galite pakeisti bet kada.',
  'banner.hideMessage': 'Slėpti šį pranešimą',
  'preferences.title': 'Slapukų nuostatos',
  'preferences.text':
    'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė negali veikti. Jūsų pasirinkimai taikomi šiai svetainei, ir juos galite bet kada pakeisti.',
  'preferences.alwaysOn': 'Visada įjungti',
  'preferences.services': 'Paslaugos',
  'preferences.cookies': 'Slapukai',
  'preferences.cookieName': 'Pavadinimas',
  'preferences.cookieDuration': 'Galiojimo laikas',
  'preferences.cookiePurpose': 'Paskirtis',
  'preferences.sessionCookie': 'Kol uždarysite naršyklę',
  'preferences.details': 'Išsamiau',
  'preferences.detailsFor': 'Išsamiau apie {service}',
  'preferences.serviceSwitch': 'Leisti {service}',
  'preferences.gpcNotice':
    'Jūsų naršyklė siunčia signalą „Global Privacy Control“, todėl rinkodaros slapukai lieka išjungti, nebent čia juos įjungtumėte patys.',
  'category.necessary.title': 'Būtinieji',
  'category.necessary.description':
    'Reikalingi, kad svetainė veiktų, pavyzdžiui, kad būtų įsimenami jūsų pasirinkimai dėl slapukų ir neatsijungtumėte. Jų išjungti negalima.',
  'category.functional.title': 'Funkciniai',
  'category.functional.description':
    'Įsimena jūsų pasirinkimus, pavyzdžiui, kalbą ar regioną, kad svetainė būtų jums patogesnė.',
  'category.analytics.title': 'Analitiniai',
  'category.analytics.description':
    'Padeda mums suprasti, kaip lankytojai naudojasi svetaine, pavyzdžiui, kurie puslapiai lankomi dažniausiai, kad galėtume ją tobulinti. Informacija renkama apibendrinta.',
  'category.marketing.title': 'Rinkodaros',
  'category.marketing.description':
    'Juos naudojame mes ir mūsų partneriai, kad šioje ir kitose svetainėse rodytume jums aktualų turinį ir reklamą bei įvertintume jų veiksmingumą.',
  'trigger.label': 'Slapukų nustatymai',
  'trigger.tooltip': 'Pakeisti slapukų pasirinkimus',
  'embed.title': '{service} turinys užblokuotas',
  'embed.text':
    'Šį turinį teikia {service}, kuri gali įrašyti kategorijos „{category}“ slapukus. Jis nerodomas, nes to neleidote.',
  'embed.allow': 'Leisti ir įkelti',
  'embed.settings': 'Slapukų nustatymai',
  'embed.scope': 'Bus leista tik {service}.',
  'embed.unknown': 'Šis turinys užblokuotas, kol neleisite kategorijos „{category}“ slapukų.',
  'optin.title': 'Palaikykime ryšį',
  'optin.statement':
    'Pasirinkite, kaip norėtumėte gauti iš mūsų žinių. Susisieksime su jumis tik jūsų pažymėtais būdais. Kiekviename pranešime yra nuoroda atsisakyti prenumeratos, o sutikimą galite bet kada atšaukti.',
  'optin.channel.email': 'Siųskite man naujienas el. paštu',
  'optin.channel.sms': 'Siųskite man SMS žinutes',
  'optin.channel.post': 'Nesiųskite man rinkodaros pranešimų paštu',
  'optin.topics': 'Temos',
  'optin.emailLabel': 'El. pašto adresas',
  'optin.phoneLabel': 'Mobiliojo telefono numeris',
  'optin.submit': 'Užsiprenumeruoti',
  'optin.success': 'Ačiū. Jūsų pasirinkimai užregistruoti.',
  'optin.pending':
    'Beveik baigta: patikrinkite pašto dėžutę ir spustelėkite nuorodą, kad patvirtintumėte prenumeratą.',
  'optin.error': 'Atsiprašome, įvyko klaida. Bandykite dar kartą.',
  'optin.invalidEmail': 'Įveskite tinkamo formato el. pašto adresą, pavyzdžiui, name@example.com',
  'optin.invalidPhone':
    'Įveskite tinkamo formato mobiliojo telefono numerį, pavyzdžiui, 07700 900123',
  'optin.requiredEmail': 'Įveskite el. pašto adresą, kad gautumėte laiškus',
  'optin.requiredPhone': 'Įveskite mobiliojo telefono numerį, kad gautumėte SMS žinutes',
  'optin.chooseChannel': 'Pasirinkite bent vieną būdą, kuriuo galime su jumis susisiekti',
  'optin.frequency':
    'Naujienas el. paštu siunčiame maždaug kartą per mėnesį, o SMS pranešimus – tik tada, kai kas nors susiję su jumis.',
  'unsubscribe.title': 'Jūsų ryšio nuostatos',
  'unsubscribe.text': 'Pasirinkite, ko nebenorite gauti. Pakeitimai įsigalioja iš karto.',
  'unsubscribe.channel.email': 'El. paštas',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Paštas',
  'unsubscribe.status.granted': 'Prenumeruojama',
  'unsubscribe.status.denied': 'Prenumeratos atsisakyta',
  'unsubscribe.status.pending': 'Laukiama patvirtinimo',
  'unsubscribe.status.unknown': 'Neprenumeruojama',
  'unsubscribe.topic': 'Atsisakyti „{topic}“',
  'unsubscribe.channelAll.email': 'Atsisakyti visų el. laiškų',
  'unsubscribe.channelAll.sms': 'Atsisakyti visų SMS žinučių',
  'unsubscribe.channelAll.post': 'Nebesiųsti rinkodaros pranešimų paštu',
  'unsubscribe.everything': 'Atsisakyti visko',
  'unsubscribe.done.email': 'Nebegausite iš mūsų rinkodaros el. laiškų.',
  'unsubscribe.done.sms': 'Nebegausite iš mūsų rinkodaros SMS žinučių.',
  'unsubscribe.done.post': 'Nebesiųsime jums rinkodaros pranešimų paštu.',
  'unsubscribe.doneTopic': 'Atsisakėte „{topic}“.',
  'unsubscribe.undo': 'Atšaukti',
  'unsubscribe.undone.email': 'Vėl gausite mūsų rinkodaros el. laiškus.',
  'unsubscribe.undone.sms': 'Vėl gausite mūsų rinkodaros SMS žinutes.',
  'unsubscribe.undone.post': 'Vėl galime siųsti jums rinkodaros pranešimus paštu.',
  'unsubscribe.undoneTopic': 'Jūsų „{topic}“ prenumerata atkurta.',
  'unsubscribe.invalidToken': 'Ši nuoroda negalioja. Galbūt ji buvo nukopijuota netiksliai.',
  'unsubscribe.expiredToken': 'Šios nuorodos galiojimas baigėsi.',
  'unsubscribe.requestLink':
    'Naudokite nuorodą iš mūsų naujausio pranešimo arba susisiekite su mumis, kad gautumėte naują.',
  'unsubscribe.loading': 'Įkeliamos jūsų nuostatos…',
  'unsubscribe.error': 'Atsiprašome, nepavyko įkelti jūsų nuostatų. Bandykite vėliau.',
  'unsubscribe.nothing': 'Nieko neprenumeruojate.',
  'unsubscribe.for': '{contact} nuostatos',
  'unsubscribe.status.postDefault': 'Siunčiama, nebent prieštaraujate',
  'unsubscribe.doneEverything': 'Atsisakėte visų prenumeratų.',
  'unsubscribe.undoneEverything': 'Jūsų prenumeratos atkurtos.',
  'unsubscribe.retry': 'Bandyti dar kartą',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Jūsų duomenys',
  'rights.text.email':
    'Paprašykite sutikimų duomenų, kuriuos apie jus saugome, kopijos arba jų ištrynimo. El. paštu atsiųsime nuorodą, kuria patvirtinsite, kad prašymas jūsų.',
  'rights.text.phone':
    'Paprašykite sutikimų duomenų, kuriuos apie jus saugome, kopijos arba jų ištrynimo. SMS žinute atsiųsime nuorodą, kuria patvirtinsite, kad prašymas jūsų.',
  'rights.legend': 'Ko norėtumėte?',
  'rights.access': 'Gauti mano duomenų kopiją',
  'rights.erasure': 'Ištrinti mano duomenis',
  'rights.submit': 'Siųsti prašymą',
  'rights.sending': 'Siunčiama…',
  'rights.chooseOne': 'Pasirinkite, ko norėtumėte.',
  'rights.sent.email':
    'Patikrinkite pašto dėžutę: nusiuntėme nuorodą adresu {email}. Jūsų prašymas pradedamas, kai ją atidarote.',
  'rights.sent.sms':
    'Patikrinkite žinutes: nusiuntėme nuorodą numeriu {phone}. Jūsų prašymas pradedamas, kai ją atidarote.',
  'rights.failed': 'Prašymo išsiųsti nepavyko. Bandykite vėliau.',
  'rights.another': 'Pateikti kitą prašymą',
};

export default lt;

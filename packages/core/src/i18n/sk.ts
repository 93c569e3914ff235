import type { Messages } from './en.js';

/** Slovak (Slovenčina). */
export const sk: Messages = {
  'banner.title': 'Používame súbory cookie',
  'banner.text':
    'Používame nevyhnutné súbory cookie, aby táto stránka fungovala. Svoje voľby môžete kedykoľvek zmeniť.',
  'banner.label': 'Súhlas so súbormi cookie',
  'actions.acceptAll': 'Prijať všetky',
  'actions.rejectAll': 'Odmietnuť všetky',
  'actions.manage': 'Spravovať predvoľby',
  'actions.save': 'Uložiť voľby',
  'actions.close': 'Zavrieť',
  'links.privacyPolicy': 'Informácie o ochrane súkromia',
  'banner.accepted':
    'Prijali ste doplnkové súbory cookie. Nastavenia súborov cookie môžete kedykoľvek zmeniť.',
  'banner.rejected':
    'Odmietli ste doplnkové súbory cookie. Nastavenia súborov cookie môžete kedykoľvek zmeniť.',
  'banner.hideMessage': 'Skryť túto správu',
  'preferences.title': 'Predvoľby súborov cookie',
  'preferences.text':
    'Vyberte, ktoré súbory cookie môžeme používať. Nevyhnutné súbory cookie sú vždy zapnuté, pretože bez nich stránka nemôže fungovať. Vaše voľby platia pre túto stránku a môžete ich kedykoľvek zmeniť.',
  'preferences.alwaysOn': 'Vždy zapnuté',
  'preferences.objection': 'Zapnuté, pokiaľ nenamietate. Námietku vznesiete vypnutím.',
  'preferences.services': 'Služby',
  'preferences.cookies': 'Súbory cookie',
  'preferences.cookieName': 'Názov',
  'preferences.cookieDuration': 'Doba uchovávania',
  'preferences.cookiePurpose': 'Účel',
  'preferences.sessionCookie': 'Kým nezatvoríte prehliadač',
  'preferences.details': 'Podrobnosti',
  'preferences.detailsFor': 'Podrobnosti o službe {service}',
  'preferences.serviceSwitch': 'Povoliť {service}',
  'preferences.gpcNotice':
    'Váš prehliadač odosiela signál Global Privacy Control, preto marketingové súbory cookie zostanú vypnuté, pokiaľ ich tu sami nezapnete.',
  'category.necessary.title': 'Nevyhnutné',
  'category.necessary.description':
    'Sú potrebné na fungovanie stránky, napríklad na zapamätanie vašich volieb súborov cookie a udržanie prihlásenia. Nedajú sa vypnúť.',
  'category.functional.title': 'Funkčné',
  'category.functional.description':
    'Pamätajú si vaše voľby, napríklad jazyk alebo oblasť, aby vám stránka ponúkla osobnejšie prostredie.',
  'category.analytics.title': 'Analytické',
  'category.analytics.description':
    'Pomáhajú nám pochopiť, ako návštevníci stránku používajú, napríklad ktoré stránky sú najnavštevovanejšie, aby sme ju mohli zlepšiť. Údaje sa zhromažďujú súhrnne.',
  'category.marketing.title': 'Marketingové',
  'category.marketing.description':
    'Používame ich my a naši partneri, aby sme vám na tejto aj iných stránkach zobrazovali relevantný obsah a reklamy a merali ich účinnosť.',
  'trigger.label': 'Nastavenia súborov cookie',
  'trigger.tooltip': 'Zmeniť voľby súborov cookie',
  'embed.title': 'Obsah zo služby {service} je zablokovaný',
  'embed.text':
    'Tento obsah poskytuje služba {service}, ktorá môže ukladať súbory cookie kategórie „{category}“. Nezobrazuje sa, pretože ste ho nepovolili.',
  'embed.allow': 'Povoliť a načítať',
  'embed.settings': 'Nastavenia súborov cookie',
  'embed.scope': 'Povolená bude iba služba {service}.',
  'embed.unknown':
    'Tento obsah je zablokovaný, kým nepovolíte súbory cookie kategórie „{category}“.',
  'optin.title': 'Zostaňme v kontakte',
  'optin.statement':
    'Vyberte, ako od nás chcete dostávať správy. Každá správa obsahuje odkaz na odhlásenie a svoj súhlas môžete kedykoľvek odvolať.',
  'optin.channel.email': 'Posielajte mi novinky a aktuality e-mailom',
  'optin.channel.sms': 'Posielajte mi SMS správy',
  'optin.channel.post': 'Neposielajte mi marketing poštou',
  'optin.topics': 'Témy',
  'optin.emailLabel': 'E-mailová adresa',
  'optin.phoneLabel': 'Číslo mobilného telefónu',
  'optin.submit': 'Prihlásiť sa na odber',
  'optin.success': 'Ďakujeme. Vaše voľby boli zaznamenané.',
  'optin.pending': 'Takmer hotovo: skontrolujte si schránku a potvrďte odber kliknutím na odkaz.',
  'optin.error': 'Ospravedlňujeme sa, niečo sa pokazilo. Skúste to prosím znova.',
  'optin.invalidEmail': 'Zadajte e-mailovú adresu v správnom formáte, napríklad name@example.com',
  'optin.invalidPhone': 'Zadajte číslo mobilného telefónu v správnom formáte, napríklad {example}',
  'optin.requiredEmail': 'Zadajte svoju e-mailovú adresu, aby ste mohli dostávať e-maily',
  'optin.requiredPhone': 'Zadajte číslo mobilného telefónu, aby ste mohli dostávať SMS správy',
  'optin.chooseChannel': 'Vyberte aspoň jeden spôsob, ako vás môžeme kontaktovať',
  'unsubscribe.title': 'Vaše predvoľby komunikácie',
  'unsubscribe.text': 'Vyberte, čo už nechcete dostávať. Zmeny platia okamžite.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Pošta',
  'unsubscribe.status.granted': 'Odoberáte',
  'unsubscribe.status.denied': 'Odhlásené',
  'unsubscribe.status.pending': 'Čaká na potvrdenie',
  'unsubscribe.status.unknown': 'Neodoberáte',
  'unsubscribe.topic': 'Odhlásiť odber „{topic}“',
  'unsubscribe.channelAll.email': 'Odhlásiť všetky e-maily',
  'unsubscribe.channelAll.sms': 'Odhlásiť všetky SMS správy',
  'unsubscribe.channelAll.post': 'Ukončiť všetok marketing poštou',
  'unsubscribe.everything': 'Odhlásiť všetko',
  'unsubscribe.done.email': 'Od nás už nebudete dostávať marketingové e-maily.',
  'unsubscribe.done.sms': 'Od nás už nebudete dostávať marketingové SMS správy.',
  'unsubscribe.done.post': 'Už vám nebudeme posielať marketing poštou.',
  'unsubscribe.doneTopic': 'Odber „{topic}“ bol odhlásený.',
  'unsubscribe.undo': 'Vrátiť späť',
  'unsubscribe.undone.email': 'Naše marketingové e-maily budete opäť dostávať.',
  'unsubscribe.undone.sms': 'Naše marketingové SMS správy budete opäť dostávať.',
  'unsubscribe.undone.post': 'Marketing poštou vám môžeme opäť posielať.',
  'unsubscribe.undoneTopic': 'Váš odber „{topic}“ bol obnovený.',
  'unsubscribe.invalidToken': 'Tento odkaz nie je platný. Možno nebol správne skopírovaný.',
  'unsubscribe.expiredToken': 'Platnosť tohto odkazu vypršala.',
  'unsubscribe.requestLink':
    'Použite prosím odkaz z našej najnovšej správy alebo nás kontaktujte a požiadajte o nový.',
  'unsubscribe.loading': 'Načítavajú sa vaše predvoľby…',
  'unsubscribe.error':
    'Ospravedlňujeme sa, vaše predvoľby sa nepodarilo načítať. Skúste to prosím neskôr.',
  'unsubscribe.nothing': 'Nič neodoberáte.',
  'unsubscribe.for': 'Predvoľby pre {contact}',
  'unsubscribe.status.postDefault': 'Posielame, pokiaľ nenamietate',
  'unsubscribe.doneEverything': 'Odhlásili ste sa zo všetkého.',
  'unsubscribe.undoneEverything': 'Vaše odbery boli obnovené.',
  'unsubscribe.retry': 'Skúsiť znova',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Vaše údaje',
  'rights.text.email':
    'Požiadajte o kópiu údajov o súhlasoch, ktoré o vás uchovávame, alebo o ich vymazanie. E-mailom vám pošleme odkaz, ktorým potvrdíte, že žiadosť je vaša.',
  'rights.text.phone':
    'Požiadajte o kópiu údajov o súhlasoch, ktoré o vás uchovávame, alebo o ich vymazanie. SMS správou vám pošleme odkaz, ktorým potvrdíte, že žiadosť je vaša.',
  'rights.legend': 'Čo si želáte?',
  'rights.access': 'Získať kópiu mojich údajov',
  'rights.erasure': 'Vymazať moje údaje',
  'rights.submit': 'Odoslať žiadosť',
  'rights.sending': 'Odosiela sa…',
  'rights.chooseOne': 'Vyberte, čo si želáte.',
  'rights.sent.email':
    'Pozrite si schránku: poslali sme odkaz na {email}. Vaša žiadosť začne plynúť, keď ho otvoríte.',
  'rights.sent.sms':
    'Pozrite si správy: poslali sme odkaz na {phone}. Vaša žiadosť začne plynúť, keď ho otvoríte.',
  'rights.failed': 'Žiadosť sa nepodarilo odoslať. Skúste to prosím neskôr.',
  'rights.another': 'Podať ďalšiu žiadosť',
  'banner.purposes':
    'S vaším súhlasom by sme radi používali aj voliteľné súbory cookie na tieto účely: {purposes}.',
  'banner.objection':
    'Už meriame, ako sa stránka používa ({categories}), čo zákon povoľuje, ak nevznesiete námietku. Ak chcete vzniesť námietku, zvoľte „{reject}“.',
  'banner.controller': 'Za používanie vašich údajov na tejto stránke zodpovedá {controller}.',
  'preferences.cookieProvider': 'Poskytovateľ',
  'preferences.ownCookie': 'Pamätá si vaše voľby súborov cookie',
  'optin.softStatement':
    'Keďže už ste náš zákazník alebo podporovateľ, môžeme vám posielať novinky o podobných produktoch, službách alebo projektoch. Ak o to nemáte záujem, začiarknite políčko. Každá správa obsahuje odkaz na odhlásenie.',
  'optin.softOptOut.email': 'Nechcem dostávať marketingové e-maily',
  'optin.softOptOut.sms': 'Nechcem dostávať marketingové SMS správy',
  'optin.chooseTopic': 'Vyberte aspoň jednu tému',
  'list.two': '{0} a {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} a {1}',
};

export default sk;

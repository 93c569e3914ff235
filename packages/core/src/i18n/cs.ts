import type { Messages } from './en.js';

/** Czech (Čeština). */
export const cs: Messages = {
  'banner.title': 'Používáme soubory cookie',
  'banner.text':
    'Používáme nezbytné soubory cookie, aby tento web fungoval. Své volby můžete kdykoli změnit.',
  'banner.label': 'Souhlas se soubory cookie',
  'actions.acceptAll': 'Přijmout vše',
  'actions.rejectAll': 'Odmítnout vše',
  'actions.manage': 'Spravovat předvolby',
  'actions.save': 'Uložit volby',
  'actions.close': 'Zavřít',
  'links.privacyPolicy': 'Informace o ochraně osobních údajů',
  'banner.accepted':
    'Přijali jste doplňkové soubory cookie. Nastavení souborů cookie můžete kdykoli změnit.',
  'banner.rejected':
    'Odmítli jste doplňkové soubory cookie. Nastavení souborů cookie můžete kdykoli změnit.',
  'banner.hideMessage': 'Skrýt tuto zprávu',
  'preferences.title': 'Předvolby souborů cookie',
  'preferences.text':
    'Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou vždy zapnuté, protože bez nich web nemůže fungovat. Vaše volby platí pro tento web a můžete je kdykoli změnit.',
  'preferences.alwaysOn': 'Vždy zapnuté',
  'preferences.objection': 'Zapnuto, pokud nevznesete námitku. Námitku vznesete vypnutím.',
  'preferences.services': 'Služby',
  'preferences.cookies': 'Soubory cookie',
  'preferences.cookieName': 'Název',
  'preferences.cookieDuration': 'Doba uložení',
  'preferences.cookiePurpose': 'Účel',
  'preferences.sessionCookie': 'Do zavření prohlížeče',
  'preferences.details': 'Podrobnosti',
  'preferences.detailsFor': 'Podrobnosti o službě {service}',
  'preferences.serviceSwitch': 'Povolit {service}',
  'preferences.gpcNotice':
    'Váš prohlížeč odesílá signál Global Privacy Control, proto marketingové soubory cookie zůstanou vypnuté, pokud je zde sami nezapnete.',
  'category.necessary.title': 'Nezbytné',
  'category.necessary.description':
    'Jsou potřeba pro fungování webu, například k zapamatování vašich voleb souborů cookie a k udržení přihlášení. Nelze je vypnout.',
  'category.functional.title': 'Funkční',
  'category.functional.description':
    'Pamatují si vaše volby, například jazyk nebo oblast, aby vám web nabídl osobnější prostředí.',
  'category.analytics.title': 'Analytické',
  'category.analytics.description':
    'Pomáhají nám pochopit, jak návštěvníci web používají, například které stránky jsou nejnavštěvovanější, abychom ho mohli zlepšit. Údaje se shromažďují souhrnně.',
  'category.marketing.title': 'Marketingové',
  'category.marketing.description':
    'Používáme je my a naši partneři, abychom vám na tomto i jiných webech zobrazovali relevantní obsah a reklamy a měřili jejich účinnost.',
  'trigger.label': 'Nastavení souborů cookie',
  'trigger.tooltip': 'Změnit volby souborů cookie',
  'embed.title': 'Obsah ze služby {service} je zablokován',
  'embed.text':
    'Tento obsah poskytuje služba {service}, která může ukládat soubory cookie kategorie „{category}“. Nezobrazuje se, protože jste ho nepovolili.',
  'embed.allow': 'Povolit a načíst',
  'embed.settings': 'Nastavení souborů cookie',
  'embed.scope': 'Povolena bude pouze služba {service}.',
  'embed.unknown':
    'Tento obsah je blokován, dokud nepovolíte soubory cookie kategorie „{category}“.',
  'optin.title': 'Zůstaňme v kontaktu',
  'optin.statement':
    'Vyberte, jak od nás chcete dostávat zprávy. Každá zpráva obsahuje odkaz pro odhlášení a svůj souhlas můžete kdykoli odvolat.',
  'optin.channel.email': 'Posílejte mi novinky a aktuality e-mailem',
  'optin.channel.sms': 'Posílejte mi SMS zprávy',
  'optin.channel.post': 'Neposílejte mi marketing poštou',
  'optin.topics': 'Témata',
  'optin.emailLabel': 'E-mailová adresa',
  'optin.phoneLabel': 'Číslo mobilního telefonu',
  'optin.submit': 'Přihlásit se k odběru',
  'optin.success': 'Děkujeme. Vaše volby byly zaznamenány.',
  'optin.pending': 'Skoro hotovo: zkontrolujte svou schránku a potvrďte odběr kliknutím na odkaz.',
  'optin.error': 'Omlouváme se, něco se pokazilo. Zkuste to prosím znovu.',
  'optin.invalidEmail': 'Zadejte e-mailovou adresu ve správném formátu, například name@example.com',
  'optin.invalidPhone': 'Zadejte číslo mobilního telefonu ve správném formátu, například {example}',
  'optin.requiredEmail': 'Zadejte svou e-mailovou adresu, abyste mohli dostávat e-maily',
  'optin.requiredPhone': 'Zadejte číslo mobilního telefonu, abyste mohli dostávat SMS zprávy',
  'optin.chooseChannel': 'Vyberte alespoň jeden způsob, jak vás smíme kontaktovat',
  'unsubscribe.title': 'Vaše předvolby komunikace',
  'unsubscribe.text': 'Vyberte, co už nechcete dostávat. Změny platí okamžitě.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Pošta',
  'unsubscribe.status.granted': 'Odebíráte',
  'unsubscribe.status.denied': 'Odhlášeno',
  'unsubscribe.status.pending': 'Čeká na potvrzení',
  'unsubscribe.status.unknown': 'Neodebíráte',
  'unsubscribe.topic': 'Odhlásit odběr „{topic}“',
  'unsubscribe.channelAll.email': 'Odhlásit všechny e-maily',
  'unsubscribe.channelAll.sms': 'Odhlásit všechny SMS zprávy',
  'unsubscribe.channelAll.post': 'Ukončit veškerý marketing poštou',
  'unsubscribe.everything': 'Odhlásit vše',
  'unsubscribe.done.email': 'Od nás už nebudete dostávat marketingové e-maily.',
  'unsubscribe.done.sms': 'Od nás už nebudete dostávat marketingové SMS zprávy.',
  'unsubscribe.done.post': 'Už vám nebudeme posílat marketing poštou.',
  'unsubscribe.doneTopic': 'Odběr „{topic}“ byl odhlášen.',
  'unsubscribe.undo': 'Vrátit zpět',
  'unsubscribe.undone.email': 'Naše marketingové e-maily budete opět dostávat.',
  'unsubscribe.undone.sms': 'Naše marketingové SMS zprávy budete opět dostávat.',
  'unsubscribe.undone.post': 'Marketing poštou vám můžeme opět posílat.',
  'unsubscribe.undoneTopic': 'Váš odběr „{topic}“ byl obnoven.',
  'unsubscribe.invalidToken': 'Tento odkaz není platný. Možná nebyl správně zkopírován.',
  'unsubscribe.expiredToken': 'Platnost tohoto odkazu vypršela.',
  'unsubscribe.requestLink':
    'Použijte prosím odkaz z naší nejnovější zprávy nebo nás kontaktujte a požádejte o nový.',
  'unsubscribe.loading': 'Načítají se vaše předvolby…',
  'unsubscribe.error':
    'Omlouváme se, vaše předvolby se nepodařilo načíst. Zkuste to prosím později.',
  'unsubscribe.nothing': 'Nic neodebíráte.',
  'unsubscribe.for': 'Předvolby pro {contact}',
  'unsubscribe.status.postDefault': 'Zasíláme, pokud nevznesete námitku',
  'unsubscribe.doneEverything': 'Odhlásili jste se ze všeho.',
  'unsubscribe.undoneEverything': 'Vaše odběry byly obnoveny.',
  'unsubscribe.retry': 'Zkusit znovu',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Vaše údaje',
  'rights.text.email':
    'Požádejte o kopii údajů o souhlasech, které o vás uchováváme, nebo o jejich výmaz. Pošleme vám e-mailem odkaz, kterým potvrdíte, že žádost je vaše.',
  'rights.text.phone':
    'Požádejte o kopii údajů o souhlasech, které o vás uchováváme, nebo o jejich výmaz. Pošleme vám SMS s odkazem, kterým potvrdíte, že žádost je vaše.',
  'rights.legend': 'Co si přejete?',
  'rights.access': 'Získat kopii mých údajů',
  'rights.erasure': 'Vymazat moje údaje',
  'rights.submit': 'Odeslat žádost',
  'rights.sending': 'Odesílání…',
  'rights.chooseOne': 'Vyberte, co si přejete.',
  'rights.sent.email':
    'Podívejte se do schránky: poslali jsme odkaz na {email}. Vaše žádost začne platit, jakmile jej otevřete.',
  'rights.sent.sms':
    'Podívejte se do zpráv: poslali jsme odkaz na {phone}. Vaše žádost začne platit, jakmile jej otevřete.',
  'rights.failed': 'Žádost se nepodařilo odeslat. Zkuste to prosím později.',
  'rights.another': 'Podat další žádost',
  'banner.purposes':
    'S vaším souhlasem bychom rádi používali také volitelné soubory cookie pro tyto účely: {purposes}.',
  'banner.objection':
    'Již měříme, jak se web používá ({categories}), což zákon dovoluje, pokud nevznesete námitku. Chcete-li námitku vznést, zvolte „{reject}“.',
  'banner.controller': 'Za používání vašich údajů na tomto webu odpovídá {controller}.',
  'preferences.cookieProvider': 'Poskytovatel',
  'preferences.ownCookie': 'Pamatuje si vaše volby souborů cookie',
  'optin.softStatement':
    'Protože již jste náš zákazník nebo podporovatel, můžeme vám posílat novinky o podobných produktech, službách nebo projektech. Pokud o to nestojíte, zaškrtněte políčko. Každá zpráva obsahuje odkaz pro odhlášení.',
  'optin.softOptOut.email': 'Nechci dostávat marketingové e-maily',
  'optin.softOptOut.sms': 'Nechci dostávat marketingové SMS zprávy',
  'optin.chooseTopic': 'Vyberte alespoň jedno téma',
  'list.two': '{0} a {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} a {1}',
};

export default cs;

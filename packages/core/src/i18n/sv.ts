import type { Messages } from './en.js';

/** Swedish (Svenska). */
export const sv: Messages = {
  'banner.title': 'Vi använder cookies',
  'banner.text':
    'Vi använder nödvändiga cookies för att webbplatsen ska fungera. Du kan när som helst ändra dina val.',
  'banner.label': 'Samtycke till cookies',
  'actions.acceptAll': 'Godkänn alla',
  'actions.rejectAll': 'Avvisa alla',
  'actions.manage': 'Hantera inställningar',
  'actions.save': 'Spara val',
  'actions.close': 'Stäng',
  'links.privacyPolicy': 'Integritetsmeddelande',
  'banner.accepted':
    'Du har godkänt ytterligare cookies. Du kan när som helst ändra dina cookie-inställningar.',
  'banner.rejected':
    'Du har avvisat ytterligare cookies. Du kan när som helst ändra dina cookie-inställningar.',
  'banner.hideMessage': 'Dölj det här meddelandet',
  'preferences.title': 'Cookie-inställningar',
  'preferences.text':
    'Välj vilka cookies vi får använda. Nödvändiga cookies är alltid på eftersom webbplatsen inte fungerar utan dem. Dina val gäller den här webbplatsen och du kan när som helst ändra dem.',
  'preferences.alwaysOn': 'Alltid på',
  'preferences.objection': 'På, om du inte invänder. Stäng av det för att invända.',
  'preferences.services': 'Tjänster',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Namn',
  'preferences.cookieDuration': 'Lagringstid',
  'preferences.cookiePurpose': 'Syfte',
  'preferences.sessionCookie': 'Tills du stänger webbläsaren',
  'preferences.details': 'Detaljer',
  'preferences.detailsFor': 'Detaljer om {service}',
  'preferences.serviceSwitch': 'Tillåt {service}',
  'preferences.gpcNotice':
    'Din webbläsare skickar en Global Privacy Control-signal, så cookies för marknadsföring förblir avstängda om du inte slår på dem här.',
  'category.necessary.title': 'Nödvändiga',
  'category.necessary.description':
    'Behövs för att webbplatsen ska fungera, till exempel för att komma ihåg dina cookieval och hålla dig inloggad. De kan inte stängas av.',
  'category.functional.title': 'Funktionella',
  'category.functional.description':
    'Kommer ihåg val du gör, till exempel språk eller region, för att ge dig en mer personlig upplevelse.',
  'category.analytics.title': 'Analys',
  'category.analytics.description':
    'Hjälper oss att förstå hur besökare använder webbplatsen, till exempel vilka sidor som besöks mest, så att vi kan förbättra den. Uppgifterna samlas in på sammanställd nivå.',
  'category.marketing.title': 'Marknadsföring',
  'category.marketing.description':
    'Används av oss och våra partner för att visa dig relevant innehåll och relevanta annonser på den här och andra webbplatser, och för att mäta hur väl de fungerar.',
  'trigger.label': 'Cookie-inställningar',
  'trigger.tooltip': 'Ändra dina cookieval',
  'embed.title': 'Innehåll från {service} är blockerat',
  'embed.text':
    'Det här innehållet tillhandahålls av {service}, som kan sätta cookies i kategorin ”{category}”. Det visas inte eftersom du inte har tillåtit det.',
  'embed.allow': 'Tillåt och läs in',
  'embed.settings': 'Cookie-inställningar',
  'embed.scope': 'Endast {service} tillåts.',
  'embed.unknown':
    'Det här innehållet är blockerat tills du tillåter cookies i kategorin ”{category}”.',
  'optin.title': 'Håll kontakten',
  'optin.statement':
    'Välj hur du vill höra av oss. Varje meddelande innehåller en länk för att avregistrera dig, och du kan när som helst återkalla ditt samtycke.',
  'optin.channel.email': 'Skicka nyheter och uppdateringar till mig via e-post',
  'optin.channel.sms': 'Skicka sms till mig',
  'optin.channel.post': 'Skicka inte marknadsföring till mig per post',
  'optin.topics': 'Ämnen',
  'optin.emailLabel': 'E-postadress',
  'optin.phoneLabel': 'Mobilnummer',
  'optin.submit': 'Prenumerera',
  'optin.success': 'Tack. Dina val har registrerats.',
  'optin.pending':
    'Nästan klart: titta i din inkorg och följ länken för att bekräfta prenumerationen.',
  'optin.error': 'Något gick tyvärr fel. Försök igen.',
  'optin.invalidEmail': 'Ange en e-postadress i rätt format, till exempel name@example.com',
  'optin.invalidPhone': 'Ange ett mobilnummer i rätt format, till exempel {example}',
  'optin.requiredEmail': 'Ange din e-postadress för att få e-post',
  'optin.requiredPhone': 'Ange ditt mobilnummer för att få sms',
  'optin.chooseChannel': 'Välj minst ett sätt som vi får kontakta dig på',
  'unsubscribe.title': 'Dina kommunikationsinställningar',
  'unsubscribe.text': 'Välj vad du inte längre vill få. Ändringarna gäller direkt.',
  'unsubscribe.channel.email': 'E-post',
  'unsubscribe.channel.sms': 'Sms',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Prenumererar',
  'unsubscribe.status.denied': 'Avregistrerad',
  'unsubscribe.status.pending': 'Väntar på bekräftelse',
  'unsubscribe.status.unknown': 'Prenumererar inte',
  'unsubscribe.topic': 'Avregistrera mig från ”{topic}”',
  'unsubscribe.channelAll.email': 'Avregistrera mig från all e-post',
  'unsubscribe.channelAll.sms': 'Avregistrera mig från alla sms',
  'unsubscribe.channelAll.post': 'Stoppa all marknadsföring per post',
  'unsubscribe.everything': 'Avregistrera mig från allt',
  'unsubscribe.done.email': 'Du får inte längre marknadsföringsmejl från oss.',
  'unsubscribe.done.sms': 'Du får inte längre marknadsförings-sms från oss.',
  'unsubscribe.done.post': 'Vi skickar inte längre marknadsföring till dig per post.',
  'unsubscribe.doneTopic': 'Du har avregistrerats från ”{topic}”.',
  'unsubscribe.undo': 'Ångra',
  'unsubscribe.undone.email': 'Du får våra marknadsföringsmejl igen.',
  'unsubscribe.undone.sms': 'Du får våra marknadsförings-sms igen.',
  'unsubscribe.undone.post': 'Vi får skicka marknadsföring till dig per post igen.',
  'unsubscribe.undoneTopic': 'Din prenumeration på ”{topic}” har återställts.',
  'unsubscribe.invalidToken': 'Länken är inte giltig. Den kan ha kopierats fel.',
  'unsubscribe.expiredToken': 'Länken har gått ut.',
  'unsubscribe.requestLink':
    'Använd länken i vårt senaste meddelande eller kontakta oss för att få en ny.',
  'unsubscribe.loading': 'Dina inställningar läses in …',
  'unsubscribe.error': 'Vi kunde tyvärr inte läsa in dina inställningar. Försök igen senare.',
  'unsubscribe.nothing': 'Du prenumererar inte på något.',
  'unsubscribe.for': 'Inställningar för {contact}',
  'unsubscribe.status.postDefault': 'Skickas om du inte invänder',
  'unsubscribe.doneEverything': 'Du har avregistrerats från allt.',
  'unsubscribe.undoneEverything': 'Dina prenumerationer har återställts.',
  'unsubscribe.retry': 'Försök igen',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Dina uppgifter',
  'rights.text.email':
    'Begär en kopia av de samtyckesuppgifter vi har om dig, eller att de raderas. Vi mejlar dig en länk så att du kan bekräfta att begäran är din.',
  'rights.text.phone':
    'Begär en kopia av de samtyckesuppgifter vi har om dig, eller att de raderas. Vi sms:ar dig en länk så att du kan bekräfta att begäran är din.',
  'rights.legend': 'Vad vill du göra?',
  'rights.access': 'Få en kopia av mina uppgifter',
  'rights.erasure': 'Radera mina uppgifter',
  'rights.submit': 'Skicka begäran',
  'rights.sending': 'Skickar…',
  'rights.chooseOne': 'Välj vad du vill göra.',
  'rights.sent.email':
    'Titta i din inkorg: vi har skickat en länk till {email}. Din begäran startar när du öppnar den.',
  'rights.sent.sms':
    'Titta i dina sms: vi har skickat en länk till {phone}. Din begäran startar när du öppnar den.',
  'rights.failed': 'Begäran kunde inte skickas. Försök igen senare.',
  'rights.another': 'Gör en ny begäran',
  'banner.purposes':
    'Med ditt samtycke vill vi också använda valfria cookies för följande ändamål: {purposes}.',
  'banner.objection':
    'Vi mäter redan hur webbplatsen används ({categories}), vilket lagen tillåter så länge du inte invänder. Välj ”{reject}” för att invända.',
  'banner.controller':
    '{controller} ansvarar för hur dina uppgifter används på den här webbplatsen.',
  'preferences.cookieProvider': 'Leverantör',
  'preferences.ownCookie': 'Kommer ihåg dina cookieval',
  'optin.softStatement':
    'Eftersom du redan är kund eller givare hos oss kan vi skicka nyheter om liknande produkter, tjänster eller ändamål. Kryssa i en ruta om du inte vill det. Varje meddelande innehåller en länk för att avregistrera dig.',
  'optin.softOptOut.email': 'Jag vill inte ha marknadsföringsmejl',
  'optin.softOptOut.sms': 'Jag vill inte ha sms med marknadsföring',
  'optin.chooseTopic': 'Välj minst ett ämne',
  'list.two': '{0} och {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} och {1}',
};

export default sv;

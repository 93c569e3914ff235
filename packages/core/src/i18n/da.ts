import type { Messages } from './en.js';

/** Danish (Dansk). */
export const da: Messages = {
  'banner.title': 'Vi bruger cookies',
  'banner.text':
    'Vi bruger nødvendige cookies for at få dette websted til at fungere. Du kan til enhver tid ændre dine valg.',
  'banner.label': 'Samtykke til cookies',
  'actions.acceptAll': 'Accepter alle',
  'actions.rejectAll': 'Afvis alle',
  'actions.manage': 'Administrer præferencer',
  'actions.save': 'Gem valg',
  'actions.close': 'Luk',
  'links.privacyPolicy': 'Privatlivsmeddelelse',
  'banner.accepted':
    'Du har accepteret yderligere cookies. Du kan til enhver tid ændre dine cookieindstillinger.',
  'banner.rejected':
    'Du har afvist yderligere cookies. Du kan til enhver tid ændre dine cookieindstillinger.',
  'banner.hideMessage': 'Skjul denne meddelelse',
  'preferences.title': 'Cookiepræferencer',
  'preferences.text':
    'Vælg, hvilke cookies vi må bruge. Nødvendige cookies er altid slået til, fordi webstedet ikke kan fungere uden dem. Dine valg gælder for dette websted, og du kan til enhver tid ændre dem.',
  'preferences.alwaysOn': 'Altid slået til',
  'preferences.objection':
    'Slået til, medmindre du gør indsigelse. Slå det fra for at gøre indsigelse.',
  'preferences.services': 'Tjenester',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Navn',
  'preferences.cookieDuration': 'Varighed',
  'preferences.cookiePurpose': 'Formål',
  'preferences.sessionCookie': 'Indtil du lukker din browser',
  'preferences.details': 'Detaljer',
  'preferences.detailsFor': 'Detaljer om {service}',
  'preferences.serviceSwitch': 'Tillad {service}',
  'preferences.gpcNotice':
    'Din browser sender et Global Privacy Control-signal, så marketingcookies forbliver slået fra, medmindre du slår dem til her.',
  'category.necessary.title': 'Nødvendige',
  'category.necessary.description':
    'Nødvendige for at webstedet fungerer, for eksempel for at huske dine cookievalg og holde dig logget ind. De kan ikke slås fra.',
  'category.functional.title': 'Funktionelle',
  'category.functional.description':
    'Husker valg, du træffer, såsom sprog eller område, for at give dig en mere personlig oplevelse.',
  'category.analytics.title': 'Statistik',
  'category.analytics.description':
    'Hjælper os med at forstå, hvordan besøgende bruger webstedet, for eksempel hvilke sider der besøges mest, så vi kan forbedre det. Oplysningerne indsamles samlet.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Bruges af os og vores partnere til at vise dig relevant indhold og relevante annoncer på dette og andre websteder og til at måle, hvor godt de virker.',
  'trigger.label': 'Cookieindstillinger',
  'trigger.tooltip': 'Skift dine cookievalg',
  'embed.title': 'Indhold fra {service} er blokeret',
  'embed.text':
    'Dette indhold leveres af {service}, som kan sætte cookies i kategorien “{category}”. Det vises ikke, fordi du ikke har tilladt det.',
  'embed.allow': 'Tillad og indlæs',
  'embed.settings': 'Cookieindstillinger',
  'embed.scope': 'Kun {service} bliver tilladt.',
  'embed.unknown':
    'Dette indhold er blokeret, indtil du tillader cookies i kategorien “{category}”.',
  'optin.title': 'Hold kontakten',
  'optin.statement':
    'Vælg, hvordan du gerne vil høre fra os. Hver besked indeholder et link til at afmelde dig, og du kan til enhver tid trække dit samtykke tilbage.',
  'optin.channel.email': 'Send mig nyheder og opdateringer på e-mail',
  'optin.channel.sms': 'Send mig sms-beskeder',
  'optin.channel.post': 'Send mig ikke markedsføring med posten',
  'optin.topics': 'Emner',
  'optin.emailLabel': 'E-mailadresse',
  'optin.phoneLabel': 'Mobilnummer',
  'optin.submit': 'Tilmeld mig',
  'optin.success': 'Tak. Dine valg er registreret.',
  'optin.pending':
    'Næsten færdig: Tjek din indbakke, og følg linket for at bekræfte dit abonnement.',
  'optin.error': 'Beklager, noget gik galt. Prøv igen.',
  'optin.invalidEmail':
    'Indtast en e-mailadresse i det korrekte format, for eksempel name@example.com',
  'optin.invalidPhone': 'Indtast et mobilnummer i det korrekte format, for eksempel {example}',
  'optin.requiredEmail': 'Indtast din e-mailadresse for at modtage e-mails',
  'optin.requiredPhone': 'Indtast dit mobilnummer for at modtage sms-beskeder',
  'optin.chooseChannel': 'Vælg mindst én måde, vi må kontakte dig på',
  'unsubscribe.title': 'Dine kommunikationspræferencer',
  'unsubscribe.text':
    'Vælg, hvad du ikke længere ønsker at modtage. Ændringerne gælder med det samme.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'Sms',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Tilmeldt',
  'unsubscribe.status.denied': 'Afmeldt',
  'unsubscribe.status.pending': 'Afventer bekræftelse',
  'unsubscribe.status.unknown': 'Ikke tilmeldt',
  'unsubscribe.topic': 'Afmeld “{topic}”',
  'unsubscribe.channelAll.email': 'Afmeld alle e-mails',
  'unsubscribe.channelAll.sms': 'Afmeld alle sms-beskeder',
  'unsubscribe.channelAll.post': 'Stop al markedsføring med posten',
  'unsubscribe.everything': 'Afmeld alt',
  'unsubscribe.done.email': 'Du modtager ikke længere markedsførings-e-mails fra os.',
  'unsubscribe.done.sms': 'Du modtager ikke længere markedsførings-sms’er fra os.',
  'unsubscribe.done.post': 'Vi sender ikke længere markedsføring til dig med posten.',
  'unsubscribe.doneTopic': 'Du er afmeldt “{topic}”.',
  'unsubscribe.undo': 'Fortryd',
  'unsubscribe.undone.email': 'Du modtager vores markedsførings-e-mails igen.',
  'unsubscribe.undone.sms': 'Du modtager vores markedsførings-sms’er igen.',
  'unsubscribe.undone.post': 'Vi må igen sende dig markedsføring med posten.',
  'unsubscribe.undoneTopic': 'Dit abonnement på “{topic}” er genoprettet.',
  'unsubscribe.invalidToken': 'Dette link er ikke gyldigt. Det er muligvis kopieret forkert.',
  'unsubscribe.expiredToken': 'Dette link er udløbet.',
  'unsubscribe.requestLink':
    'Brug linket i vores seneste besked, eller kontakt os for at få et nyt.',
  'unsubscribe.loading': 'Indlæser dine præferencer …',
  'unsubscribe.error': 'Beklager, vi kunne ikke indlæse dine præferencer. Prøv igen senere.',
  'unsubscribe.nothing': 'Du abonnerer ikke på noget.',
  'unsubscribe.for': 'Præferencer for {contact}',
  'unsubscribe.status.postDefault': 'Sendes, medmindre du gør indsigelse',
  'unsubscribe.doneEverything': 'Du er afmeldt alt.',
  'unsubscribe.undoneEverything': 'Dine abonnementer er genoprettet.',
  'unsubscribe.retry': 'Prøv igen',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Dine data',
  'rights.text.email':
    'Bed om en kopi af de samtykkedata, vi har om dig, eller om at få dem slettet. Vi sender dig et link på e-mail, så du kan bekræfte, at anmodningen er din.',
  'rights.text.phone':
    'Bed om en kopi af de samtykkedata, vi har om dig, eller om at få dem slettet. Vi sender dig et link på sms, så du kan bekræfte, at anmodningen er din.',
  'rights.legend': 'Hvad vil du gerne?',
  'rights.access': 'Få en kopi af mine data',
  'rights.erasure': 'Slet mine data',
  'rights.submit': 'Send anmodning',
  'rights.sending': 'Sender…',
  'rights.chooseOne': 'Vælg, hvad du gerne vil.',
  'rights.sent.email':
    'Tjek din indbakke: Vi har sendt et link til {email}. Din anmodning starter, når du åbner det.',
  'rights.sent.sms':
    'Tjek dine sms’er: Vi har sendt et link til {phone}. Din anmodning starter, når du åbner det.',
  'rights.failed': 'Anmodningen kunne ikke sendes. Prøv igen senere.',
  'rights.another': 'Lav en ny anmodning',
  'banner.purposes':
    'Med dit samtykke vil vi også gerne bruge valgfrie cookies til disse formål: {purposes}.',
  'banner.objection':
    'Vi måler allerede, hvordan webstedet bruges ({categories}), hvilket loven tillader, medmindre du gør indsigelse. Vælg „{reject}“ for at gøre indsigelse.',
  'banner.controller': '{controller} er ansvarlig for brugen af dine data på dette websted.',
  'preferences.cookieProvider': 'Udbyder',
  'preferences.ownCookie': 'Husker dine cookievalg',
  'optin.softStatement':
    'Da du allerede er kunde eller støtter hos os, kan vi sende dig nyheder om lignende produkter, tjenester eller formål. Sæt kryds i et felt, hvis du ikke ønsker det. Alle beskeder indeholder et link til at afmelde.',
  'optin.softOptOut.email': 'Jeg ønsker ikke markedsføringsmails',
  'optin.softOptOut.sms': 'Jeg ønsker ikke markedsførings-sms’er',
  'optin.chooseTopic': 'Vælg mindst ét emne',
  'list.two': '{0} og {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} og {1}',
};

export default da;

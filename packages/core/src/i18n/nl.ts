import type { Messages } from './en.js';

/** Dutch (Nederlands). */
export const nl: Messages = {
  'banner.title': 'Wij gebruiken cookies',
  'banner.text':
    'Wij gebruiken noodzakelijke cookies om deze website te laten werken. U kunt uw keuzes op elk moment wijzigen.',
  'banner.label': 'Toestemming voor cookies',
  'actions.acceptAll': 'Alles accepteren',
  'actions.rejectAll': 'Alles weigeren',
  'actions.manage': 'Voorkeuren beheren',
  'actions.save': 'Keuzes opslaan',
  'actions.close': 'Sluiten',
  'links.privacyPolicy': 'Privacyverklaring',
  'banner.accepted':
    'U hebt aanvullende cookies geaccepteerd. U kunt uw cookie-instellingen op elk moment wijzigen.',
  'banner.rejected':
    'U hebt aanvullende cookies geweigerd. U kunt uw cookie-instellingen op elk moment wijzigen.',
  'banner.hideMessage': 'Dit bericht verbergen',
  'preferences.title': 'Cookievoorkeuren',
  'preferences.text':
    'Kies welke cookies wij mogen gebruiken. Noodzakelijke cookies staan altijd aan, omdat de website niet zonder kan werken. Uw keuzes gelden voor deze website en u kunt ze op elk moment wijzigen.',
  'preferences.alwaysOn': 'Altijd aan',
  'preferences.objection': 'Aan, tenzij u bezwaar maakt. Zet het uit om bezwaar te maken.',
  'preferences.services': 'Diensten',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Naam',
  'preferences.cookieDuration': 'Bewaartermijn',
  'preferences.cookiePurpose': 'Doel',
  'preferences.details': 'Details',
  'preferences.detailsFor': 'Details over {service}',
  'preferences.serviceSwitch': '{service} toestaan',
  'preferences.gpcNotice':
    'Uw browser verstuurt een Global Privacy Control-signaal. Marketingcookies blijven daarom uit, tenzij u ze hier aanzet.',
  'category.necessary.title': 'Noodzakelijk',
  'category.necessary.description':
    'Nodig om de website te laten werken, bijvoorbeeld om uw cookiekeuzes te onthouden en u ingelogd te houden. Deze cookies kunnen niet worden uitgezet.',
  'category.functional.title': 'Functioneel',
  'category.functional.description':
    'Onthouden keuzes die u maakt, zoals uw taal of regio, om u een persoonlijkere ervaring te bieden.',
  'category.analytics.title': 'Analytisch',
  'category.analytics.description':
    'Helpen ons te begrijpen hoe bezoekers de website gebruiken, bijvoorbeeld welke pagina’s het vaakst worden bezocht, zodat wij de website kunnen verbeteren. De gegevens worden in geaggregeerde vorm verzameld.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Worden door ons en onze partners gebruikt om u relevante inhoud en advertenties te tonen op deze en andere websites, en om te meten hoe goed die werken.',
  'trigger.label': 'Cookie-instellingen',
  'trigger.tooltip': 'Uw cookiekeuzes wijzigen',
  'embed.title': 'Inhoud van {service} is geblokkeerd',
  'embed.text':
    'Deze inhoud wordt aangeboden door {service}. Daarbij kunnen cookies voor de categorie ‘{category}’ worden geplaatst. De inhoud wordt niet getoond omdat u hiervoor geen toestemming hebt gegeven.',
  'embed.allow': 'Toestaan en laden',
  'embed.settings': 'Cookie-instellingen',
  'embed.scope': 'Alleen {service} wordt toegestaan.',
  'embed.unknown':
    'Deze inhoud is geblokkeerd totdat u cookies van de categorie ‘{category}’ toestaat.',
  'optin.title': 'Blijf op de hoogte',
  'optin.statement':
    'Kies hoe u van ons wilt horen. Elk bericht bevat een link om u af te melden, en u kunt uw toestemming op elk moment intrekken.',
  'optin.channel.email': 'Ik wil nieuws en updates per e-mail ontvangen',
  'optin.channel.sms': 'Ik wil sms-berichten ontvangen',
  'optin.channel.post': 'Ik wil geen marketingberichten per post ontvangen',
  'optin.topics': 'Onderwerpen',
  'optin.emailLabel': 'E-mailadres',
  'optin.phoneLabel': 'Mobiel nummer',
  'optin.submit': 'Aanmelden',
  'optin.success': 'Dank u wel. Uw keuzes zijn vastgelegd.',
  'optin.pending':
    'Bijna klaar: controleer uw inbox en klik op de link om uw aanmelding te bevestigen.',
  'optin.error': 'Er is helaas iets misgegaan. Probeer het opnieuw.',
  'optin.invalidEmail': 'Vul een e-mailadres in met de juiste notatie, zoals name@example.com',
  'optin.invalidPhone': 'Vul een mobiel nummer in met de juiste notatie, zoals {example}',
  'optin.requiredEmail': 'Vul uw e-mailadres in om e-mail te ontvangen',
  'optin.requiredPhone': 'Vul uw mobiele nummer in om sms-berichten te ontvangen',
  'optin.chooseChannel': 'Kies ten minste één manier waarop wij contact met u mogen opnemen',
  'unsubscribe.title': 'Uw communicatievoorkeuren',
  'unsubscribe.text': 'Kies wat u niet meer wilt ontvangen. Wijzigingen gaan direct in.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'Sms',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Aangemeld',
  'unsubscribe.status.denied': 'Afgemeld',
  'unsubscribe.status.pending': 'Wacht op bevestiging',
  'unsubscribe.status.unknown': 'Niet aangemeld',
  'unsubscribe.topic': 'Afmelden voor ‘{topic}’',
  'unsubscribe.everything': 'Afmelden voor alles',
  'unsubscribe.undo': 'Ongedaan maken',
  'unsubscribe.invalidToken': 'Deze link is niet geldig. Mogelijk is hij niet goed gekopieerd.',
  'unsubscribe.expiredToken': 'Deze link is verlopen.',
  'unsubscribe.requestLink':
    'Gebruik de link in ons meest recente bericht, of neem contact met ons op voor een nieuwe link.',
  'unsubscribe.loading': 'Uw voorkeuren worden geladen…',
  'unsubscribe.error': 'Helaas konden wij uw voorkeuren niet laden. Probeer het later opnieuw.',
  'unsubscribe.nothing': 'U bent nergens voor aangemeld.',
  'unsubscribe.for': 'Voorkeuren voor {contact}',
  'unsubscribe.status.postDefault': 'Wordt verstuurd, tenzij u bezwaar maakt',
  'unsubscribe.doneEverything': 'U bent voor alles afgemeld.',
  'unsubscribe.undoneEverything': 'Uw abonnementen zijn hersteld.',
  'unsubscribe.retry': 'Opnieuw proberen',
  'preferences.sessionCookie': 'Totdat u uw browser sluit',
  'unsubscribe.channelAll.email': 'Afmelden voor alle e-mails',
  'unsubscribe.channelAll.sms': 'Afmelden voor alle sms-berichten',
  'unsubscribe.channelAll.post': 'Geen reclame meer per post',
  'unsubscribe.done.email': 'U ontvangt geen marketingmails meer van ons.',
  'unsubscribe.done.sms': 'U ontvangt geen marketing-sms’jes meer van ons.',
  'unsubscribe.done.post': 'Wij sturen u geen reclame meer per post.',
  'unsubscribe.doneTopic': 'U bent afgemeld voor ‘{topic}’.',
  'unsubscribe.undone.email': 'U ontvangt onze marketingmails weer.',
  'unsubscribe.undone.sms': 'U ontvangt onze marketing-sms’jes weer.',
  'unsubscribe.undone.post': 'Wij mogen u weer reclame per post sturen.',
  'unsubscribe.undoneTopic': 'Uw abonnement op ‘{topic}’ is hersteld.',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Uw gegevens',
  'rights.text.email':
    'Vraag een kopie van de toestemmingsgegevens die we over u bewaren, of vraag ze te wissen. We mailen u een link waarmee u bevestigt dat het verzoek van u komt.',
  'rights.text.phone':
    'Vraag een kopie van de toestemmingsgegevens die we over u bewaren, of vraag ze te wissen. We sturen u per sms een link waarmee u bevestigt dat het verzoek van u komt.',
  'rights.legend': 'Wat wilt u?',
  'rights.access': 'Een kopie van mijn gegevens',
  'rights.erasure': 'Mijn gegevens wissen',
  'rights.submit': 'Verzoek versturen',
  'rights.sending': 'Bezig met versturen…',
  'rights.chooseOne': 'Kies wat u wilt.',
  'rights.sent.email':
    'Kijk in uw inbox: we hebben een link gestuurd naar {email}. Uw verzoek gaat in zodra u die opent.',
  'rights.sent.sms':
    'Kijk in uw sms-berichten: we hebben een link gestuurd naar {phone}. Uw verzoek gaat in zodra u die opent.',
  'rights.failed': 'Het verzoek kon niet worden verstuurd. Probeer het later opnieuw.',
  'rights.another': 'Nog een verzoek doen',
  'banner.purposes':
    'Met uw toestemming willen wij ook optionele cookies gebruiken voor deze doeleinden: {purposes}.',
  'banner.objection':
    'Wij meten al hoe de website wordt gebruikt ({categories}); de wet staat dat toe, tenzij u bezwaar maakt. Kies „{reject}” om bezwaar te maken.',
  'banner.controller':
    '{controller} is verantwoordelijk voor het gebruik van uw gegevens op deze website.',
  'preferences.cookieProvider': 'Aanbieder',
  'preferences.ownCookie': 'Onthoudt uw cookiekeuzes',
  'optin.softStatement':
    'Omdat u al klant of donateur bij ons bent, kunnen wij u nieuws sturen over vergelijkbare producten, diensten of doelen. Vink een vakje aan als u dat niet wilt. Elk bericht bevat een link om u af te melden.',
  'optin.softOptOut.email': 'Ik wil geen marketingmails ontvangen',
  'optin.softOptOut.sms': 'Ik wil geen marketing-sms’jes ontvangen',
  'optin.chooseTopic': 'Kies ten minste één onderwerp',
  'list.two': '{0} en {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} en {1}',
};

export default nl;

import type { Messages } from './en.js';

/** Norwegian (Norsk bokmål). */
export const no: Messages = {
  'banner.title': 'Vi bruker informasjonskapsler',
  'banner.text':
    'Vi bruker nødvendige informasjonskapsler for at dette nettstedet skal fungere. Du kan når som helst endre valgene dine.',
  'banner.label': 'Samtykke til informasjonskapsler',
  'actions.acceptAll': 'Godta alle',
  'actions.rejectAll': 'Avvis alle',
  'actions.manage': 'Administrer innstillinger',
  'actions.save': 'Lagre valgene',
  'actions.close': 'Lukk',
  'links.privacyPolicy': 'Personvernerklæring',
  'banner.accepted':
    'Du har godtatt flere informasjonskapsler. Du kan når som helst endre innstillingene for informasjonskapsler.',
  'banner.rejected':
    'Du har avvist flere informasjonskapsler. Du kan når som helst endre innstillingene for informasjonskapsler.',
  'banner.hideMessage': 'Skjul denne meldingen',
  'preferences.title': 'Innstillinger for informasjonskapsler',
  'preferences.text':
    'Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på, fordi nettstedet ikke kan fungere uten dem. Valgene dine gjelder for dette nettstedet, og du kan når som helst endre dem.',
  'preferences.alwaysOn': 'Alltid på',
  'preferences.services': 'Tjenester',
  'preferences.cookies': 'Informasjonskapsler',
  'preferences.cookieName': 'Navn',
  'preferences.cookieDuration': 'Varighet',
  'preferences.cookiePurpose': 'Formål',
  'preferences.sessionCookie': 'Til du lukker nettleseren',
  'preferences.details': 'Detaljer',
  'preferences.detailsFor': 'Detaljer om {service}',
  'preferences.serviceSwitch': 'Tillat {service}',
  'preferences.gpcNotice':
    'Nettleseren din sender et Global Privacy Control-signal, så informasjonskapsler for markedsføring forblir av med mindre du slår dem på her.',
  'category.necessary.title': 'Nødvendige',
  'category.necessary.description':
    'Trengs for at nettstedet skal fungere, for eksempel for å huske valgene dine om informasjonskapsler og holde deg pålogget. De kan ikke slås av.',
  'category.functional.title': 'Funksjonelle',
  'category.functional.description':
    'Husker valg du gjør, for eksempel språk eller region, for å gi deg en mer personlig opplevelse.',
  'category.analytics.title': 'Analyse',
  'category.analytics.description':
    'Hjelper oss å forstå hvordan besøkende bruker nettstedet, for eksempel hvilke sider som besøkes mest, slik at vi kan forbedre det. Informasjonen samles inn i samlet form.',
  'category.marketing.title': 'Markedsføring',
  'category.marketing.description':
    'Brukes av oss og våre partnere for å vise deg relevant innhold og relevante annonser på dette og andre nettsteder, og for å måle hvor godt de virker.',
  'trigger.label': 'Innstillinger for informasjonskapsler',
  'trigger.tooltip': 'Endre valgene dine om informasjonskapsler',
  'embed.title': 'Innhold fra {service} er blokkert',
  'embed.text':
    'Dette innholdet leveres av {service}, som kan sette informasjonskapsler i kategorien «{category}». Det vises ikke fordi du ikke har tillatt det.',
  'embed.allow': 'Tillat og last inn',
  'embed.settings': 'Innstillinger for informasjonskapsler',
  'embed.scope': 'Bare {service} blir tillatt.',
  'embed.unknown':
    'Dette innholdet er blokkert til du tillater informasjonskapsler i kategorien «{category}».',
  'optin.title': 'Hold kontakten',
  'optin.statement':
    'Velg hvordan du vil høre fra oss. Hver melding har en lenke for å melde deg av, og du kan når som helst trekke tilbake samtykket ditt.',
  'optin.channel.email': 'Send meg nyheter og oppdateringer på e-post',
  'optin.channel.sms': 'Send meg SMS-meldinger',
  'optin.channel.post': 'Ikke send meg markedsføring i posten',
  'optin.topics': 'Emner',
  'optin.emailLabel': 'E-postadresse',
  'optin.phoneLabel': 'Mobilnummer',
  'optin.submit': 'Meld meg på',
  'optin.success': 'Takk. Valgene dine er registrert.',
  'optin.pending': 'Nesten ferdig: Sjekk innboksen din og følg lenken for å bekrefte abonnementet.',
  'optin.error': 'Beklager, noe gikk galt. Prøv igjen.',
  'optin.invalidEmail': 'Skriv inn en e-postadresse i riktig format, for eksempel name@example.com',
  'optin.invalidPhone': 'Skriv inn et mobilnummer i riktig format, for eksempel {example}',
  'optin.requiredEmail': 'Skriv inn e-postadressen din for å få e-post',
  'optin.requiredPhone': 'Skriv inn mobilnummeret ditt for å få SMS-meldinger',
  'optin.chooseChannel': 'Velg minst én måte vi kan kontakte deg på',
  'unsubscribe.title': 'Kommunikasjonsinnstillingene dine',
  'unsubscribe.text': 'Velg hva du ikke lenger vil motta. Endringene gjelder med en gang.',
  'unsubscribe.channel.email': 'E-post',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Abonnerer',
  'unsubscribe.status.denied': 'Avmeldt',
  'unsubscribe.status.pending': 'Venter på bekreftelse',
  'unsubscribe.status.unknown': 'Abonnerer ikke',
  'unsubscribe.topic': 'Meld av «{topic}»',
  'unsubscribe.channelAll.email': 'Meld av all e-post',
  'unsubscribe.channelAll.sms': 'Meld av alle SMS-meldinger',
  'unsubscribe.channelAll.post': 'Stopp all markedsføring i posten',
  'unsubscribe.everything': 'Meld av alt',
  'unsubscribe.done.email': 'Du får ikke lenger markedsførings-e-post fra oss.',
  'unsubscribe.done.sms': 'Du får ikke lenger markedsførings-SMS fra oss.',
  'unsubscribe.done.post': 'Vi sender deg ikke lenger markedsføring i posten.',
  'unsubscribe.doneTopic': 'Du er meldt av «{topic}».',
  'unsubscribe.undo': 'Angre',
  'unsubscribe.undone.email': 'Du får markedsførings-e-postene våre igjen.',
  'unsubscribe.undone.sms': 'Du får markedsførings-SMS-ene våre igjen.',
  'unsubscribe.undone.post': 'Vi kan sende deg markedsføring i posten igjen.',
  'unsubscribe.undoneTopic': 'Abonnementet ditt på «{topic}» er gjenopprettet.',
  'unsubscribe.invalidToken': 'Denne lenken er ikke gyldig. Den kan ha blitt kopiert feil.',
  'unsubscribe.expiredToken': 'Denne lenken er utløpt.',
  'unsubscribe.requestLink':
    'Bruk lenken i den nyeste meldingen vår, eller kontakt oss for å få en ny.',
  'unsubscribe.loading': 'Laster inn innstillingene dine …',
  'unsubscribe.error': 'Beklager, vi kunne ikke laste inn innstillingene dine. Prøv igjen senere.',
  'unsubscribe.nothing': 'Du abonnerer ikke på noe.',
  'unsubscribe.for': 'Innstillinger for {contact}',
  'unsubscribe.status.postDefault': 'Sendes med mindre du reserverer deg',
  'unsubscribe.doneEverything': 'Du er meldt av alt.',
  'unsubscribe.undoneEverything': 'Abonnementene dine er gjenopprettet.',
  'unsubscribe.retry': 'Prøv igjen',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Dataene dine',
  'rights.text.email':
    'Be om en kopi av samtykkedataene vi har om deg, eller om at de slettes. Vi sender deg en lenke på e-post, slik at du kan bekrefte at forespørselen er din.',
  'rights.text.phone':
    'Be om en kopi av samtykkedataene vi har om deg, eller om at de slettes. Vi sender deg en lenke på SMS, slik at du kan bekrefte at forespørselen er din.',
  'rights.legend': 'Hva ønsker du?',
  'rights.access': 'Få en kopi av dataene mine',
  'rights.erasure': 'Slett dataene mine',
  'rights.submit': 'Send forespørsel',
  'rights.sending': 'Sender…',
  'rights.chooseOne': 'Velg hva du ønsker.',
  'rights.sent.email':
    'Sjekk innboksen din: Vi har sendt en lenke til {email}. Forespørselen din starter når du åpner den.',
  'rights.sent.sms':
    'Sjekk SMS-ene dine: Vi har sendt en lenke til {phone}. Forespørselen din starter når du åpner den.',
  'rights.failed': 'Forespørselen kunne ikke sendes. Prøv igjen senere.',
  'rights.another': 'Send en ny forespørsel',
  'banner.purposes':
    'Med ditt samtykke vil vi også bruke valgfrie informasjonskapsler til disse formålene: {purposes}.',
  'banner.objection':
    'Vi måler allerede hvordan nettstedet brukes ({categories}), noe loven tillater med mindre du protesterer. Velg «{reject}» for å protestere.',
  'banner.controller': '{controller} er ansvarlig for bruken av dataene dine på dette nettstedet.',
  'preferences.cookieProvider': 'Leverandør',
  'preferences.ownCookie': 'Husker valgene dine for informasjonskapsler',
  'optin.softStatement':
    'Siden du allerede er kunde eller støttespiller hos oss, kan vi sende deg nyheter om lignende produkter, tjenester eller formål. Kryss av i en boks hvis du ikke ønsker dette. Alle meldinger inneholder en lenke for å melde seg av.',
  'optin.softOptOut.email': 'Jeg vil ikke ha markedsførings-e-post',
  'optin.softOptOut.sms': 'Jeg vil ikke ha markedsførings-SMS',
  'optin.chooseTopic': 'Velg minst ett emne',
};

export default no;

import type { PageMessages } from './en.js';

/** Finnish (Suomi). */
export const fi: PageMessages = {
  'page.unsubscribe.title': 'Peru tilaus',
  'page.unsubscribe.ask.email':
    'Lopetetaanko markkinointisähköpostien lähettäminen osoitteeseen {contact}?',
  'page.unsubscribe.ask.sms':
    'Lopetetaanko markkinointitekstiviestien lähettäminen numeroon {contact}?',
  'page.unsubscribe.ask.post':
    'Lopetetaanko postitse tulevan markkinoinnin lähettäminen yhteystiedon {contact} haltijalle?',
  'page.unsubscribe.askTopic':
    'Lopetetaanko tilauksen ”{topic}” lähettäminen osoitteeseen {contact}?',
  'page.unsubscribe.button': 'Peru tilaus',
  'page.unsubscribed.title': 'Tilaus on peruttu',
  'page.unsubscribed.email': '{contact} ei enää saa meiltä markkinointisähköposteja.',
  'page.unsubscribed.sms': '{contact} ei enää saa meiltä markkinointitekstiviestejä.',
  'page.unsubscribed.post':
    'Emme enää lähetä markkinointia postitse yhteystiedon {contact} haltijalle.',
  'page.unsubscribed.topic': '{contact} ei enää saa tilausta ”{topic}”.',
  'page.confirm.title': 'Vahvistakaa tilauksenne',
  'page.confirm.text': 'Vahvistakaa, että {contact} saa ne sähköpostit, jotka on tilattu.',
  'page.confirm.button': 'Vahvista tilaus',
  'page.confirmed.title': 'Kiitos',
  'page.confirmed.text': 'Tilauksenne on vahvistettu.',
  'page.nothing.title': 'Ei vahvistettavaa',
  'page.nothing.text': 'Yksikään tilaus ei odota vahvistusta.',
  'error.expired': 'Tämä linkki ei ole enää voimassa.',
  'error.wrongPage': 'Tätä linkkiä ei ole tarkoitettu tälle sivulle.',
  'error.invalid': 'Tämä linkki ei ole kelvollinen. Se on ehkä kopioitu väärin.',
  'error.requestLink':
    'Käyttäkää viimeisimmässä viestissämme olevaa linkkiä tai pyytäkää meiltä uusi.',
  'page.request.title': 'Vahvistakaa pyyntönne',
  'page.request.ask.access': 'Vahvistakaa, että pyysitte kopiota tiedoistanne.',
  'page.request.ask.erasure': 'Vahvistakaa, että pyysitte tietojenne poistamista.',
  'page.request.button': 'Vahvista pyyntöni',
  'page.request.expired': 'Tämä linkki on vanhentunut. Tehkää pyyntö uudelleen.',
  'page.request.invalid': 'Tämä linkki ei ole kelvollinen.',
  'page.request.confirmed.title': 'Pyyntö vahvistettu',
  'page.request.already': 'Tämä pyyntö on jo vahvistettu. Vastaamme kuukauden kuluessa.',
  'page.request.done': 'Pyyntönne on vahvistettu. Vastaamme kuukauden kuluessa.',
  'page.request.sent.email':
    'Katsokaa saapuneet viestinne: vahvistakaa pyyntö lähettämämme viestin linkistä.',
  'page.request.sent.sms': 'Katsokaa tekstiviestinne: vahvistakaa pyyntö lähettämästämme linkistä.',
};

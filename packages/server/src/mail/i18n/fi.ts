import type { MailMessages } from './en.js';

/** Finnish (Suomi). */
export const fi: MailMessages = {
  greeting: 'Hyvä vastaanottaja,',
  footer: 'Tämä viesti lähetettiin, koska tällä osoitteella tehtiin pyyntö.',
  expiry: 'Linkki toimii 7 päivää.',
  'confirm.subject': 'Vahvistakaa tilauksenne',
  'confirm.body':
    'Joku, toivottavasti te, pyysi meitä lähettämään sähköpostia osoitteeseen {address}. Vahvistakaa avaamalla alla oleva linkki ja painamalla painiketta.',
  'confirm.action': 'Vahvistan tilauksen',
  'confirm.ignore':
    'Jos ette pyytänyt tätä, voitte jättää viestin huomiotta: emme lähetä teille sähköpostia.',
  'verify.subject': 'Vahvistakaa tietojanne koskeva pyyntö',
  'verify.access': 'Saimme pyynnön saada kopio tiedoista, joita säilytämme kohteesta {address}.',
  'verify.erasure': 'Saimme pyynnön poistaa tiedot, joita säilytämme kohteesta {address}.',
  'verify.action': 'Vahvistan pyynnön',
  'verify.wait': 'Mitään ei tapahdu ennen kuin vahvistatte.',
  'verify.ignore': 'Jos ette pyytänyt tätä, voitte jättää viestin huomiotta, eikä mikään muutu.',
  'access.subject': 'Tietonne ovat valmiina',
  'access.body':
    'Pyyntönne mukaisesti tässä on linkki, josta voitte ladata kopion tiedoista, joita säilytämme kohteesta {address}: jokainen kirjattu suostumuspäätös sanamuotoineen ja ajankohtineen sekä sen nykyinen tila.',
  'access.action': 'Lataa tietoni',
  'erased.subject': 'Tietonne on poistettu',
  'erased.body':
    'Pyyntönne mukaisesti poistimme osoitteen {address} ja siihen liittyneen suostumusten tilan. Aiempien päätösten kirjaukset säilyvät ilman mitään, mikä yksilöisi teidät, jotta ne säilyttävät todistusarvonsa.',
  'sms.verify.access':
    'Saimme pyynnön saada kopio tiedoista, joita säilytämme kohteesta {address}. Vahvistakaa avaamalla {url} (voimassa 7 päivää). Jos ette pyytänyt tätä, jättäkää viesti huomiotta.',
  'sms.verify.erasure':
    'Saimme pyynnön poistaa tiedot, joita säilytämme kohteesta {address}. Vahvistakaa avaamalla {url} (voimassa 7 päivää). Jos ette pyytänyt tätä, jättäkää viesti huomiotta.',
  'sms.access': 'Tietonne ovat valmiina. Ladatkaa ne 7 päivän kuluessa: {url}',
  'sms.erased':
    'Pyyntönne mukaisesti poistimme numeron {address} ja siihen liittyneen suostumusten tilan. Ette saa tästä enää viestejä.',
};

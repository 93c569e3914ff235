import type { MailMessages } from './en.js';

/** Finnish (Suomi). */
export const fi: MailMessages = {
  greeting: 'Hei,',
  footer: 'Tämä viesti lähetettiin, koska tällä osoitteella tehtiin pyyntö.',
  expiry: 'Linkki toimii 7 päivää.',
  'confirm.subject': 'Vahvista tilauksesi',
  'confirm.body':
    'Joku, toivottavasti sinä, pyysi meitä lähettämään sähköpostia osoitteeseen {address}. Vahvista avaamalla alla oleva linkki ja painamalla painiketta.',
  'confirm.action': 'Vahvistan tilauksen',
  'confirm.ignore':
    'Jos et pyytänyt tätä, voit jättää viestin huomiotta: emme lähetä sinulle sähköpostia.',
  'verify.subject': 'Vahvista tietojasi koskeva pyyntö',
  'verify.access': 'Saimme pyynnön saada kopio tiedoista, joita säilytämme kohteesta {address}.',
  'verify.erasure': 'Saimme pyynnön poistaa tiedot, joita säilytämme kohteesta {address}.',
  'verify.action': 'Vahvistan pyynnön',
  'verify.wait': 'Mitään ei tapahdu ennen kuin vahvistat.',
  'verify.ignore': 'Jos et pyytänyt tätä, voit jättää viestin huomiotta, eikä mikään muutu.',
  'access.subject': 'Tietosi ovat valmiina',
  'access.body':
    'Kuten pyysit, tässä on linkki, josta voit ladata kopion tiedoista, joita säilytämme kohteesta {address}: jokainen kirjattu suostumuspäätös sanamuotoineen ja ajankohtineen sekä sen nykyinen tila.',
  'access.action': 'Lataa tietoni',
  'erased.subject': 'Tietosi on poistettu',
  'erased.body':
    'Kuten pyysit, poistimme osoitteen {address} ja siihen liittyneen suostumusten tilan. Aiempien päätösten kirjaukset säilyvät ilman mitään, mikä yksilöisi sinut, jotta ne säilyttävät todistusarvonsa.',
  'sms.verify.access':
    'Saimme pyynnön saada kopio tiedoista, joita säilytämme kohteesta {address}. Vahvista avaamalla {url} (voimassa 7 päivää). Jos et pyytänyt tätä, jätä viesti huomiotta.',
  'sms.verify.erasure':
    'Saimme pyynnön poistaa tiedot, joita säilytämme kohteesta {address}. Vahvista avaamalla {url} (voimassa 7 päivää). Jos et pyytänyt tätä, jätä viesti huomiotta.',
  'sms.access': 'Tietosi ovat valmiina. Lataa ne 7 päivän kuluessa: {url}',
  'sms.erased':
    'Kuten pyysit, poistimme numeron {address} ja siihen liittyneen suostumusten tilan. Et saa tästä enää viestejä.',
};

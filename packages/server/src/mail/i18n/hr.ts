import type { MailMessages } from './en.js';

/** Croatian (Hrvatski). */
export const hr: MailMessages = {
  greeting: 'Poštovani,',
  footer: 'Ova je poruka poslana zbog zahtjeva podnesenog s ovom adresom.',
  expiry: 'Poveznica vrijedi 7 dana.',
  'confirm.subject': 'Molimo potvrdite svoju pretplatu',
  'confirm.body':
    'Netko, nadamo se vi, zatražio je da šaljemo e-poruke na {address}. Za potvrdu otvorite poveznicu u nastavku i pritisnite gumb.',
  'confirm.action': 'Potvrđujem pretplatu',
  'confirm.ignore': 'Ako to niste zatražili, zanemarite ovu poruku: nećemo vam slati e-poruke.',
  'verify.subject': 'Potvrdite svoj zahtjev u vezi s vašim podacima',
  'verify.access': 'Primili smo zahtjev za kopiju podataka koje čuvamo o {address}.',
  'verify.erasure': 'Primili smo zahtjev za brisanje podataka koje čuvamo o {address}.',
  'verify.action': 'Potvrđujem zahtjev',
  'verify.wait': 'Ništa se neće dogoditi dok ne potvrdite.',
  'verify.ignore': 'Ako to niste zatražili, zanemarite ovu poruku i ništa se neće promijeniti.',
  'access.subject': 'Vaši su podaci spremni',
  'access.body':
    'Kao što ste zatražili, evo poveznice za preuzimanje kopije podataka koje čuvamo o {address}: svaka zabilježena odluka o privoli, s tekstom i vremenima, te njezino trenutačno stanje.',
  'access.action': 'Preuzmi moje podatke',
  'erased.subject': 'Vaši su podaci izbrisani',
  'erased.body':
    'Kao što ste zatražili, izbrisali smo {address} i stanje privola povezano s njom. Zapisi o prijašnjim odlukama ostaju, bez ičega što bi vas identificiralo, kako bi zadržali dokaznu vrijednost.',
  'sms.verify.access':
    'Primili smo zahtjev za kopiju podataka koje čuvamo o {address}. Za potvrdu otvorite {url} (vrijedi 7 dana). Ako to niste zatražili, zanemarite poruku.',
  'sms.verify.erasure':
    'Primili smo zahtjev za brisanje podataka koje čuvamo o {address}. Za potvrdu otvorite {url} (vrijedi 7 dana). Ako to niste zatražili, zanemarite poruku.',
  'sms.access': 'Vaši su podaci spremni. Preuzmite ih u roku od 7 dana: {url}',
  'sms.erased':
    'Kao što ste zatražili, izbrisali smo {address} i stanje privola povezano s tim brojem. Više nećete primati poruke o tome.',
};

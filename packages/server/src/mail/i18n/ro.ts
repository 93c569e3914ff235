import type { MailMessages } from './en.js';

/** Romanian (Română). */
export const ro: MailMessages = {
  greeting: 'Bună ziua,',
  footer: 'Acest mesaj a fost trimis ca urmare a unei cereri făcute cu această adresă.',
  expiry: 'Linkul este valabil 7 zile.',
  'confirm.subject': 'Vă rugăm să vă confirmați abonarea',
  'confirm.body':
    'Cineva, sperăm că dumneavoastră, a cerut să trimitem e-mailuri la {address}. Pentru confirmare, deschideți linkul de mai jos și apăsați butonul.',
  'confirm.action': 'Îmi confirm abonarea',
  'confirm.ignore': 'Dacă nu ați cerut acest lucru, ignorați mesajul: nu vă vom trimite e-mailuri.',
  'verify.subject': 'Confirmați cererea privind datele dumneavoastră',
  'verify.access':
    'Am primit o cerere pentru o copie a datelor pe care le deținem despre {address}.',
  'verify.erasure': 'Am primit o cerere de ștergere a datelor pe care le deținem despre {address}.',
  'verify.action': 'Îmi confirm cererea',
  'verify.wait': 'Nu se întâmplă nimic până nu confirmați.',
  'verify.ignore': 'Dacă nu ați cerut acest lucru, ignorați mesajul și nu se va schimba nimic.',
  'access.subject': 'Datele dumneavoastră sunt gata',
  'access.body':
    'Așa cum ați cerut, iată un link pentru a descărca o copie a datelor pe care le deținem despre {address}: fiecare decizie de consimțământ înregistrată, cu textul și momentele ei, precum și starea actuală.',
  'access.action': 'Descarc datele mele',
  'erased.subject': 'Datele dumneavoastră au fost șterse',
  'erased.body':
    'Așa cum ați cerut, am șters {address} și starea consimțămintelor legată de aceasta. Înregistrările deciziilor anterioare rămân, fără nimic care să vă identifice, pentru a-și păstra valoarea de dovadă.',
  'sms.verify.access':
    'Am primit o cerere pentru o copie a datelor pe care le deținem despre {address}. Pentru confirmare, deschideți {url} (valabil 7 zile). Dacă nu ați cerut, ignorați mesajul.',
  'sms.verify.erasure':
    'Am primit o cerere de ștergere a datelor pe care le deținem despre {address}. Pentru confirmare, deschideți {url} (valabil 7 zile). Dacă nu ați cerut, ignorați mesajul.',
  'sms.access': 'Datele dumneavoastră sunt gata. Descărcați-le în 7 zile: {url}',
  'sms.erased':
    'Așa cum ați cerut, am șters {address} și starea consimțămintelor legată de acesta. Nu veți mai primi mesaje despre aceasta.',
};

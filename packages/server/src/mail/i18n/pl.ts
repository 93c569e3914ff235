import type { MailMessages } from './en.js';

/** Polish (Polski). */
export const pl: MailMessages = {
  greeting: 'Dzień dobry,',
  footer: 'Ta wiadomość została wysłana w związku z prośbą złożoną z użyciem tego adresu.',
  expiry: 'Link jest ważny przez 7 dni.',
  'confirm.subject': 'Prosimy potwierdzić subskrypcję',
  'confirm.body':
    'Ktoś, mamy nadzieję, że Ty, poprosił o wysyłanie naszych e-maili na adres {address}. Aby to potwierdzić, otwórz poniższy link i naciśnij przycisk.',
  'confirm.action': 'Potwierdzam subskrypcję',
  'confirm.ignore': 'Jeśli to nie Ty, zignoruj tę wiadomość: nie będziemy wysyłać Ci e-maili.',
  'verify.subject': 'Potwierdź swoje żądanie dotyczące Twoich danych',
  'verify.access': 'Otrzymaliśmy żądanie kopii danych, które przechowujemy o {address}.',
  'verify.erasure': 'Otrzymaliśmy żądanie usunięcia danych, które przechowujemy o {address}.',
  'verify.action': 'Potwierdzam żądanie',
  'verify.wait': 'Dopóki nie potwierdzisz, nic się nie stanie.',
  'verify.ignore': 'Jeśli to nie Ty, zignoruj tę wiadomość, a nic się nie zmieni.',
  'access.subject': 'Twoje dane są gotowe',
  'access.body':
    'Zgodnie z Twoją prośbą przesyłamy link do pobrania kopii danych, które przechowujemy o {address}: każdą zapisaną decyzję o zgodzie wraz z jej treścią i datami oraz jej obecny stan.',
  'access.action': 'Pobierz moje dane',
  'erased.subject': 'Twoje dane zostały usunięte',
  'erased.body':
    'Zgodnie z Twoją prośbą usunęliśmy {address} i powiązany z nim stan zgód. Zapisy wcześniejszych decyzji pozostają, ale bez niczego, co pozwalałoby Cię zidentyfikować, dzięki czemu zachowują wartość dowodową.',
  'sms.verify.access':
    'Otrzymaliśmy żądanie kopii danych, które przechowujemy o {address}. Aby je potwierdzić, otwórz {url} (ważny 7 dni). Jeśli to nie Ty, zignoruj tę wiadomość.',
  'sms.verify.erasure':
    'Otrzymaliśmy żądanie usunięcia danych, które przechowujemy o {address}. Aby je potwierdzić, otwórz {url} (ważny 7 dni). Jeśli to nie Ty, zignoruj tę wiadomość.',
  'sms.access': 'Twoje dane są gotowe. Pobierz je w ciągu 7 dni: {url}',
  'sms.erased':
    'Zgodnie z Twoją prośbą usunęliśmy {address} i powiązany z nim stan zgód. Nie otrzymasz już w tej sprawie żadnych wiadomości.',
};

import type { MailMessages } from './en.js';

/** Polish (Polski). */
export const pl: MailMessages = {
  greeting: 'Dzień dobry,',
  footer: 'Ta wiadomość została wysłana w związku z prośbą złożoną z użyciem tego adresu.',
  expiry: 'Link jest ważny przez 7 dni.',
  'confirm.subject': 'Prosimy potwierdzić subskrypcję',
  'confirm.body':
    'Ktoś, mamy nadzieję, że Państwo, poprosił o wysyłanie naszych e-maili na adres {address}. Aby to potwierdzić, prosimy otworzyć poniższy link i nacisnąć przycisk.',
  'confirm.action': 'Potwierdzam subskrypcję',
  'confirm.ignore':
    'Jeśli to nie Państwo, prosimy zignorować tę wiadomość: nie będziemy wysyłać Państwu e-maili.',
  'verify.subject': 'Prosimy potwierdzić żądanie dotyczące Państwa danych',
  'verify.access': 'Otrzymaliśmy żądanie kopii danych, które przechowujemy o {address}.',
  'verify.erasure': 'Otrzymaliśmy żądanie usunięcia danych, które przechowujemy o {address}.',
  'verify.action': 'Potwierdzam żądanie',
  'verify.wait': 'Dopóki Państwo nie potwierdzą, nic się nie stanie.',
  'verify.ignore': 'Jeśli to nie Państwo, prosimy zignorować tę wiadomość, a nic się nie zmieni.',
  'access.subject': 'Państwa dane są gotowe',
  'access.body':
    'Zgodnie z Państwa prośbą przesyłamy link do pobrania kopii danych, które przechowujemy o {address}: każdą zapisaną decyzję o zgodzie wraz z jej treścią i datami oraz jej obecny stan.',
  'access.action': 'Pobierz moje dane',
  'erased.subject': 'Państwa dane zostały usunięte',
  'erased.body':
    'Zgodnie z Państwa prośbą usunęliśmy {address} i powiązany z nim stan zgód. Zapisy wcześniejszych decyzji pozostają, ale bez niczego, co pozwalałoby Państwa zidentyfikować, dzięki czemu zachowują wartość dowodową.',
  'sms.verify.access':
    'Otrzymaliśmy żądanie kopii danych, które przechowujemy o {address}. Aby je potwierdzić, prosimy otworzyć {url} (ważny 7 dni). Jeśli to nie Państwo, prosimy zignorować tę wiadomość.',
  'sms.verify.erasure':
    'Otrzymaliśmy żądanie usunięcia danych, które przechowujemy o {address}. Aby je potwierdzić, prosimy otworzyć {url} (ważny 7 dni). Jeśli to nie Państwo, prosimy zignorować tę wiadomość.',
  'sms.access': 'Państwa dane są gotowe. Prosimy pobrać je w ciągu 7 dni: {url}',
  'sms.erased':
    'Zgodnie z Państwa prośbą usunęliśmy {address} i powiązany z nim stan zgód. Nie otrzymają Państwo już w tej sprawie żadnych wiadomości.',
};

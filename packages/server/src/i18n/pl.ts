import type { PageMessages } from './en.js';

/** Polish (Polski). */
export const pl: PageMessages = {
  'page.unsubscribe.title': 'Rezygnacja z subskrypcji',
  'page.unsubscribe.ask.email': 'Przestać wysyłać e-maile marketingowe na adres {contact}?',
  'page.unsubscribe.ask.sms': 'Przestać wysyłać SMS-y marketingowe na numer {contact}?',
  'page.unsubscribe.ask.post':
    'Przestać wysyłać reklamy pocztą do osoby, do której należy {contact}?',
  'page.unsubscribe.askTopic': 'Przestać wysyłać „{topic}” do {contact}?',
  'page.unsubscribe.button': 'Wypisz mnie',
  'page.unsubscribed.title': 'Wypisano z subskrypcji',
  'page.unsubscribed.email': '{contact} nie będzie już otrzymywać od nas e-maili marketingowych.',
  'page.unsubscribed.sms': '{contact} nie będzie już otrzymywać od nas SMS-ów marketingowych.',
  'page.unsubscribed.post':
    'Nie będziemy już wysyłać reklam pocztą do osoby, do której należy {contact}.',
  'page.unsubscribed.topic': '{contact} nie będzie już otrzymywać „{topic}”.',
  'page.confirm.title': 'Prosimy potwierdzić subskrypcję',
  'page.confirm.text': 'Prosimy potwierdzić, że {contact} ma otrzymywać zamówione e-maile.',
  'page.confirm.button': 'Potwierdzam subskrypcję',
  'page.confirmed.title': 'Dziękujemy',
  'page.confirmed.text': 'Subskrypcja została potwierdzona.',
  'page.nothing.title': 'Nie ma nic do potwierdzenia',
  'page.nothing.text': 'Żadna subskrypcja nie czeka na potwierdzenie.',
  'error.expired': 'Ten link stracił ważność.',
  'error.wrongPage': 'Ten link nie jest przeznaczony dla tej strony.',
  'error.invalid': 'Ten link jest nieważny. Możliwe, że został niepoprawnie skopiowany.',
  'error.requestLink':
    'Prosimy skorzystać z linku w naszej najnowszej wiadomości lub skontaktować się z nami, aby otrzymać nowy.',
  'page.request.title': 'Prosimy potwierdzić żądanie',
  'page.request.ask.access': 'Prosimy potwierdzić, że prosili Państwo o kopię swoich danych.',
  'page.request.ask.erasure': 'Prosimy potwierdzić, że prosili Państwo o usunięcie swoich danych.',
  'page.request.button': 'Potwierdzam żądanie',
  'page.request.expired': 'Ten link wygasł. Prosimy złożyć żądanie ponownie.',
  'page.request.invalid': 'Ten link jest nieważny.',
  'page.request.confirmed.title': 'Żądanie potwierdzone',
  'page.request.already': 'To żądanie zostało już potwierdzone. Odpowiemy w ciągu miesiąca.',
  'page.request.done': 'Żądanie zostało potwierdzone. Odpowiemy w ciągu miesiąca.',
  'page.request.sent.email':
    'Prosimy sprawdzić skrzynkę odbiorczą i kliknąć link w wysłanej przez nas wiadomości, aby potwierdzić żądanie.',
  'page.request.sent.sms':
    'Prosimy sprawdzić SMS-y i kliknąć wysłany przez nas link, aby potwierdzić żądanie.',
};

import type { PageMessages } from './en.js';

/** Croatian (Hrvatski). */
export const hr: PageMessages = {
  'page.unsubscribe.title': 'Odjava',
  'page.unsubscribe.ask.email': 'Prestati slati marketinšku e-poštu na {contact}?',
  'page.unsubscribe.ask.sms': 'Prestati slati marketinške SMS poruke na {contact}?',
  'page.unsubscribe.ask.post':
    'Prestati slati marketinške materijale poštom vlasniku kontakta {contact}?',
  'page.unsubscribe.askTopic': 'Prestati slati „{topic}” na {contact}?',
  'page.unsubscribe.button': 'Odjavi me',
  'page.unsubscribed.title': 'Odjavljeni ste',
  'page.unsubscribed.email': '{contact} više neće primati našu marketinšku e-poštu.',
  'page.unsubscribed.sms': '{contact} više neće primati naše marketinške SMS poruke.',
  'page.unsubscribed.post':
    'Vlasniku kontakta {contact} više nećemo slati marketinške materijale poštom.',
  'page.unsubscribed.topic': '{contact} više neće primati „{topic}”.',
  'page.confirm.title': 'Potvrdite pretplatu',
  'page.confirm.text': 'Potvrdite da {contact} treba primati e-poštu na koju se pretplatio.',
  'page.confirm.button': 'Potvrdi pretplatu',
  'page.confirmed.title': 'Hvala',
  'page.confirmed.text': 'Vaša je pretplata potvrđena.',
  'page.nothing.title': 'Nema se što potvrditi',
  'page.nothing.text': 'Nijedna pretplata ne čeka potvrdu.',
  'error.expired': 'Ova poveznica više nije valjana.',
  'error.wrongPage': 'Ova poveznica nije namijenjena ovoj stranici.',
  'error.invalid': 'Ova poveznica nije valjana. Možda nije ispravno kopirana.',
  'error.requestLink':
    'Upotrijebite poveznicu iz naše najnovije poruke ili nam se obratite za novu.',
};

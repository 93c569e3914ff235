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
  'page.request.title': 'Potvrdite svoj zahtjev',
  'page.request.ask.access': 'Potvrdite da ste zatražili kopiju svojih podataka.',
  'page.request.ask.erasure': 'Potvrdite da ste zatražili brisanje svojih podataka.',
  'page.request.button': 'Potvrdi moj zahtjev',
  'page.request.expired': 'Ova je poveznica istekla. Ponovno podnesite zahtjev.',
  'page.request.invalid': 'Ova poveznica nije valjana.',
  'page.request.confirmed.title': 'Zahtjev potvrđen',
  'page.request.already': 'Ovaj je zahtjev već potvrđen. Odgovorit ćemo u roku od mjesec dana.',
  'page.request.done': 'Vaš je zahtjev potvrđen. Odgovorit ćemo u roku od mjesec dana.',
  'page.request.sent.email':
    'Provjerite svoj sandučić e-pošte: zahtjev potvrdite poveznicom u poruci koju smo vam poslali.',
  'page.request.sent.sms':
    'Provjerite svoje SMS poruke: zahtjev potvrdite poveznicom koju smo vam poslali.',
};

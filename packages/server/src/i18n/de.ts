import type { PageMessages } from './en.js';

/** German (Deutsch). */
export const de: PageMessages = {
  'page.unsubscribe.title': 'Abbestellen',
  'page.unsubscribe.ask.email': 'Keine Werbe-E-Mails mehr an {contact} senden?',
  'page.unsubscribe.ask.sms': 'Keine Werbe-SMS mehr an {contact} senden?',
  'page.unsubscribe.ask.post': 'Keine Werbung mehr per Post an die Person mit {contact} senden?',
  'page.unsubscribe.askTopic': '„{topic}“ nicht mehr an {contact} senden?',
  'page.unsubscribe.button': 'Abbestellen',
  'page.unsubscribed.title': 'Sie haben abbestellt',
  'page.unsubscribed.email': '{contact} erhält von uns keine Werbe-E-Mails mehr.',
  'page.unsubscribed.sms': '{contact} erhält von uns keine Werbe-SMS mehr.',
  'page.unsubscribed.post': 'Wir senden der Person mit {contact} keine Werbung mehr per Post.',
  'page.unsubscribed.topic': '{contact} erhält „{topic}“ nicht mehr.',
  'page.confirm.title': 'Bestätigen Sie Ihr Abonnement',
  'page.confirm.text':
    'Bitte bestätigen Sie, dass {contact} die abonnierten E-Mails erhalten soll.',
  'page.confirm.button': 'Abonnement bestätigen',
  'page.confirmed.title': 'Vielen Dank',
  'page.confirmed.text': 'Ihr Abonnement ist bestätigt.',
  'page.nothing.title': 'Nichts zu bestätigen',
  'page.nothing.text': 'Es wartet kein Abonnement auf Bestätigung.',
  'error.expired': 'Dieser Link ist nicht mehr gültig.',
  'error.wrongPage': 'Dieser Link ist nicht für diese Seite bestimmt.',
  'error.invalid': 'Dieser Link ist ungültig. Möglicherweise wurde er nicht korrekt kopiert.',
  'error.requestLink':
    'Bitte verwenden Sie den Link aus unserer neuesten Nachricht oder kontaktieren Sie uns, um einen neuen Link zu erhalten.',
  'page.request.title': 'Bestätigen Sie Ihre Anfrage',
  'page.request.ask.access':
    'Bitte bestätigen Sie, dass Sie eine Kopie Ihrer Daten angefordert haben.',
  'page.request.ask.erasure':
    'Bitte bestätigen Sie, dass Sie die Löschung Ihrer Daten beantragt haben.',
  'page.request.button': 'Meine Anfrage bestätigen',
  'page.request.expired': 'Dieser Link ist abgelaufen. Bitte stellen Sie die Anfrage erneut.',
  'page.request.invalid': 'Dieser Link ist ungültig.',
  'page.request.confirmed.title': 'Anfrage bestätigt',
  'page.request.already':
    'Diese Anfrage ist bereits bestätigt. Wir antworten innerhalb eines Monats.',
  'page.request.done': 'Ihre Anfrage ist bestätigt. Wir antworten innerhalb eines Monats.',
  'page.request.sent.email':
    'Sehen Sie in Ihrem Posteingang nach: Folgen Sie dem Link in unserer Nachricht, um die Anfrage zu bestätigen.',
  'page.request.sent.sms':
    'Sehen Sie in Ihren SMS nach: Folgen Sie dem Link, den wir gesendet haben, um die Anfrage zu bestätigen.',
};

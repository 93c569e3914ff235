import type { MailMessages } from './en.js';

/** German (Deutsch). */
export const de: MailMessages = {
  greeting: 'Guten Tag,',
  footer:
    'Diese Nachricht wurde aufgrund einer Anfrage gesendet, die mit dieser Adresse gestellt wurde.',
  expiry: 'Der Link ist 7 Tage lang gültig.',
  'confirm.subject': 'Bitte bestätigen Sie Ihr Abonnement',
  'confirm.body':
    'Jemand – hoffentlich Sie – hat darum gebeten, dass wir E-Mails an {address} senden. Öffnen Sie zur Bestätigung den Link unten und klicken Sie auf die Schaltfläche.',
  'confirm.action': 'Abonnement bestätigen',
  'confirm.ignore':
    'Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Wir senden Ihnen dann keine E-Mails.',
  'verify.subject': 'Bestätigen Sie Ihre Anfrage zu Ihren Daten',
  'verify.access':
    'Wir haben eine Anfrage auf Auskunft über eine Kopie der Daten erhalten, die wir zu {address} gespeichert haben.',
  'verify.erasure':
    'Wir haben eine Anfrage auf Löschung der Daten erhalten, die wir zu {address} gespeichert haben.',
  'verify.action': 'Anfrage bestätigen',
  'verify.wait': 'Bis Sie bestätigen, geschieht nichts.',
  'verify.ignore':
    'Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht; es ändert sich nichts.',
  'access.subject': 'Ihre Daten stehen bereit',
  'access.body':
    'Wie gewünscht finden Sie hier einen Link, um eine Kopie der Daten herunterzuladen, die wir zu {address} gespeichert haben: jede erfasste Einwilligungsentscheidung mit ihrem Wortlaut und ihren Zeitpunkten sowie ihr aktueller Stand.',
  'access.action': 'Meine Daten herunterladen',
  'erased.subject': 'Ihre Daten wurden gelöscht',
  'erased.body':
    'Wie gewünscht haben wir {address} und den damit verknüpften Einwilligungsstand gelöscht. Die Aufzeichnungen früherer Entscheidungen bleiben erhalten, jedoch ohne Angaben, die Sie identifizieren, damit sie weiterhin als Nachweis dienen.',
  'sms.verify.access':
    'Wir haben eine Anfrage auf eine Kopie der Daten erhalten, die wir zu {address} gespeichert haben. Zur Bestätigung öffnen Sie {url} (7 Tage gültig). Wenn Sie das nicht waren, ignorieren Sie diese Nachricht.',
  'sms.verify.erasure':
    'Wir haben eine Anfrage auf Löschung der Daten erhalten, die wir zu {address} gespeichert haben. Zur Bestätigung öffnen Sie {url} (7 Tage gültig). Wenn Sie das nicht waren, ignorieren Sie diese Nachricht.',
  'sms.access': 'Ihre Daten stehen bereit. Laden Sie sie innerhalb von 7 Tagen herunter: {url}',
  'sms.erased':
    'Wie gewünscht haben wir {address} und den damit verknüpften Einwilligungsstand gelöscht. Sie erhalten dazu keine weiteren Nachrichten.',
};

import type { Messages } from './en.js';

/** German (Deutsch). */
export const de: Messages = {
  'banner.title': 'Wir verwenden Cookies',
  'banner.text':
    'Wir verwenden notwendige Cookies, damit diese Website funktioniert. Sie können Ihre Auswahl jederzeit ändern.',
  'banner.label': 'Cookie-Einwilligung',
  'actions.acceptAll': 'Alle akzeptieren',
  'actions.rejectAll': 'Alle ablehnen',
  'actions.manage': 'Einstellungen verwalten',
  'actions.save': 'Auswahl speichern',
  'actions.close': 'Schließen',
  'links.privacyPolicy': 'Datenschutzhinweise',
  'banner.accepted':
    'Sie haben zusätzliche Cookies akzeptiert. Sie können Ihre Cookie-Einstellungen jederzeit ändern.',
  'banner.rejected':
    'Sie haben zusätzliche Cookies abgelehnt. Sie können Ihre Cookie-Einstellungen jederzeit ändern.',
  'banner.hideMessage': 'Diese Meldung ausblenden',
  'preferences.title': 'Cookie-Einstellungen',
  'preferences.text':
    'Wählen Sie aus, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, da die Website ohne sie nicht funktionieren kann. Ihre Auswahl gilt für diese Website und kann jederzeit geändert werden.',
  'preferences.alwaysOn': 'Immer aktiv',
  'preferences.objection':
    'Aktiv, sofern Sie nicht widersprechen. Schalten Sie es aus, um zu widersprechen.',
  'preferences.services': 'Dienste',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Name',
  'preferences.cookieDuration': 'Speicherdauer',
  'preferences.cookiePurpose': 'Zweck',
  'preferences.details': 'Details',
  'preferences.detailsFor': 'Details zu {service}',
  'preferences.serviceSwitch': '{service} zulassen',
  'preferences.gpcNotice':
    'Ihr Browser sendet ein Global-Privacy-Control-Signal. Marketing-Cookies bleiben daher deaktiviert, sofern Sie sie nicht hier aktivieren.',
  'category.necessary.title': 'Notwendig',
  'category.necessary.description':
    'Erforderlich, damit die Website funktioniert, zum Beispiel um Ihre Cookie-Auswahl zu speichern und Sie angemeldet zu halten. Sie können nicht deaktiviert werden.',
  'category.functional.title': 'Funktional',
  'category.functional.description':
    'Speichern Ihre Einstellungen, etwa Ihre Sprache oder Region, um Ihnen ein persönlicheres Nutzungserlebnis zu bieten.',
  'category.analytics.title': 'Statistik',
  'category.analytics.description':
    'Helfen uns zu verstehen, wie Besucherinnen und Besucher die Website nutzen, etwa welche Seiten am häufigsten aufgerufen werden, damit wir sie verbessern können. Die Informationen werden in zusammengefasster Form erhoben.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Werden von uns und unseren Partnern verwendet, um Ihnen relevante Inhalte und Werbung auf dieser und anderen Websites anzuzeigen und deren Wirksamkeit zu messen.',
  'trigger.label': 'Cookie-Einstellungen',
  'trigger.tooltip': 'Cookie-Auswahl ändern',
  'embed.title': 'Inhalt von {service} ist blockiert',
  'embed.text':
    'Dieser Inhalt wird von {service} bereitgestellt. Dabei können Cookies der Kategorie „{category}“ gesetzt werden. Er wird nicht angezeigt, weil Sie ihn nicht zugelassen haben.',
  'embed.allow': 'Zulassen und laden',
  'embed.settings': 'Cookie-Einstellungen',
  'embed.scope': 'Nur {service} wird zugelassen.',
  'embed.unknown':
    'Dieser Inhalt ist blockiert, bis Sie Cookies der Kategorie „{category}“ zulassen.',
  'optin.title': 'Bleiben wir in Kontakt',
  'optin.statement':
    'Wählen Sie aus, wie Sie von uns hören möchten. Jede Nachricht enthält einen Link zum Abbestellen, und Sie können Ihre Einwilligung jederzeit widerrufen.',
  'optin.channel.email': 'Ich möchte Neuigkeiten und Informationen per E-Mail erhalten',
  'optin.channel.sms': 'Ich möchte SMS-Nachrichten erhalten',
  'optin.channel.post': 'Ich möchte keine Werbung per Post erhalten',
  'optin.topics': 'Themen',
  'optin.emailLabel': 'E-Mail-Adresse',
  'optin.phoneLabel': 'Mobilfunknummer',
  'optin.submit': 'Abonnieren',
  'optin.success': 'Vielen Dank. Ihre Auswahl wurde gespeichert.',
  'optin.pending':
    'Fast geschafft: Bitte sehen Sie in Ihrem Posteingang nach und folgen Sie dem Link, um Ihr Abonnement zu bestätigen.',
  'optin.error': 'Leider ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  'optin.invalidEmail':
    'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com',
  'optin.invalidPhone':
    'Geben Sie eine Mobilfunknummer im richtigen Format ein, zum Beispiel {example}',
  'optin.requiredEmail': 'Geben Sie Ihre E-Mail-Adresse ein, um E-Mails zu erhalten',
  'optin.requiredPhone': 'Geben Sie Ihre Mobilfunknummer ein, um SMS zu erhalten',
  'optin.chooseChannel': 'Wählen Sie mindestens einen Weg aus, auf dem wir Sie kontaktieren dürfen',
  'unsubscribe.title': 'Ihre Kommunikationseinstellungen',
  'unsubscribe.text':
    'Wählen Sie aus, was Sie nicht mehr erhalten möchten. Änderungen gelten sofort.',
  'unsubscribe.channel.email': 'E-Mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Post',
  'unsubscribe.status.granted': 'Abonniert',
  'unsubscribe.status.denied': 'Abbestellt',
  'unsubscribe.status.pending': 'Bestätigung ausstehend',
  'unsubscribe.status.unknown': 'Nicht abonniert',
  'unsubscribe.topic': '„{topic}“ abbestellen',
  'unsubscribe.everything': 'Alles abbestellen',
  'unsubscribe.undo': 'Rückgängig machen',
  'unsubscribe.invalidToken':
    'Dieser Link ist ungültig. Möglicherweise wurde er nicht korrekt kopiert.',
  'unsubscribe.expiredToken': 'Dieser Link ist abgelaufen.',
  'unsubscribe.requestLink':
    'Bitte verwenden Sie den Link aus unserer neuesten Nachricht oder kontaktieren Sie uns, um einen neuen Link zu erhalten.',
  'unsubscribe.loading': 'Ihre Einstellungen werden geladen …',
  'unsubscribe.error':
    'Leider konnten wir Ihre Einstellungen nicht laden. Bitte versuchen Sie es später erneut.',
  'unsubscribe.nothing': 'Sie haben derzeit nichts abonniert.',
  'unsubscribe.for': 'Einstellungen für {contact}',
  'unsubscribe.status.postDefault': 'Wird gesendet, sofern Sie nicht widersprechen',
  'unsubscribe.doneEverything': 'Sie haben alle Mitteilungen abbestellt.',
  'unsubscribe.undoneEverything': 'Ihre Abonnements wurden wiederhergestellt.',
  'unsubscribe.retry': 'Erneut versuchen',
  'preferences.sessionCookie': 'Bis Sie den Browser schließen',
  'unsubscribe.channelAll.email': 'Alle E-Mails abbestellen',
  'unsubscribe.channelAll.sms': 'Alle SMS abbestellen',
  'unsubscribe.channelAll.post': 'Keine Werbung mehr per Post',
  'unsubscribe.done.email': 'Sie erhalten von uns keine Werbe-E-Mails mehr.',
  'unsubscribe.done.sms': 'Sie erhalten von uns keine Werbe-SMS mehr.',
  'unsubscribe.done.post': 'Wir senden Ihnen keine Werbung mehr per Post.',
  'unsubscribe.doneTopic': 'Sie haben „{topic}“ abbestellt.',
  'unsubscribe.undone.email': 'Sie erhalten unsere Werbe-E-Mails wieder.',
  'unsubscribe.undone.sms': 'Sie erhalten unsere Werbe-SMS wieder.',
  'unsubscribe.undone.post': 'Wir dürfen Ihnen wieder Werbung per Post senden.',
  'unsubscribe.undoneTopic': 'Ihr Abonnement für „{topic}“ wurde wiederhergestellt.',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Ihre Daten',
  'rights.text.email':
    'Fordern Sie eine Kopie der Einwilligungsdaten an, die wir über Sie gespeichert haben, oder deren Löschung. Wir senden Ihnen per E-Mail einen Link, mit dem Sie bestätigen, dass die Anfrage von Ihnen stammt.',
  'rights.text.phone':
    'Fordern Sie eine Kopie der Einwilligungsdaten an, die wir über Sie gespeichert haben, oder deren Löschung. Wir senden Ihnen per SMS einen Link, mit dem Sie bestätigen, dass die Anfrage von Ihnen stammt.',
  'rights.legend': 'Was möchten Sie?',
  'rights.access': 'Eine Kopie meiner Daten erhalten',
  'rights.erasure': 'Meine Daten löschen',
  'rights.submit': 'Anfrage senden',
  'rights.sending': 'Wird gesendet…',
  'rights.chooseOne': 'Wählen Sie, was Sie möchten.',
  'rights.sent.email':
    'Sehen Sie in Ihr Postfach: Wir haben einen Link an {email} gesendet. Ihre Anfrage beginnt, sobald Sie ihn öffnen.',
  'rights.sent.sms':
    'Sehen Sie in Ihre SMS: Wir haben einen Link an {phone} gesendet. Ihre Anfrage beginnt, sobald Sie ihn öffnen.',
  'rights.failed':
    'Die Anfrage konnte nicht gesendet werden. Bitte versuchen Sie es später noch einmal.',
  'rights.another': 'Weitere Anfrage stellen',
  'banner.purposes':
    'Mit Ihrer Einwilligung möchten wir außerdem optionale Cookies für folgende Zwecke verwenden: {purposes}.',
  'banner.objection':
    'Wir messen bereits, wie die Website genutzt wird ({categories}). Das Gesetz erlaubt dies, solange Sie nicht widersprechen. Um zu widersprechen, wählen Sie „{reject}“.',
  'banner.controller':
    'Verantwortlich für die Verwendung Ihrer Daten auf dieser Website ist {controller}.',
  'preferences.cookieProvider': 'Anbieter',
  'preferences.ownCookie': 'Speichert Ihre Cookie-Auswahl',
  'optin.softStatement':
    'Da Sie bereits Kundin, Kunde oder Unterstützer bei uns sind, senden wir Ihnen möglicherweise Neuigkeiten zu ähnlichen Produkten, Dienstleistungen oder Anliegen. Kreuzen Sie ein Kästchen an, wenn Sie das nicht möchten. Jede Nachricht enthält einen Link zum Abbestellen.',
  'optin.softOptOut.email': 'Ich möchte keine Werbe-E-Mails erhalten',
  'optin.softOptOut.sms': 'Ich möchte keine Werbe-SMS erhalten',
  'optin.chooseTopic': 'Wählen Sie mindestens ein Thema aus',
  'list.two': '{0} und {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} und {1}',
};

export default de;

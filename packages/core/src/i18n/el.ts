import type { Messages } from './en.js';

/** Greek (Ελληνικά). */
export const el: Messages = {
  'banner.title': 'Χρησιμοποιούμε cookies',
  'banner.text':
    'Χρησιμοποιούμε απαραίτητα cookies για να λειτουργεί αυτός ο ιστότοπος. Μπορείτε να αλλάξετε τις επιλογές σας ανά πάσα στιγμή.',
  'banner.label': 'Συγκατάθεση για cookies',
  'actions.acceptAll': 'Αποδοχή όλων',
  'actions.rejectAll': 'Απόρριψη όλων',
  'actions.manage': 'Διαχείριση προτιμήσεων',
  'actions.save': 'Αποθήκευση επιλογών',
  'actions.close': 'Κλείσιμο',
  'links.privacyPolicy': 'Ενημέρωση απορρήτου',
  'banner.accepted':
    'Αποδεχτήκατε τα πρόσθετα cookies. Μπορείτε να αλλάξετε τις ρυθμίσεις cookies ανά πάσα στιγμή.',
  'banner.rejected':
    'Απορρίψατε τα πρόσθετα cookies. Μπορείτε να αλλάξετε τις ρυθμίσεις cookies ανά πάσα στιγμή.',
  'banner.hideMessage': 'Απόκρυψη αυτού του μηνύματος',
  'preferences.title': 'Προτιμήσεις cookies',
  'preferences.text':
    'Επιλέξτε ποια cookies μπορούμε να χρησιμοποιούμε. Τα απαραίτητα cookies είναι πάντα ενεργά, επειδή ο ιστότοπος δεν μπορεί να λειτουργήσει χωρίς αυτά. Οι επιλογές σας ισχύουν για αυτόν τον ιστότοπο και μπορείτε να τις αλλάξετε ανά πάσα στιγμή.',
  'preferences.alwaysOn': 'Πάντα ενεργά',
  'preferences.objection': 'Ενεργό, εκτός αν αντιταχθείτε. Απενεργοποιήστε το για να αντιταχθείτε.',
  'preferences.services': 'Υπηρεσίες',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Όνομα',
  'preferences.cookieDuration': 'Διάρκεια',
  'preferences.cookiePurpose': 'Σκοπός',
  'preferences.sessionCookie': 'Μέχρι να κλείσετε το πρόγραμμα περιήγησης',
  'preferences.details': 'Λεπτομέρειες',
  'preferences.detailsFor': 'Λεπτομέρειες για {service}',
  'preferences.serviceSwitch': 'Να επιτρέπεται {service}',
  'preferences.gpcNotice':
    'Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control, γι’ αυτό τα cookies μάρκετινγκ παραμένουν απενεργοποιημένα, εκτός αν τα ενεργοποιήσετε εδώ.',
  'category.necessary.title': 'Απαραίτητα',
  'category.necessary.description':
    'Χρειάζονται για να λειτουργεί ο ιστότοπος, για παράδειγμα για να θυμάται τις επιλογές σας για τα cookies και να παραμένετε συνδεδεμένοι. Δεν μπορούν να απενεργοποιηθούν.',
  'category.functional.title': 'Λειτουργικά',
  'category.functional.description':
    'Θυμούνται επιλογές που κάνετε, όπως τη γλώσσα ή την περιοχή σας, για να σας προσφέρουν πιο εξατομικευμένη εμπειρία.',
  'category.analytics.title': 'Στατιστικά',
  'category.analytics.description':
    'Μας βοηθούν να κατανοούμε πώς χρησιμοποιούν οι επισκέπτες τον ιστότοπο, για παράδειγμα ποιες σελίδες επισκέπτονται περισσότερο, ώστε να τον βελτιώνουμε. Οι πληροφορίες συλλέγονται συγκεντρωτικά.',
  'category.marketing.title': 'Μάρκετινγκ',
  'category.marketing.description':
    'Χρησιμοποιούνται από εμάς και τους συνεργάτες μας για να σας εμφανίζουμε σχετικό περιεχόμενο και διαφημίσεις σε αυτόν και σε άλλους ιστότοπους και για να μετράμε την αποτελεσματικότητά τους.',
  'trigger.label': 'Ρυθμίσεις cookies',
  'trigger.tooltip': 'Αλλαγή των επιλογών σας για τα cookies',
  'embed.title': 'Το περιεχόμενο από {service} έχει αποκλειστεί',
  'embed.text':
    'Αυτό το περιεχόμενο παρέχεται από {service}, που μπορεί να αποθηκεύει cookies της κατηγορίας «{category}». Δεν εμφανίζεται, επειδή δεν το έχετε επιτρέψει.',
  'embed.allow': 'Να επιτρέπεται και φόρτωση',
  'embed.settings': 'Ρυθμίσεις cookies',
  'embed.scope': 'Θα επιτραπεί μόνο το {service}.',
  'embed.unknown':
    'Αυτό το περιεχόμενο είναι αποκλεισμένο μέχρι να επιτρέψετε τα cookies της κατηγορίας «{category}».',
  'optin.title': 'Ας μείνουμε σε επαφή',
  'optin.statement':
    'Επιλέξτε πώς θέλετε να λαμβάνετε νέα μας. Κάθε μήνυμα περιέχει σύνδεσμο για κατάργηση της εγγραφής και μπορείτε να ανακαλέσετε τη συγκατάθεσή σας ανά πάσα στιγμή.',
  'optin.channel.email': 'Στείλτε μου νέα και ενημερώσεις με email',
  'optin.channel.sms': 'Στείλτε μου μηνύματα SMS',
  'optin.channel.post': 'Μη μου στέλνετε διαφημιστικό υλικό ταχυδρομικώς',
  'optin.topics': 'Θέματα',
  'optin.emailLabel': 'Διεύθυνση email',
  'optin.phoneLabel': 'Αριθμός κινητού τηλεφώνου',
  'optin.submit': 'Εγγραφή',
  'optin.success': 'Σας ευχαριστούμε. Οι επιλογές σας καταγράφηκαν.',
  'optin.pending':
    'Σχεδόν τελειώσατε: ελέγξτε τα εισερχόμενά σας και ακολουθήστε τον σύνδεσμο για να επιβεβαιώσετε την εγγραφή σας.',
  'optin.error': 'Λυπούμαστε, κάτι πήγε στραβά. Δοκιμάστε ξανά.',
  'optin.invalidEmail':
    'Εισαγάγετε διεύθυνση email σε σωστή μορφή, για παράδειγμα name@example.com',
  'optin.invalidPhone': 'Εισαγάγετε αριθμό κινητού σε σωστή μορφή, για παράδειγμα {example}',
  'optin.requiredEmail': 'Εισαγάγετε τη διεύθυνση email σας για να λαμβάνετε email',
  'optin.requiredPhone': 'Εισαγάγετε τον αριθμό του κινητού σας για να λαμβάνετε μηνύματα SMS',
  'optin.chooseChannel':
    'Επιλέξτε τουλάχιστον έναν τρόπο με τον οποίο μπορούμε να επικοινωνούμε μαζί σας',
  'unsubscribe.title': 'Οι προτιμήσεις επικοινωνίας σας',
  'unsubscribe.text': 'Επιλέξτε τι δεν θέλετε πλέον να λαμβάνετε. Οι αλλαγές ισχύουν αμέσως.',
  'unsubscribe.channel.email': 'Email',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Ταχυδρομείο',
  'unsubscribe.status.granted': 'Εγγεγραμμένοι',
  'unsubscribe.status.denied': 'Η εγγραφή καταργήθηκε',
  'unsubscribe.status.pending': 'Αναμονή επιβεβαίωσης',
  'unsubscribe.status.unknown': 'Χωρίς εγγραφή',
  'unsubscribe.topic': 'Κατάργηση εγγραφής από «{topic}»',
  'unsubscribe.channelAll.email': 'Κατάργηση εγγραφής από όλα τα email',
  'unsubscribe.channelAll.sms': 'Κατάργηση εγγραφής από όλα τα SMS',
  'unsubscribe.channelAll.post': 'Διακοπή κάθε διαφημιστικού υλικού ταχυδρομικώς',
  'unsubscribe.everything': 'Κατάργηση όλων των εγγραφών',
  'unsubscribe.done.email': 'Δεν θα λαμβάνετε πλέον διαφημιστικά email από εμάς.',
  'unsubscribe.done.sms': 'Δεν θα λαμβάνετε πλέον διαφημιστικά SMS από εμάς.',
  'unsubscribe.done.post': 'Δεν θα σας στέλνουμε πλέον διαφημιστικό υλικό ταχυδρομικώς.',
  'unsubscribe.doneTopic': 'Η εγγραφή σας από «{topic}» καταργήθηκε.',
  'unsubscribe.undo': 'Αναίρεση',
  'unsubscribe.undone.email': 'Θα λαμβάνετε ξανά τα διαφημιστικά μας email.',
  'unsubscribe.undone.sms': 'Θα λαμβάνετε ξανά τα διαφημιστικά μας SMS.',
  'unsubscribe.undone.post': 'Μπορούμε ξανά να σας στέλνουμε διαφημιστικό υλικό ταχυδρομικώς.',
  'unsubscribe.undoneTopic': 'Η εγγραφή σας σε «{topic}» αποκαταστάθηκε.',
  'unsubscribe.invalidToken': 'Αυτός ο σύνδεσμος δεν είναι έγκυρος. Ίσως αντιγράφηκε λανθασμένα.',
  'unsubscribe.expiredToken': 'Αυτός ο σύνδεσμος έχει λήξει.',
  'unsubscribe.requestLink':
    'Χρησιμοποιήστε τον σύνδεσμο από το πιο πρόσφατο μήνυμά μας ή επικοινωνήστε μαζί μας για νέο σύνδεσμο.',
  'unsubscribe.loading': 'Φόρτωση των προτιμήσεών σας…',
  'unsubscribe.error':
    'Λυπούμαστε, δεν ήταν δυνατή η φόρτωση των προτιμήσεών σας. Δοκιμάστε ξανά αργότερα.',
  'unsubscribe.nothing': 'Δεν έχετε εγγραφεί σε τίποτα.',
  'unsubscribe.for': 'Προτιμήσεις για {contact}',
  'unsubscribe.status.postDefault': 'Αποστέλλεται, εκτός αν αντιταχθείτε',
  'unsubscribe.doneEverything': 'Καταργήσατε όλες τις εγγραφές σας.',
  'unsubscribe.undoneEverything': 'Οι εγγραφές σας αποκαταστάθηκαν.',
  'unsubscribe.retry': 'Δοκιμάστε ξανά',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Τα δεδομένα σας',
  'rights.text.email':
    'Ζητήστε αντίγραφο των δεδομένων συγκατάθεσης που τηρούμε για εσάς ή τη διαγραφή τους. Θα σας στείλουμε με email έναν σύνδεσμο για να επιβεβαιώσετε ότι το αίτημα είναι δικό σας.',
  'rights.text.phone':
    'Ζητήστε αντίγραφο των δεδομένων συγκατάθεσης που τηρούμε για εσάς ή τη διαγραφή τους. Θα σας στείλουμε με SMS έναν σύνδεσμο για να επιβεβαιώσετε ότι το αίτημα είναι δικό σας.',
  'rights.legend': 'Τι θα θέλατε;',
  'rights.access': 'Αντίγραφο των δεδομένων μου',
  'rights.erasure': 'Διαγραφή των δεδομένων μου',
  'rights.submit': 'Αποστολή αιτήματος',
  'rights.sending': 'Αποστολή…',
  'rights.chooseOne': 'Επιλέξτε τι θα θέλατε.',
  'rights.sent.email':
    'Ελέγξτε τα εισερχόμενά σας: στείλαμε σύνδεσμο στο {email}. Το αίτημά σας ξεκινά μόλις τον ανοίξετε.',
  'rights.sent.sms':
    'Ελέγξτε τα μηνύματά σας: στείλαμε σύνδεσμο στο {phone}. Το αίτημά σας ξεκινά μόλις τον ανοίξετε.',
  'rights.failed': 'Δεν ήταν δυνατή η αποστολή του αιτήματος. Δοκιμάστε ξανά αργότερα.',
  'rights.another': 'Νέο αίτημα',
  'banner.purposes':
    'Με τη συγκατάθεσή σας, θα θέλαμε να χρησιμοποιούμε και προαιρετικά cookies για τους εξής σκοπούς: {purposes}.',
  'banner.objection':
    'Ήδη μετράμε πώς χρησιμοποιείται ο ιστότοπος ({categories}), κάτι που επιτρέπει ο νόμος εφόσον δεν αντιταχθείτε. Για να αντιταχθείτε, επιλέξτε «{reject}».',
  'banner.controller':
    'Υπεύθυνος για τη χρήση των δεδομένων σας σε αυτόν τον ιστότοπο είναι ο/η {controller}.',
  'preferences.cookieProvider': 'Πάροχος',
  'preferences.ownCookie': 'Θυμάται τις επιλογές σας για τα cookies',
  'optin.softStatement':
    'Επειδή είστε ήδη πελάτης ή υποστηρικτής μας, ενδέχεται να σας στέλνουμε νέα για παρόμοια προϊόντα, υπηρεσίες ή σκοπούς. Επιλέξτε ένα πλαίσιο αν δεν το θέλετε. Κάθε μήνυμα περιλαμβάνει σύνδεσμο για διαγραφή.',
  'optin.softOptOut.email': 'Δεν θέλω διαφημιστικά email',
  'optin.softOptOut.sms': 'Δεν θέλω διαφημιστικά μηνύματα SMS',
  'optin.chooseTopic': 'Επιλέξτε τουλάχιστον ένα θέμα',
  'list.two': '{0} και {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} και {1}',
};

export default el;

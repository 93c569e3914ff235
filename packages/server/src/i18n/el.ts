import type { PageMessages } from './en.js';

/** Greek (Ελληνικά). */
export const el: PageMessages = {
  'page.unsubscribe.title': 'Κατάργηση εγγραφής',
  'page.unsubscribe.ask.email': 'Να σταματήσει η αποστολή διαφημιστικών email στο {contact};',
  'page.unsubscribe.ask.sms': 'Να σταματήσει η αποστολή διαφημιστικών SMS στο {contact};',
  'page.unsubscribe.ask.post':
    'Να σταματήσει η αποστολή διαφημιστικού υλικού ταχυδρομικώς στον κάτοχο του {contact};',
  'page.unsubscribe.askTopic': 'Να σταματήσει η αποστολή «{topic}» στο {contact};',
  'page.unsubscribe.button': 'Κατάργηση εγγραφής',
  'page.unsubscribed.title': 'Η εγγραφή σας καταργήθηκε',
  'page.unsubscribed.email': 'Το {contact} δεν θα λαμβάνει πλέον διαφημιστικά email από εμάς.',
  'page.unsubscribed.sms': 'Το {contact} δεν θα λαμβάνει πλέον διαφημιστικά SMS από εμάς.',
  'page.unsubscribed.post':
    'Δεν θα στέλνουμε πλέον διαφημιστικό υλικό ταχυδρομικώς στον κάτοχο του {contact}.',
  'page.unsubscribed.topic': 'Το {contact} δεν θα λαμβάνει πλέον «{topic}».',
  'page.confirm.title': 'Επιβεβαιώστε την εγγραφή σας',
  'page.confirm.text':
    'Επιβεβαιώστε ότι το {contact} πρέπει να λαμβάνει τα email για τα οποία εγγράφηκε.',
  'page.confirm.button': 'Επιβεβαίωση εγγραφής',
  'page.confirmed.title': 'Σας ευχαριστούμε',
  'page.confirmed.text': 'Η εγγραφή σας επιβεβαιώθηκε.',
  'page.nothing.title': 'Δεν υπάρχει κάτι για επιβεβαίωση',
  'page.nothing.text': 'Δεν υπάρχει εγγραφή σε αναμονή επιβεβαίωσης.',
  'error.expired': 'Αυτός ο σύνδεσμος δεν είναι πλέον έγκυρος.',
  'error.wrongPage': 'Αυτός ο σύνδεσμος δεν προορίζεται για αυτή τη σελίδα.',
  'error.invalid': 'Αυτός ο σύνδεσμος δεν είναι έγκυρος. Ίσως αντιγράφηκε λανθασμένα.',
  'error.requestLink':
    'Χρησιμοποιήστε τον σύνδεσμο από το πιο πρόσφατο μήνυμά μας ή επικοινωνήστε μαζί μας για νέο σύνδεσμο.',
  'page.request.title': 'Επιβεβαιώστε το αίτημά σας',
  'page.request.ask.access': 'Επιβεβαιώστε ότι ζητήσατε αντίγραφο των δεδομένων σας.',
  'page.request.ask.erasure': 'Επιβεβαιώστε ότι ζητήσατε τη διαγραφή των δεδομένων σας.',
  'page.request.button': 'Επιβεβαίωση του αιτήματός μου',
  'page.request.expired': 'Αυτός ο σύνδεσμος έχει λήξει. Υποβάλετε ξανά το αίτημα.',
  'page.request.invalid': 'Αυτός ο σύνδεσμος δεν είναι έγκυρος.',
  'page.request.confirmed.title': 'Το αίτημα επιβεβαιώθηκε',
  'page.request.already': 'Αυτό το αίτημα έχει ήδη επιβεβαιωθεί. Θα απαντήσουμε εντός ενός μήνα.',
  'page.request.done': 'Το αίτημά σας επιβεβαιώθηκε. Θα απαντήσουμε εντός ενός μήνα.',
  'page.request.sent.email':
    'Ελέγξτε τα εισερχόμενά σας: ακολουθήστε τον σύνδεσμο στο μήνυμα που σας στείλαμε για να επιβεβαιώσετε το αίτημα.',
  'page.request.sent.sms':
    'Ελέγξτε τα SMS σας: ακολουθήστε τον σύνδεσμο που σας στείλαμε για να επιβεβαιώσετε το αίτημα.',
};

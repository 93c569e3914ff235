import type { PageMessages } from './en.js';

/** Hebrew (עברית). */
export const he: PageMessages = {
  'page.unsubscribe.title': 'הסרה מרשימת התפוצה',
  'page.unsubscribe.ask.email': 'להפסיק לשלוח הודעות דוא״ל שיווקיות אל {contact}?',
  'page.unsubscribe.ask.sms': 'להפסיק לשלוח הודעות SMS שיווקיות אל {contact}?',
  'page.unsubscribe.ask.post': 'להפסיק לשלוח דיוור שיווקי בדואר לבעלי {contact}?',
  'page.unsubscribe.askTopic': 'להפסיק לשלוח את „{topic}” אל {contact}?',
  'page.unsubscribe.button': 'הסרה',
  'page.unsubscribed.title': 'הוסרת מרשימת התפוצה',
  'page.unsubscribed.email': '{contact} לא יקבל יותר מאיתנו הודעות דוא״ל שיווקיות.',
  'page.unsubscribed.sms': '{contact} לא יקבל יותר מאיתנו הודעות SMS שיווקיות.',
  'page.unsubscribed.post': 'לא נשלח יותר דיוור שיווקי בדואר לבעלי {contact}.',
  'page.unsubscribed.topic': '{contact} לא יקבל יותר את „{topic}”.',
  'page.confirm.title': 'אישור ההרשמה',
  'page.confirm.text': 'יש לאשר ש-{contact} אמור לקבל את הודעות הדוא״ל שאליהן נרשם.',
  'page.confirm.button': 'אישור ההרשמה',
  'page.confirmed.title': 'תודה',
  'page.confirmed.text': 'ההרשמה שלך אושרה.',
  'page.nothing.title': 'אין מה לאשר',
  'page.nothing.text': 'אין הרשמה שממתינה לאישור.',
  'error.expired': 'הקישור הזה כבר אינו תקף.',
  'error.wrongPage': 'הקישור הזה אינו מיועד לדף הזה.',
  'error.invalid': 'הקישור הזה אינו תקף. ייתכן שהועתק באופן שגוי.',
  'error.requestLink': 'יש להשתמש בקישור שבהודעה האחרונה שלנו, או לפנות אלינו כדי לקבל קישור חדש.',
};

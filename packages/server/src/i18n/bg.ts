import type { PageMessages } from './en.js';

/** Bulgarian (Български). */
export const bg: PageMessages = {
  'page.unsubscribe.title': 'Отписване',
  'page.unsubscribe.ask.email': 'Да спрем ли маркетинговите имейли до {contact}?',
  'page.unsubscribe.ask.sms': 'Да спрем ли маркетинговите SMS съобщения до {contact}?',
  'page.unsubscribe.ask.post':
    'Да спрем ли маркетинговите материали по пощата до притежателя на {contact}?',
  'page.unsubscribe.askTopic': 'Да спрем ли изпращането на „{topic}“ до {contact}?',
  'page.unsubscribe.button': 'Отписване',
  'page.unsubscribed.title': 'Отписахте се',
  'page.unsubscribed.email': '{contact} вече няма да получава маркетингови имейли от нас.',
  'page.unsubscribed.sms': '{contact} вече няма да получава маркетингови SMS съобщения от нас.',
  'page.unsubscribed.post':
    'Вече няма да изпращаме маркетингови материали по пощата до притежателя на {contact}.',
  'page.unsubscribed.topic': '{contact} вече няма да получава „{topic}“.',
  'page.confirm.title': 'Потвърдете абонамента си',
  'page.confirm.text':
    'Моля, потвърдете, че {contact} трябва да получава имейлите, за които е абониран.',
  'page.confirm.button': 'Потвърждаване на абонамента',
  'page.confirmed.title': 'Благодарим ви',
  'page.confirmed.text': 'Абонаментът ви е потвърден.',
  'page.nothing.title': 'Няма какво да се потвърди',
  'page.nothing.text': 'Няма абонамент, който очаква потвърждение.',
  'error.expired': 'Тази връзка вече не е валидна.',
  'error.wrongPage': 'Тази връзка не е предназначена за тази страница.',
  'error.invalid': 'Тази връзка не е валидна. Възможно е да е копирана неправилно.',
  'error.requestLink':
    'Моля, използвайте връзката от последното ни съобщение или се свържете с нас за нова.',
  'page.request.title': 'Потвърдете заявката си',
  'page.request.ask.access': 'Моля, потвърдете, че сте поискали копие на данните си.',
  'page.request.ask.erasure': 'Моля, потвърдете, че сте поискали изтриване на данните си.',
  'page.request.button': 'Потвърждавам заявката си',
  'page.request.expired': 'Срокът на тази връзка е изтекъл. Моля, подайте заявката отново.',
  'page.request.invalid': 'Тази връзка не е валидна.',
  'page.request.confirmed.title': 'Заявката е потвърдена',
  'page.request.already': 'Тази заявка вече е потвърдена. Ще отговорим в срок от един месец.',
  'page.request.done': 'Заявката Ви е потвърдена. Ще отговорим в срок от един месец.',
  'page.request.sent.email':
    'Проверете входящата си поща: последвайте връзката в изпратеното от нас съобщение, за да потвърдите заявката.',
  'page.request.sent.sms':
    'Проверете SMS съобщенията си: последвайте изпратената от нас връзка, за да потвърдите заявката.',
};

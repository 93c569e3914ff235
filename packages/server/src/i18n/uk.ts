import type { PageMessages } from './en.js';

/** Ukrainian (Українська). */
export const uk: PageMessages = {
  'page.unsubscribe.title': 'Відписатися',
  'page.unsubscribe.ask.email': 'Припинити надсилати маркетингові листи на {contact}?',
  'page.unsubscribe.ask.sms': 'Припинити надсилати маркетингові SMS на {contact}?',
  'page.unsubscribe.ask.post':
    'Припинити надсилати маркетингові матеріали поштою власнику {contact}?',
  'page.unsubscribe.askTopic': 'Припинити надсилати «{topic}» на {contact}?',
  'page.unsubscribe.button': 'Відписатися',
  'page.unsubscribed.title': 'Ви відписалися',
  'page.unsubscribed.email': '{contact} більше не отримуватиме від нас маркетингових листів.',
  'page.unsubscribed.sms': '{contact} більше не отримуватиме від нас маркетингових SMS.',
  'page.unsubscribed.post':
    'Ми більше не надсилатимемо маркетингові матеріали поштою власнику {contact}.',
  'page.unsubscribed.topic': '{contact} більше не отримуватиме «{topic}».',
  'page.confirm.title': 'Підтвердьте підписку',
  'page.confirm.text': 'Підтвердьте, що {contact} має отримувати листи, на які оформлено підписку.',
  'page.confirm.button': 'Підтвердити підписку',
  'page.confirmed.title': 'Дякуємо',
  'page.confirmed.text': 'Вашу підписку підтверджено.',
  'page.nothing.title': 'Нічого підтверджувати',
  'page.nothing.text': 'Немає підписки, що очікує підтвердження.',
  'error.expired': 'Це посилання більше не дійсне.',
  'error.wrongPage': 'Це посилання не призначене для цієї сторінки.',
  'error.invalid': 'Це посилання недійсне. Можливо, його скопійовано неправильно.',
  'error.requestLink':
    'Скористайтеся посиланням з нашого останнього повідомлення або зверніться до нас, щоб отримати нове.',
  'page.request.title': 'Підтвердьте свій запит',
  'page.request.ask.access': 'Підтвердьте, що ви просили копію своїх даних.',
  'page.request.ask.erasure': 'Підтвердьте, що ви просили видалити свої дані.',
  'page.request.button': 'Підтвердити мій запит',
  'page.request.expired': 'Термін дії цього посилання минув. Надішліть запит ще раз.',
  'page.request.invalid': 'Це посилання недійсне.',
  'page.request.confirmed.title': 'Запит підтверджено',
  'page.request.already': 'Цей запит уже підтверджено. Ми відповімо протягом місяця.',
  'page.request.done': 'Ваш запит підтверджено. Ми відповімо протягом місяця.',
  'page.request.sent.email':
    'Перевірте свою поштову скриньку: перейдіть за посиланням у надісланому нами листі, щоб підтвердити запит.',
  'page.request.sent.sms':
    'Перевірте свої SMS: перейдіть за надісланим нами посиланням, щоб підтвердити запит.',
};

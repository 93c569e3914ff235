import type { PageMessages } from './en.js';

/** Japanese (日本語). */
export const ja: PageMessages = {
  'page.unsubscribe.title': '配信停止',
  'page.unsubscribe.ask.email': '{contact} へのマーケティングメールの配信を停止しますか？',
  'page.unsubscribe.ask.sms': '{contact} へのマーケティング SMS の配信を停止しますか？',
  'page.unsubscribe.ask.post': '{contact} の所有者への郵送での販促物を停止しますか？',
  'page.unsubscribe.askTopic': '{contact} への「{topic}」の配信を停止しますか？',
  'page.unsubscribe.button': '配信を停止する',
  'page.unsubscribed.title': '配信を停止しました',
  'page.unsubscribed.email': '今後、{contact} に当社からマーケティングメールは届きません。',
  'page.unsubscribed.sms': '今後、{contact} に当社からマーケティング SMS は届きません。',
  'page.unsubscribed.post': '今後、{contact} の所有者に郵送での販促物はお送りしません。',
  'page.unsubscribed.topic': '今後、{contact} に「{topic}」は届きません。',
  'page.confirm.title': '登録の確認',
  'page.confirm.text': '{contact} で登録されたメールの受信を確認してください。',
  'page.confirm.button': '登録を確定する',
  'page.confirmed.title': 'ありがとうございます',
  'page.confirmed.text': '登録が確定しました。',
  'page.nothing.title': '確認が必要なものはありません',
  'page.nothing.text': '確認待ちの登録はありません。',
  'error.expired': 'このリンクは無効になっています。',
  'error.wrongPage': 'このリンクはこのページ用ではありません。',
  'error.invalid': 'このリンクは無効です。正しくコピーされていない可能性があります。',
  'error.requestLink':
    '最新のメッセージに記載されたリンクをご利用いただくか、新しいリンクについて当社までお問い合わせください。',
};

import type { PageMessages } from './en.js';

/** Traditional Chinese (繁體中文). */
export const zhHant: PageMessages = {
  'page.unsubscribe.title': '取消訂閱',
  'page.unsubscribe.ask.email': '要停止寄送行銷電子郵件給 {contact} 嗎？',
  'page.unsubscribe.ask.sms': '要停止傳送行銷簡訊給 {contact} 嗎？',
  'page.unsubscribe.ask.post': '要停止以郵寄方式寄送行銷資訊給 {contact} 的持有人嗎？',
  'page.unsubscribe.askTopic': '要停止寄送「{topic}」給 {contact} 嗎？',
  'page.unsubscribe.button': '取消訂閱',
  'page.unsubscribed.title': '您已取消訂閱',
  'page.unsubscribed.email': '{contact} 將不再收到我們的行銷電子郵件。',
  'page.unsubscribed.sms': '{contact} 將不再收到我們的行銷簡訊。',
  'page.unsubscribed.post': '我們將不再以郵寄方式寄送行銷資訊給 {contact} 的持有人。',
  'page.unsubscribed.topic': '{contact} 將不再收到「{topic}」。',
  'page.confirm.title': '確認您的訂閱',
  'page.confirm.text': '請確認 {contact} 應收到其所訂閱的電子郵件。',
  'page.confirm.button': '確認訂閱',
  'page.confirmed.title': '謝謝',
  'page.confirmed.text': '您的訂閱已確認。',
  'page.nothing.title': '沒有需要確認的項目',
  'page.nothing.text': '沒有等待確認的訂閱。',
  'error.expired': '此連結已失效。',
  'error.wrongPage': '此連結不適用於此頁面。',
  'error.invalid': '此連結無效，可能在複製時出錯。',
  'error.requestLink': '請使用我們最近一則訊息中的連結，或與我們聯絡以取得新連結。',
};

import type { PageMessages } from './en.js';

/** Simplified Chinese (简体中文). */
export const zhHans: PageMessages = {
  'page.unsubscribe.title': '退订',
  'page.unsubscribe.ask.email': '要停止向 {contact} 发送营销电子邮件吗？',
  'page.unsubscribe.ask.sms': '要停止向 {contact} 发送营销短信吗？',
  'page.unsubscribe.ask.post': '要停止向 {contact} 的持有人邮寄营销信息吗？',
  'page.unsubscribe.askTopic': '要停止向 {contact} 发送“{topic}”吗？',
  'page.unsubscribe.button': '退订',
  'page.unsubscribed.title': '您已退订',
  'page.unsubscribed.email': '{contact} 将不再收到我们的营销电子邮件。',
  'page.unsubscribed.sms': '{contact} 将不再收到我们的营销短信。',
  'page.unsubscribed.post': '我们将不再向 {contact} 的持有人邮寄营销信息。',
  'page.unsubscribed.topic': '{contact} 将不再收到“{topic}”。',
  'page.confirm.title': '确认您的订阅',
  'page.confirm.text': '请确认 {contact} 应接收其所订阅的电子邮件。',
  'page.confirm.button': '确认订阅',
  'page.confirmed.title': '谢谢',
  'page.confirmed.text': '您的订阅已确认。',
  'page.nothing.title': '无需确认',
  'page.nothing.text': '没有等待确认的订阅。',
  'error.expired': '此链接已失效。',
  'error.wrongPage': '此链接不适用于此页面。',
  'error.invalid': '此链接无效，可能复制时出错。',
  'error.requestLink': '请使用我们最近一封消息中的链接，或联系我们获取新链接。',
};

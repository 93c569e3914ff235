import type { MailMessages } from './en.js';

/** Chinese, simplified (简体中文). */
export const zhHans: MailMessages = {
  greeting: '您好：',
  footer: '我们发送此邮件，是因为有人使用此地址提交了请求。',
  expiry: '此链接 7 天内有效。',
  'confirm.subject': '请确认您的订阅',
  'confirm.body':
    '有人（希望是您本人）要求我们向 {address} 发送电子邮件。如需确认，请打开下方链接并点击按钮。',
  'confirm.action': '确认订阅',
  'confirm.ignore': '如果这不是您的请求，请忽略此邮件：我们不会向您发送电子邮件。',
  'verify.subject': '请确认您关于个人数据的请求',
  'verify.access': '我们收到了一项请求，要求获取我们所持有的关于 {address} 的数据副本。',
  'verify.erasure': '我们收到了一项请求，要求删除我们所持有的关于 {address} 的数据。',
  'verify.action': '确认我的请求',
  'verify.wait': '在您确认之前，我们不会采取任何行动。',
  'verify.ignore': '如果这不是您的请求，请忽略此邮件，一切都不会改变。',
  'access.subject': '您的数据已准备好',
  'access.body':
    '按照您的要求，以下链接可下载我们所持有的关于 {address} 的数据副本：所记录的每一项同意决定（包括其文字和时间）以及当前状态。',
  'access.action': '下载我的数据',
  'erased.subject': '您的数据已被删除',
  'erased.body':
    '按照您的要求，我们已删除 {address} 及其相关的同意状态。过往决定的记录仍会保留，但不含任何可识别您身份的信息，以保持其证明效力。',
  'sms.verify.access':
    '我们收到一项请求，要求获取我们所持有的关于 {address} 的数据副本。如需确认，请打开 {url}（7 天内有效）。如非本人请求，请忽略此短信。',
  'sms.verify.erasure':
    '我们收到一项请求，要求删除我们所持有的关于 {address} 的数据。如需确认，请打开 {url}（7 天内有效）。如非本人请求，请忽略此短信。',
  'sms.access': '您的数据已准备好，请在 7 天内下载：{url}',
  'sms.erased':
    '按照您的要求，我们已删除 {address} 及其相关的同意状态。您将不会再收到与此相关的短信。',
};

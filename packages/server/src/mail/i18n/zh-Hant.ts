import type { MailMessages } from './en.js';

/** Chinese, traditional (繁體中文). */
export const zhHant: MailMessages = {
  greeting: '您好：',
  footer: '我們寄出此郵件，是因為有人使用此地址提出了申請。',
  expiry: '此連結 7 天內有效。',
  'confirm.subject': '請確認您的訂閱',
  'confirm.body':
    '有人（希望是您本人）要求我們寄送電子郵件至 {address}。如要確認，請開啟下方連結並按下按鈕。',
  'confirm.action': '確認訂閱',
  'confirm.ignore': '如果這不是您的申請，請忽略此郵件：我們不會寄電子郵件給您。',
  'verify.subject': '請確認您關於個人資料的申請',
  'verify.access': '我們收到一項申請，要求取得我們所持有關於 {address} 的資料副本。',
  'verify.erasure': '我們收到一項申請，要求刪除我們所持有關於 {address} 的資料。',
  'verify.action': '確認我的申請',
  'verify.wait': '在您確認之前，我們不會採取任何行動。',
  'verify.ignore': '如果這不是您的申請，請忽略此郵件，一切都不會改變。',
  'access.subject': '您的資料已準備好',
  'access.body':
    '依照您的要求，以下連結可下載我們所持有關於 {address} 的資料副本：所記錄的每一項同意決定（包括其文字與時間）以及目前狀態。',
  'access.action': '下載我的資料',
  'erased.subject': '您的資料已刪除',
  'erased.body':
    '依照您的要求，我們已刪除 {address} 及其相關的同意狀態。過去決定的紀錄仍會保留，但不含任何可識別您身分的資訊，以維持其證明效力。',
  'sms.verify.access':
    '我們收到一項申請，要求取得我們所持有關於 {address} 的資料副本。如要確認，請開啟 {url}（7 天內有效）。如非本人申請，請忽略此簡訊。',
  'sms.verify.erasure':
    '我們收到一項申請，要求刪除我們所持有關於 {address} 的資料。如要確認，請開啟 {url}（7 天內有效）。如非本人申請，請忽略此簡訊。',
  'sms.access': '您的資料已準備好，請在 7 天內下載：{url}',
  'sms.erased':
    '依照您的要求，我們已刪除 {address} 及其相關的同意狀態。您將不會再收到與此相關的簡訊。',
};

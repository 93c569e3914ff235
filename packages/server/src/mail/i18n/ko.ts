import type { MailMessages } from './en.js';

/** Korean (한국어). */
export const ko: MailMessages = {
  greeting: '안녕하세요.',
  footer: '이 메시지는 이 주소로 접수된 요청에 따라 발송되었습니다.',
  expiry: '링크는 7일 동안 유효합니다.',
  'confirm.subject': '구독을 확인해 주세요',
  'confirm.body':
    '누군가(본인이시길 바랍니다) {address}(으)로 저희 이메일을 보내 달라고 요청했습니다. 확인하시려면 아래 링크를 열고 버튼을 눌러 주세요.',
  'confirm.action': '구독 확인',
  'confirm.ignore': '요청하신 적이 없다면 이 메시지를 무시하세요. 이메일을 보내지 않겠습니다.',
  'verify.subject': '개인정보 관련 요청을 확인해 주세요',
  'verify.access': '저희가 보유한 {address} 관련 정보의 사본을 요청하셨습니다.',
  'verify.erasure': '저희가 보유한 {address} 관련 정보의 삭제를 요청하셨습니다.',
  'verify.action': '요청 확인',
  'verify.wait': '확인하시기 전에는 아무것도 처리되지 않습니다.',
  'verify.ignore': '요청하신 적이 없다면 이 메시지를 무시하세요. 아무것도 바뀌지 않습니다.',
  'access.subject': '정보가 준비되었습니다',
  'access.body':
    '요청하신 대로, 저희가 보유한 {address} 관련 정보의 사본을 내려받을 수 있는 링크를 보내 드립니다. 기록된 모든 동의 결정(문구와 시각 포함)과 현재 상태가 담겨 있습니다.',
  'access.action': '내 정보 내려받기',
  'erased.subject': '정보가 삭제되었습니다',
  'erased.body':
    '요청하신 대로 {address} 및 이와 연결된 동의 상태를 삭제했습니다. 과거 결정의 기록은 증거로서의 가치를 유지하도록, 본인을 식별할 수 있는 정보 없이 남습니다.',
  'sms.verify.access':
    '저희가 보유한 {address} 관련 정보의 사본 요청이 접수되었습니다. 확인하려면 {url} 을(를) 여세요(7일간 유효). 요청하신 적이 없다면 이 메시지를 무시하세요.',
  'sms.verify.erasure':
    '저희가 보유한 {address} 관련 정보의 삭제 요청이 접수되었습니다. 확인하려면 {url} 을(를) 여세요(7일간 유효). 요청하신 적이 없다면 이 메시지를 무시하세요.',
  'sms.access': '정보가 준비되었습니다. 7일 이내에 내려받으세요: {url}',
  'sms.erased':
    '요청하신 대로 {address} 및 이와 연결된 동의 상태를 삭제했습니다. 이와 관련된 메시지는 더 이상 받지 않으십니다.',
};

import type { PageMessages } from './en.js';

/** Korean (한국어). */
export const ko: PageMessages = {
  'page.unsubscribe.title': '수신 거부',
  'page.unsubscribe.ask.email': '{contact}(으)로 마케팅 이메일 발송을 중단할까요?',
  'page.unsubscribe.ask.sms': '{contact}(으)로 마케팅 SMS 발송을 중단할까요?',
  'page.unsubscribe.ask.post': '{contact} 소유자에게 우편 마케팅 발송을 중단할까요?',
  'page.unsubscribe.askTopic': '{contact}(으)로 ‘{topic}’ 발송을 중단할까요?',
  'page.unsubscribe.button': '수신 거부',
  'page.unsubscribed.title': '수신을 거부했습니다',
  'page.unsubscribed.email': '{contact}(으)로 더 이상 마케팅 이메일을 보내지 않습니다.',
  'page.unsubscribed.sms': '{contact}(으)로 더 이상 마케팅 SMS를 보내지 않습니다.',
  'page.unsubscribed.post': '{contact} 소유자에게 더 이상 우편 마케팅을 보내지 않습니다.',
  'page.unsubscribed.topic': '{contact}(으)로 더 이상 ‘{topic}’을(를) 보내지 않습니다.',
  'page.confirm.title': '구독 확인',
  'page.confirm.text': '{contact}(으)로 신청하신 이메일을 받을지 확인해 주세요.',
  'page.confirm.button': '구독 확인하기',
  'page.confirmed.title': '감사합니다',
  'page.confirmed.text': '구독이 확인되었습니다.',
  'page.nothing.title': '확인할 항목이 없습니다',
  'page.nothing.text': '확인을 기다리는 구독이 없습니다.',
  'error.expired': '더 이상 유효하지 않은 링크입니다.',
  'error.wrongPage': '이 페이지용 링크가 아닙니다.',
  'error.invalid': '유효하지 않은 링크입니다. 잘못 복사되었을 수 있습니다.',
  'error.requestLink': '가장 최근 메시지의 링크를 사용하시거나 새 링크를 요청해 주세요.',
};

import type { PageMessages } from './en.js';

/** Brazilian Portuguese (Português do Brasil). */
export const ptBR: PageMessages = {
  'page.unsubscribe.title': 'Cancelar inscrição',
  'page.unsubscribe.ask.email': 'Parar de enviar e-mails de marketing para {contact}?',
  'page.unsubscribe.ask.sms': 'Parar de enviar mensagens SMS de marketing para {contact}?',
  'page.unsubscribe.ask.post': 'Parar de enviar marketing pelos Correios ao titular de {contact}?',
  'page.unsubscribe.askTopic': 'Parar de enviar “{topic}” para {contact}?',
  'page.unsubscribe.button': 'Cancelar inscrição',
  'page.unsubscribed.title': 'Sua inscrição foi cancelada',
  'page.unsubscribed.email': '{contact} não receberá mais e-mails de marketing nossos.',
  'page.unsubscribed.sms': '{contact} não receberá mais mensagens SMS de marketing nossas.',
  'page.unsubscribed.post': 'Não enviaremos mais marketing pelos Correios ao titular de {contact}.',
  'page.unsubscribed.topic': '{contact} não receberá mais “{topic}”.',
  'page.confirm.title': 'Confirme sua inscrição',
  'page.confirm.text': 'Confirme que {contact} deve receber os e-mails para os quais se inscreveu.',
  'page.confirm.button': 'Confirmar inscrição',
  'page.confirmed.title': 'Obrigado',
  'page.confirmed.text': 'Sua inscrição está confirmada.',
  'page.nothing.title': 'Nada a confirmar',
  'page.nothing.text': 'Não há nenhuma inscrição aguardando confirmação.',
  'error.expired': 'Este link não é mais válido.',
  'error.wrongPage': 'Este link não é destinado a esta página.',
  'error.invalid': 'Este link não é válido. Talvez ele tenha sido copiado incorretamente.',
  'error.requestLink':
    'Use o link da nossa mensagem mais recente ou entre em contato conosco para receber um novo.',
  'page.request.title': 'Confirme sua solicitação',
  'page.request.ask.access': 'Confirme que você pediu uma cópia dos seus dados.',
  'page.request.ask.erasure': 'Confirme que você pediu a exclusão dos seus dados.',
  'page.request.button': 'Confirmar minha solicitação',
  'page.request.expired': 'Este link expirou. Faça a solicitação novamente.',
  'page.request.invalid': 'Este link não é válido.',
  'page.request.confirmed.title': 'Solicitação confirmada',
  'page.request.already': 'Esta solicitação já está confirmada. Responderemos em até um mês.',
  'page.request.done': 'Sua solicitação está confirmada. Responderemos em até um mês.',
  'page.request.sent.email':
    'Verifique sua caixa de entrada: siga o link da mensagem que enviamos para confirmar a solicitação.',
  'page.request.sent.sms':
    'Verifique suas mensagens de texto: siga o link que enviamos para confirmar a solicitação.',
};

import type { PageMessages } from './en.js';

/** European Portuguese (Português). */
export const pt: PageMessages = {
  'page.unsubscribe.title': 'Cancelar a subscrição',
  'page.unsubscribe.ask.email': 'Deixar de enviar e-mails promocionais para {contact}?',
  'page.unsubscribe.ask.sms': 'Deixar de enviar mensagens SMS promocionais para {contact}?',
  'page.unsubscribe.ask.post':
    'Deixar de enviar publicidade por correio postal ao titular de {contact}?',
  'page.unsubscribe.askTopic': 'Deixar de enviar «{topic}» para {contact}?',
  'page.unsubscribe.button': 'Cancelar a subscrição',
  'page.unsubscribed.title': 'A subscrição foi cancelada',
  'page.unsubscribed.email': '{contact} deixará de receber e-mails promocionais nossos.',
  'page.unsubscribed.sms': '{contact} deixará de receber mensagens SMS promocionais nossas.',
  'page.unsubscribed.post':
    'Deixaremos de enviar publicidade por correio postal ao titular de {contact}.',
  'page.unsubscribed.topic': '{contact} deixará de receber «{topic}».',
  'page.confirm.title': 'Confirme a sua subscrição',
  'page.confirm.text': 'Confirme que {contact} deve receber os e-mails que subscreveu.',
  'page.confirm.button': 'Confirmar subscrição',
  'page.confirmed.title': 'Obrigado',
  'page.confirmed.text': 'A sua subscrição está confirmada.',
  'page.nothing.title': 'Nada a confirmar',
  'page.nothing.text': 'Não há nenhuma subscrição a aguardar confirmação.',
  'error.expired': 'Esta ligação já não é válida.',
  'error.wrongPage': 'Esta ligação não se destina a esta página.',
  'error.invalid': 'Esta ligação não é válida. Pode não ter sido copiada corretamente.',
  'error.requestLink':
    'Utilize a ligação da nossa mensagem mais recente ou contacte-nos para obter uma nova.',
  'page.request.title': 'Confirme o seu pedido',
  'page.request.ask.access': 'Confirme que pediu uma cópia dos seus dados.',
  'page.request.ask.erasure': 'Confirme que pediu o apagamento dos seus dados.',
  'page.request.button': 'Confirmar o meu pedido',
  'page.request.expired': 'Esta ligação expirou. Faça o pedido novamente.',
  'page.request.invalid': 'Esta ligação não é válida.',
  'page.request.confirmed.title': 'Pedido confirmado',
  'page.request.already': 'Este pedido já está confirmado. Responderemos no prazo de um mês.',
  'page.request.done': 'O seu pedido está confirmado. Responderemos no prazo de um mês.',
  'page.request.sent.email':
    'Verifique a sua caixa de correio: siga a ligação na mensagem que enviámos para confirmar o pedido.',
  'page.request.sent.sms':
    'Verifique as suas mensagens SMS: siga a ligação que enviámos para confirmar o pedido.',
};

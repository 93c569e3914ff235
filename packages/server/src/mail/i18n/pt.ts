import type { MailMessages } from './en.js';

/** Portuguese (Português). */
export const pt: MailMessages = {
  greeting: 'Olá,',
  footer: 'Esta mensagem foi enviada devido a um pedido feito com este endereço.',
  expiry: 'A ligação é válida durante 7 dias.',
  'confirm.subject': 'Confirme a sua subscrição',
  'confirm.body':
    'Alguém, esperamos que tenha sido o próprio, pediu que enviássemos e-mails para {address}. Para confirmar, abra a ligação abaixo e carregue no botão.',
  'confirm.action': 'Confirmar a minha subscrição',
  'confirm.ignore': 'Se não fez este pedido, ignore esta mensagem: não lhe enviaremos e-mails.',
  'verify.subject': 'Confirme o seu pedido sobre os seus dados',
  'verify.access': 'Recebemos um pedido de cópia dos dados que guardamos sobre {address}.',
  'verify.erasure': 'Recebemos um pedido de apagamento dos dados que guardamos sobre {address}.',
  'verify.action': 'Confirmar o meu pedido',
  'verify.wait': 'Nada acontece enquanto não confirmar.',
  'verify.ignore': 'Se não fez este pedido, ignore esta mensagem e nada mudará.',
  'access.subject': 'Os seus dados estão prontos',
  'access.body':
    'Conforme pediu, eis uma ligação para descarregar uma cópia dos dados que guardamos sobre {address}: todas as decisões de consentimento registadas, com o respetivo texto e datas, e o seu estado atual.',
  'access.action': 'Descarregar os meus dados',
  'erased.subject': 'Os seus dados foram apagados',
  'erased.body':
    'Conforme pediu, apagámos {address} e o estado dos consentimentos associado. Os registos de decisões anteriores mantêm-se, sem nada que o identifique, para que conservem o seu valor de prova.',
  'sms.verify.access':
    'Recebemos um pedido de cópia dos dados que guardamos sobre {address}. Para o confirmar, abra {url} (válida 7 dias). Se não fez este pedido, ignore esta mensagem.',
  'sms.verify.erasure':
    'Recebemos um pedido de apagamento dos dados que guardamos sobre {address}. Para o confirmar, abra {url} (válida 7 dias). Se não fez este pedido, ignore esta mensagem.',
  'sms.access': 'Os seus dados estão prontos. Descarregue-os no prazo de 7 dias: {url}',
  'sms.erased':
    'Conforme pediu, apagámos {address} e o estado dos consentimentos associado. Não receberá mais mensagens sobre este assunto.',
};

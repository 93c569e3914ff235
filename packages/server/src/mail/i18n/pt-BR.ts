import type { MailMessages } from './en.js';

/** Brazilian Portuguese (Português do Brasil). */
export const ptBR: MailMessages = {
  greeting: 'Olá,',
  footer: 'Esta mensagem foi enviada por causa de uma solicitação feita com este endereço.',
  expiry: 'O link vale por 7 dias.',
  'confirm.subject': 'Confirme sua inscrição',
  'confirm.body':
    'Alguém, esperamos que você, pediu que enviássemos e-mails para {address}. Para confirmar, abra o link abaixo e clique no botão.',
  'confirm.action': 'Confirmar minha inscrição',
  'confirm.ignore':
    'Se você não pediu isso, ignore esta mensagem: não enviaremos e-mails para você.',
  'verify.subject': 'Confirme sua solicitação sobre seus dados',
  'verify.access': 'Recebemos uma solicitação de cópia dos dados que mantemos sobre {address}.',
  'verify.erasure':
    'Recebemos uma solicitação de eliminação dos dados que mantemos sobre {address}.',
  'verify.action': 'Confirmar minha solicitação',
  'verify.wait': 'Nada acontece até você confirmar.',
  'verify.ignore': 'Se você não pediu isso, ignore esta mensagem e nada vai mudar.',
  'access.subject': 'Seus dados estão prontos',
  'access.body':
    'Como você pediu, aqui está um link para baixar uma cópia dos dados que mantemos sobre {address}: cada decisão de consentimento registrada, com o texto e os horários, e a situação atual.',
  'access.action': 'Baixar meus dados',
  'erased.subject': 'Seus dados foram excluídos',
  'erased.body':
    'Como você pediu, excluímos {address} e a situação de consentimento ligada a ele. Os registros de decisões anteriores continuam, sem nada que identifique você, para manter seu valor de prova.',
  'sms.verify.access':
    'Recebemos uma solicitação de cópia dos dados que mantemos sobre {address}. Para confirmar, abra {url} (vale por 7 dias). Se não foi você, ignore esta mensagem.',
  'sms.verify.erasure':
    'Recebemos uma solicitação de eliminação dos dados que mantemos sobre {address}. Para confirmar, abra {url} (vale por 7 dias). Se não foi você, ignore esta mensagem.',
  'sms.access': 'Seus dados estão prontos. Baixe em até 7 dias: {url}',
  'sms.erased':
    'Como você pediu, excluímos {address} e a situação de consentimento ligada a ele. Você não vai receber mais mensagens sobre isso.',
};

import type { Messages } from './en.js';

/** Brazilian Portuguese (Português do Brasil). */
export const ptBR: Messages = {
  'banner.title': 'Usamos cookies',
  'banner.text':
    'Usamos cookies necessários para que este site funcione. Você pode alterar suas escolhas a qualquer momento.',
  'banner.label': 'Consentimento de cookies',
  'actions.acceptAll': 'Aceitar todos',
  'actions.rejectAll': 'Rejeitar todos',
  'actions.manage': 'Gerenciar preferências',
  'actions.save': 'Salvar escolhas',
  'actions.close': 'Fechar',
  'links.privacyPolicy': 'Aviso de privacidade',
  'banner.accepted':
    'Você aceitou os cookies adicionais. Você pode alterar suas configurações de cookies a qualquer momento.',
  'banner.rejected':
    'Você rejeitou os cookies adicionais. Você pode alterar suas configurações de cookies a qualquer momento.',
  'banner.hideMessage': 'Ocultar esta mensagem',
  'preferences.title': 'Preferências de cookies',
  'preferences.text':
    'Escolha quais cookies podemos usar. Os cookies necessários estão sempre ativados, porque o site não funciona sem eles. Suas escolhas valem para este site e você pode alterá-las a qualquer momento.',
  'preferences.alwaysOn': 'Sempre ativados',
  'preferences.objection': 'Ativado, a menos que você se oponha. Desative para se opor.',
  'preferences.services': 'Serviços',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Nome',
  'preferences.cookieDuration': 'Duração',
  'preferences.cookiePurpose': 'Finalidade',
  'preferences.sessionCookie': 'Até você fechar o navegador',
  'preferences.details': 'Detalhes',
  'preferences.detailsFor': 'Detalhes sobre {service}',
  'preferences.serviceSwitch': 'Permitir {service}',
  'preferences.gpcNotice':
    'Seu navegador envia um sinal Global Privacy Control, por isso os cookies de marketing ficam desativados, a menos que você os ative aqui.',
  'category.necessary.title': 'Necessários',
  'category.necessary.description':
    'Necessários para o funcionamento do site, por exemplo para lembrar suas escolhas de cookies e manter você conectado. Não podem ser desativados.',
  'category.functional.title': 'Funcionais',
  'category.functional.description':
    'Lembram escolhas que você faz, como idioma ou região, para oferecer uma experiência mais personalizada.',
  'category.analytics.title': 'Análise',
  'category.analytics.description':
    'Ajudam-nos a entender como os visitantes usam o site, por exemplo quais páginas são mais visitadas, para que possamos melhorá-lo. As informações são coletadas de forma agregada.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Usados por nós e por nossos parceiros para mostrar a você conteúdos e anúncios relevantes neste e em outros sites, e para medir a eficácia deles.',
  'trigger.label': 'Configurações de cookies',
  'trigger.tooltip': 'Alterar suas escolhas de cookies',
  'embed.title': 'O conteúdo de {service} está bloqueado',
  'embed.text':
    'Este conteúdo é fornecido por {service}, que pode usar cookies da categoria “{category}”. Ele não é exibido porque você não o permitiu.',
  'embed.allow': 'Permitir e carregar',
  'embed.settings': 'Configurações de cookies',
  'embed.scope': 'Somente {service} será permitido.',
  'embed.unknown':
    'Este conteúdo está bloqueado até você permitir os cookies da categoria “{category}”.',
  'optin.title': 'Fique por dentro',
  'optin.statement':
    'Escolha como você gostaria de receber notícias nossas. Toda mensagem inclui um link para cancelar a inscrição, e você pode retirar seu consentimento a qualquer momento.',
  'optin.channel.email': 'Quero receber novidades e atualizações por e-mail',
  'optin.channel.sms': 'Quero receber mensagens SMS',
  'optin.channel.post': 'Não quero receber marketing pelos Correios',
  'optin.topics': 'Assuntos',
  'optin.emailLabel': 'Endereço de e-mail',
  'optin.phoneLabel': 'Número de celular',
  'optin.submit': 'Inscrever-me',
  'optin.success': 'Obrigado. Suas escolhas foram registradas.',
  'optin.pending':
    'Quase lá: confira sua caixa de entrada e clique no link para confirmar sua inscrição.',
  'optin.error': 'Desculpe, algo deu errado. Tente novamente.',
  'optin.invalidEmail':
    'Informe um endereço de e-mail no formato correto, por exemplo name@example.com',
  'optin.invalidPhone': 'Informe um número de celular no formato correto, por exemplo {example}',
  'optin.requiredEmail': 'Informe seu endereço de e-mail para receber e-mails',
  'optin.requiredPhone': 'Informe seu número de celular para receber mensagens SMS',
  'optin.chooseChannel': 'Escolha pelo menos uma forma de contato',
  'unsubscribe.title': 'Suas preferências de comunicação',
  'unsubscribe.text':
    'Escolha o que você não quer mais receber. As alterações valem imediatamente.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Correios',
  'unsubscribe.status.granted': 'Inscrito',
  'unsubscribe.status.denied': 'Inscrição cancelada',
  'unsubscribe.status.pending': 'Aguardando confirmação',
  'unsubscribe.status.unknown': 'Não inscrito',
  'unsubscribe.topic': 'Cancelar inscrição em “{topic}”',
  'unsubscribe.channelAll.email': 'Cancelar a inscrição em todos os e-mails',
  'unsubscribe.channelAll.sms': 'Cancelar a inscrição em todas as mensagens SMS',
  'unsubscribe.channelAll.post': 'Não receber mais marketing pelos Correios',
  'unsubscribe.everything': 'Cancelar todas as inscrições',
  'unsubscribe.done.email': 'Você não receberá mais e-mails de marketing nossos.',
  'unsubscribe.done.sms': 'Você não receberá mais mensagens SMS de marketing nossas.',
  'unsubscribe.done.post': 'Não enviaremos mais marketing pelos Correios para você.',
  'unsubscribe.doneTopic': 'Sua inscrição em “{topic}” foi cancelada.',
  'unsubscribe.undo': 'Desfazer',
  'unsubscribe.undone.email': 'Você voltará a receber nossos e-mails de marketing.',
  'unsubscribe.undone.sms': 'Você voltará a receber nossas mensagens SMS de marketing.',
  'unsubscribe.undone.post': 'Poderemos voltar a enviar marketing pelos Correios para você.',
  'unsubscribe.undoneTopic': 'Sua inscrição em “{topic}” foi restaurada.',
  'unsubscribe.invalidToken':
    'Este link não é válido. Talvez ele tenha sido copiado incorretamente.',
  'unsubscribe.expiredToken': 'Este link expirou.',
  'unsubscribe.requestLink':
    'Use o link da nossa mensagem mais recente ou entre em contato conosco para receber um novo.',
  'unsubscribe.loading': 'Carregando suas preferências…',
  'unsubscribe.error':
    'Desculpe, não foi possível carregar suas preferências. Tente novamente mais tarde.',
  'unsubscribe.nothing': 'Você não tem nenhuma inscrição.',
  'unsubscribe.for': 'Preferências de {contact}',
  'unsubscribe.status.postDefault': 'Enviado, a menos que você se oponha',
  'unsubscribe.doneEverything': 'Todas as suas inscrições foram canceladas.',
  'unsubscribe.undoneEverything': 'Suas inscrições foram restauradas.',
  'unsubscribe.retry': 'Tentar novamente',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Seus dados',
  'rights.text.email':
    'Peça uma cópia dos dados de consentimento que mantemos sobre você, ou a eliminação deles. Enviamos um link por e-mail para você confirmar que a solicitação é sua.',
  'rights.text.phone':
    'Peça uma cópia dos dados de consentimento que mantemos sobre você, ou a eliminação deles. Enviamos um link por SMS para você confirmar que a solicitação é sua.',
  'rights.legend': 'O que você quer?',
  'rights.access': 'Receber uma cópia dos meus dados',
  'rights.erasure': 'Excluir meus dados',
  'rights.submit': 'Enviar solicitação',
  'rights.sending': 'Enviando…',
  'rights.chooseOne': 'Escolha o que você quer.',
  'rights.sent.email':
    'Confira sua caixa de entrada: enviamos um link para {email}. Sua solicitação começa quando você abrir o link.',
  'rights.sent.sms':
    'Confira suas mensagens de texto: enviamos um link para {phone}. Sua solicitação começa quando você abrir o link.',
  'rights.failed': 'Não foi possível enviar a solicitação. Tente de novo mais tarde.',
  'rights.another': 'Fazer outra solicitação',
  'banner.purposes':
    'Com o seu consentimento, também gostaríamos de usar cookies opcionais para estas finalidades: {purposes}.',
  'banner.objection':
    'Já medimos como o site é usado ({categories}), o que a lei permite, a menos que você se oponha. Para se opor, escolha “{reject}”.',
  'banner.controller': '{controller} é responsável pelo uso dos seus dados neste site.',
  'preferences.cookieProvider': 'Fornecedor',
  'preferences.ownCookie': 'Lembra suas escolhas de cookies',
  'optin.softStatement':
    'Como você já é nosso cliente ou apoiador, podemos enviar novidades sobre produtos, serviços ou causas semelhantes. Marque uma caixa se não quiser isso. Toda mensagem traz um link para cancelar a inscrição.',
  'optin.softOptOut.email': 'Não quero receber e-mails de marketing',
  'optin.softOptOut.sms': 'Não quero receber SMS de marketing',
  'optin.chooseTopic': 'Escolha pelo menos um tema',
  'list.two': '{0} e {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} e {1}',
};

export default ptBR;

import type { Messages } from './en.js';

/** Portuguese (Português). */
export const pt: Messages = {
  'banner.title': 'Utilizamos cookies',
  'banner.text':
    'Utilizamos cookies necessários para que este site funcione. Pode alterar as suas escolhas a qualquer momento.',
  'banner.label': 'Consentimento de cookies',
  'actions.acceptAll': 'Aceitar todos',
  'actions.rejectAll': 'Rejeitar todos',
  'actions.manage': 'Gerir preferências',
  'actions.save': 'Guardar escolhas',
  'actions.close': 'Fechar',
  'links.privacyPolicy': 'Política de privacidade',
  'banner.accepted':
    'Aceitou os cookies adicionais. Pode alterar as suas definições de cookies em qualquer momento.',
  'banner.rejected':
    'Rejeitou os cookies adicionais. Pode alterar as suas definições de cookies em qualquer momento.',
  'banner.hideMessage': 'Ocultar esta mensagem',
  'preferences.title': 'Preferências de cookies',
  'preferences.text':
    'Escolha os cookies que podemos utilizar. Os cookies necessários estão sempre ativos, porque o site não pode funcionar sem eles. As suas escolhas aplicam-se a este site e pode alterá-las a qualquer momento.',
  'preferences.alwaysOn': 'Sempre ativos',
  'preferences.objection': 'Ativado, salvo se se opuser. Desative-o para se opor.',
  'preferences.services': 'Serviços',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Nome',
  'preferences.cookieDuration': 'Duração',
  'preferences.cookiePurpose': 'Finalidade',
  'preferences.details': 'Detalhes',
  'preferences.detailsFor': 'Detalhes sobre {service}',
  'preferences.serviceSwitch': 'Permitir {service}',
  'preferences.gpcNotice':
    'O seu navegador envia um sinal Global Privacy Control, pelo que os cookies de marketing permanecem desativados, a menos que os ative aqui.',
  'category.necessary.title': 'Necessários',
  'category.necessary.description':
    'Indispensáveis para o funcionamento do site, por exemplo para memorizar as suas escolhas de cookies e manter a sua sessão iniciada. Não podem ser desativados.',
  'category.functional.title': 'Funcionais',
  'category.functional.description':
    'Memorizam as escolhas que faz, como o idioma ou a região, para lhe proporcionar uma experiência mais personalizada.',
  'category.analytics.title': 'Analíticos',
  'category.analytics.description':
    'Ajudam-nos a compreender como os visitantes utilizam o site, por exemplo quais as páginas mais visitadas, para o podermos melhorar. A informação é recolhida de forma agregada.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Utilizados por nós e pelos nossos parceiros para lhe mostrar conteúdos e anúncios relevantes neste e noutros sites, e para medir a sua eficácia.',
  'trigger.label': 'Definições de cookies',
  'trigger.tooltip': 'Alterar as suas escolhas de cookies',
  'embed.title': 'O conteúdo de {service} está bloqueado',
  'embed.text':
    'Este conteúdo é fornecido por {service}, que pode definir cookies da categoria «{category}». Não é apresentado porque não o permitiu.',
  'embed.allow': 'Permitir e carregar',
  'embed.settings': 'Definições de cookies',
  'embed.scope': 'Só {service} será permitido.',
  'embed.unknown':
    'Este conteúdo está bloqueado até permitir os cookies da categoria «{category}».',
  'optin.title': 'Mantenha-se em contacto',
  'optin.statement':
    'Escolha como pretende receber notícias nossas. Cada mensagem inclui uma ligação para cancelar a subscrição, e pode retirar o seu consentimento a qualquer momento.',
  'optin.channel.email': 'Quero receber notícias e novidades por e-mail',
  'optin.channel.sms': 'Quero receber mensagens SMS',
  'optin.channel.post': 'Não quero receber comunicações de marketing por correio postal',
  'optin.topics': 'Temas',
  'optin.emailLabel': 'Endereço de e-mail',
  'optin.phoneLabel': 'Número de telemóvel',
  'optin.submit': 'Subscrever',
  'optin.success': 'Obrigado. As suas escolhas foram registadas.',
  'optin.pending':
    'Está quase: consulte a sua caixa de correio e siga a ligação para confirmar a sua subscrição.',
  'optin.error': 'Lamentamos, ocorreu um erro. Tente novamente.',
  'optin.invalidEmail':
    'Introduza um endereço de e-mail no formato correto, por exemplo name@example.com',
  'optin.invalidPhone':
    'Introduza um número de telemóvel no formato correto, por exemplo {example}',
  'optin.requiredEmail': 'Introduza o seu endereço de e-mail para receber e-mails',
  'optin.requiredPhone': 'Introduza o seu número de telemóvel para receber mensagens SMS',
  'optin.chooseChannel': 'Escolha pelo menos um meio de contacto',
  'unsubscribe.title': 'As suas preferências de comunicação',
  'unsubscribe.text':
    'Escolha o que já não pretende receber. As alterações aplicam-se de imediato.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Correio postal',
  'unsubscribe.status.granted': 'Subscrito',
  'unsubscribe.status.denied': 'Subscrição cancelada',
  'unsubscribe.status.pending': 'A aguardar confirmação',
  'unsubscribe.status.unknown': 'Não subscrito',
  'unsubscribe.topic': 'Cancelar a subscrição de «{topic}»',
  'unsubscribe.everything': 'Cancelar todas as subscrições',
  'unsubscribe.undo': 'Anular',
  'unsubscribe.invalidToken': 'Esta ligação não é válida. Pode não ter sido copiada corretamente.',
  'unsubscribe.expiredToken': 'Esta ligação expirou.',
  'unsubscribe.requestLink':
    'Utilize a ligação da nossa mensagem mais recente ou contacte-nos para obter uma nova.',
  'unsubscribe.loading': 'A carregar as suas preferências…',
  'unsubscribe.error':
    'Lamentamos, não foi possível carregar as suas preferências. Tente novamente mais tarde.',
  'unsubscribe.nothing': 'Não tem nenhuma subscrição.',
  'unsubscribe.for': 'Preferências de {contact}',
  'unsubscribe.status.postDefault': 'Enviado, salvo se se opuser',
  'unsubscribe.doneEverything': 'A sua subscrição de todas as comunicações foi cancelada.',
  'unsubscribe.undoneEverything': 'As suas subscrições foram repostas.',
  'unsubscribe.retry': 'Tentar novamente',
  'preferences.sessionCookie': 'Até fechar o navegador',
  'unsubscribe.channelAll.email': 'Cancelar a subscrição de todos os e-mails',
  'unsubscribe.channelAll.sms': 'Cancelar a subscrição de todas as mensagens SMS',
  'unsubscribe.channelAll.post': 'Deixar de receber publicidade por correio postal',
  'unsubscribe.done.email': 'Deixará de receber e-mails promocionais nossos.',
  'unsubscribe.done.sms': 'Deixará de receber mensagens SMS promocionais nossas.',
  'unsubscribe.done.post': 'Deixaremos de lhe enviar publicidade por correio postal.',
  'unsubscribe.doneTopic': 'A sua subscrição de «{topic}» foi cancelada.',
  'unsubscribe.undone.email': 'Voltará a receber os nossos e-mails promocionais.',
  'unsubscribe.undone.sms': 'Voltará a receber as nossas mensagens SMS promocionais.',
  'unsubscribe.undone.post': 'Poderemos voltar a enviar-lhe publicidade por correio postal.',
  'unsubscribe.undoneTopic': 'A sua subscrição de «{topic}» foi reposta.',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Os seus dados',
  'rights.text.email':
    'Peça uma cópia dos dados de consentimento que guardamos sobre si, ou o seu apagamento. Enviamos-lhe por e-mail uma ligação para confirmar que o pedido é seu.',
  'rights.text.phone':
    'Peça uma cópia dos dados de consentimento que guardamos sobre si, ou o seu apagamento. Enviamos-lhe por SMS uma ligação para confirmar que o pedido é seu.',
  'rights.legend': 'O que pretende?',
  'rights.access': 'Obter uma cópia dos meus dados',
  'rights.erasure': 'Apagar os meus dados',
  'rights.submit': 'Enviar pedido',
  'rights.sending': 'A enviar…',
  'rights.chooseOne': 'Escolha o que pretende.',
  'rights.sent.email':
    'Consulte a sua caixa de correio: enviámos uma ligação para {email}. O seu pedido começa quando a abrir.',
  'rights.sent.sms':
    'Consulte as suas mensagens: enviámos uma ligação para {phone}. O seu pedido começa quando a abrir.',
  'rights.failed': 'Não foi possível enviar o pedido. Tente novamente mais tarde.',
  'rights.another': 'Fazer outro pedido',
  'banner.purposes':
    'Com o seu consentimento, gostaríamos também de utilizar cookies opcionais para as seguintes finalidades: {purposes}.',
  'banner.objection':
    'Já medimos a forma como o site é utilizado ({categories}), o que a lei permite, a menos que se oponha. Para se opor, escolha «{reject}».',
  'banner.controller':
    'A entidade responsável pela utilização dos seus dados neste site é {controller}.',
  'preferences.cookieProvider': 'Fornecedor',
  'preferences.ownCookie': 'Memoriza as suas escolhas de cookies',
  'optin.softStatement':
    'Como já é nosso cliente ou apoiante, podemos enviar-lhe novidades sobre produtos, serviços ou causas semelhantes. Assinale uma caixa se não o pretender. Todas as mensagens incluem uma ligação para cancelar a subscrição.',
  'optin.softOptOut.email': 'Não pretendo receber e-mails de marketing',
  'optin.softOptOut.sms': 'Não pretendo receber SMS de marketing',
  'optin.chooseTopic': 'Escolha pelo menos um tema',
  'list.two': '{0} e {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} e {1}',
};

export default pt;

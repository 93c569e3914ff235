import type { PageMessages } from './en.js';

/** French (Français). */
export const fr: PageMessages = {
  'page.unsubscribe.title': 'Se désabonner',
  'page.unsubscribe.ask.email': 'Ne plus envoyer d’e-mails commerciaux à {contact} ?',
  'page.unsubscribe.ask.sms': 'Ne plus envoyer de SMS commerciaux à {contact} ?',
  'page.unsubscribe.ask.post':
    'Ne plus envoyer de publicité par courrier au titulaire de {contact} ?',
  'page.unsubscribe.askTopic': 'Ne plus envoyer « {topic} » à {contact} ?',
  'page.unsubscribe.button': 'Me désabonner',
  'page.unsubscribed.title': 'Vous êtes désabonné(e)',
  'page.unsubscribed.email': '{contact} ne recevra plus d’e-mails commerciaux de notre part.',
  'page.unsubscribed.sms': '{contact} ne recevra plus de SMS commerciaux de notre part.',
  'page.unsubscribed.post':
    'Nous n’enverrons plus de publicité par courrier au titulaire de {contact}.',
  'page.unsubscribed.topic': '{contact} ne recevra plus « {topic} ».',
  'page.confirm.title': 'Confirmez votre abonnement',
  'page.confirm.text':
    'Veuillez confirmer que {contact} doit recevoir les e-mails auxquels cette adresse a été inscrite.',
  'page.confirm.button': 'Confirmer l’abonnement',
  'page.confirmed.title': 'Merci',
  'page.confirmed.text': 'Votre abonnement est confirmé.',
  'page.nothing.title': 'Rien à confirmer',
  'page.nothing.text': 'Aucun abonnement n’est en attente de confirmation.',
  'error.expired': 'Ce lien n’est plus valide.',
  'error.wrongPage': 'Ce lien n’est pas destiné à cette page.',
  'error.invalid': 'Ce lien n’est pas valide. Il a peut-être été mal copié.',
  'error.requestLink':
    'Veuillez utiliser le lien figurant dans notre message le plus récent, ou contactez-nous pour en obtenir un nouveau.',
};

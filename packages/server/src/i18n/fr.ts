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
  'page.request.title': 'Confirmez votre demande',
  'page.request.ask.access': 'Veuillez confirmer que vous avez demandé une copie de vos données.',
  'page.request.ask.erasure':
    'Veuillez confirmer que vous avez demandé la suppression de vos données.',
  'page.request.button': 'Confirmer ma demande',
  'page.request.expired': 'Ce lien a expiré. Veuillez refaire la demande.',
  'page.request.invalid': 'Ce lien n’est pas valide.',
  'page.request.confirmed.title': 'Demande confirmée',
  'page.request.already':
    'Cette demande est déjà confirmée. Nous vous répondrons dans un délai d’un mois.',
  'page.request.done': 'Votre demande est confirmée. Nous vous répondrons dans un délai d’un mois.',
  'page.request.sent.email':
    'Consultez votre boîte de réception : suivez le lien du message que nous avons envoyé pour confirmer la demande.',
  'page.request.sent.sms':
    'Consultez vos SMS : suivez le lien que nous avons envoyé pour confirmer la demande.',
};

import type { Messages } from './en.js';

/** French (Français). */
export const fr: Messages = {
  'banner.title': 'Nous utilisons des cookies',
  'banner.text':
    'Nous utilisons des cookies nécessaires au fonctionnement de ce site. Vous pouvez modifier vos choix à tout moment.',
  'banner.label': 'Consentement aux cookies',
  'actions.acceptAll': 'Tout accepter',
  'actions.rejectAll': 'Tout refuser',
  'actions.manage': 'Gérer les préférences',
  'actions.save': 'Enregistrer mes choix',
  'actions.close': 'Fermer',
  'links.privacyPolicy': 'Politique de confidentialité',
  'banner.accepted':
    'Vous avez accepté les cookies supplémentaires. Vous pouvez modifier vos paramètres de cookies à tout moment.',
  'banner.rejected':
    'Vous avez refusé les cookies supplémentaires. Vous pouvez modifier vos paramètres de cookies à tout moment.',
  'banner.hideMessage': 'Masquer ce message',
  'preferences.title': 'Préférences en matière de cookies',
  'preferences.text':
    'Choisissez les cookies que nous pouvons utiliser. Les cookies nécessaires sont toujours activés, car le site ne peut pas fonctionner sans eux. Vos choix s’appliquent à ce site et vous pouvez les modifier à tout moment.',
  'preferences.alwaysOn': 'Toujours activés',
  'preferences.objection': 'Activé sauf si vous vous y opposez. Désactivez-le pour vous y opposer.',
  'preferences.services': 'Services',
  'preferences.cookies': 'Cookies',
  'preferences.cookieName': 'Nom',
  'preferences.cookieDuration': 'Durée',
  'preferences.cookiePurpose': 'Finalité',
  'preferences.details': 'Détails',
  'preferences.detailsFor': 'Détails sur {service}',
  'preferences.serviceSwitch': 'Autoriser {service}',
  'preferences.gpcNotice':
    'Votre navigateur envoie un signal Global Privacy Control : les cookies marketing restent donc désactivés, sauf si vous les activez ici.',
  'category.necessary.title': 'Nécessaires',
  'category.necessary.description':
    'Indispensables au fonctionnement du site, par exemple pour mémoriser vos choix en matière de cookies et maintenir votre connexion. Ils ne peuvent pas être désactivés.',
  'category.functional.title': 'Fonctionnels',
  'category.functional.description':
    'Mémorisent les choix que vous faites, comme votre langue ou votre région, afin de vous offrir une expérience plus personnalisée.',
  'category.analytics.title': 'Mesure d’audience',
  'category.analytics.description':
    'Nous aident à comprendre comment les visiteurs utilisent le site, par exemple quelles pages sont les plus consultées, afin de l’améliorer. Les informations sont collectées de manière agrégée.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'Utilisés par nous et nos partenaires pour vous présenter des contenus et des publicités pertinents sur ce site et sur d’autres, et pour mesurer leur efficacité.',
  'trigger.label': 'Paramètres des cookies',
  'trigger.tooltip': 'Modifier vos choix en matière de cookies',
  'embed.title': 'Le contenu fourni par {service} est bloqué',
  'embed.text':
    'Ce contenu est fourni par {service}, qui peut déposer des cookies de la catégorie « {category} ». Il n’est pas affiché, car vous ne l’avez pas autorisé.',
  'embed.allow': 'Autoriser et charger',
  'embed.settings': 'Paramètres des cookies',
  'embed.scope': 'Seul {service} sera autorisé.',
  'embed.unknown':
    'Ce contenu est bloqué tant que vous n’autorisez pas les cookies de la catégorie « {category} ».',
  'optin.title': 'Restons en contact',
  'optin.statement':
    'Choisissez comment vous souhaitez recevoir nos communications. Chaque message contient un lien de désabonnement, et vous pouvez retirer votre consentement à tout moment.',
  'optin.channel.email': 'Je souhaite recevoir les actualités et informations par e-mail',
  'optin.channel.sms': 'Je souhaite recevoir des SMS',
  'optin.channel.post': 'Je ne souhaite pas recevoir de communications marketing par courrier',
  'optin.topics': 'Thèmes',
  'optin.emailLabel': 'Adresse e-mail',
  'optin.phoneLabel': 'Numéro de téléphone mobile',
  'optin.submit': 'S’inscrire',
  'optin.success': 'Merci. Vos choix ont été enregistrés.',
  'optin.pending':
    'Presque terminé : consultez votre boîte de réception et suivez le lien pour confirmer votre abonnement.',
  'optin.error': 'Nous sommes désolés, une erreur s’est produite. Veuillez réessayer.',
  'optin.invalidEmail': 'Saisissez une adresse e-mail au bon format, par exemple name@example.com',
  'optin.invalidPhone': 'Saisissez un numéro de mobile au bon format, par exemple {example}',
  'optin.requiredEmail': 'Saisissez votre adresse e-mail pour recevoir des e-mails',
  'optin.requiredPhone': 'Saisissez votre numéro de mobile pour recevoir des SMS',
  'optin.chooseChannel': 'Choisissez au moins un moyen par lequel nous pouvons vous contacter',
  'unsubscribe.title': 'Vos préférences de communication',
  'unsubscribe.text':
    'Choisissez ce que vous ne souhaitez plus recevoir. Les modifications s’appliquent immédiatement.',
  'unsubscribe.channel.email': 'E-mail',
  'unsubscribe.channel.sms': 'SMS',
  'unsubscribe.channel.post': 'Courrier',
  'unsubscribe.status.granted': 'Abonnement actif',
  'unsubscribe.status.denied': 'Désabonnement effectué',
  'unsubscribe.status.pending': 'En attente de confirmation',
  'unsubscribe.status.unknown': 'Aucun abonnement',
  'unsubscribe.topic': 'Me désabonner de « {topic} »',
  'unsubscribe.everything': 'Se désabonner de tout',
  'unsubscribe.undo': 'Annuler',
  'unsubscribe.invalidToken': 'Ce lien n’est pas valide. Il a peut-être été mal copié.',
  'unsubscribe.expiredToken': 'Ce lien a expiré.',
  'unsubscribe.requestLink':
    'Veuillez utiliser le lien figurant dans notre message le plus récent, ou contactez-nous pour en obtenir un nouveau.',
  'unsubscribe.loading': 'Chargement de vos préférences…',
  'unsubscribe.error':
    'Nous sommes désolés, nous n’avons pas pu charger vos préférences. Veuillez réessayer plus tard.',
  'unsubscribe.nothing': 'Vous n’avez aucun abonnement.',
  'unsubscribe.for': 'Préférences pour {contact}',
  'unsubscribe.status.postDefault': 'Envoyé sauf si vous vous y opposez',
  'unsubscribe.doneEverything': 'Votre désabonnement de tous les envois a bien été pris en compte.',
  'unsubscribe.undoneEverything': 'Vos abonnements ont été rétablis.',
  'unsubscribe.retry': 'Réessayer',
  'preferences.sessionCookie': 'Jusqu’à la fermeture de votre navigateur',
  'unsubscribe.channelAll.email': 'Me désabonner de tous les e-mails',
  'unsubscribe.channelAll.sms': 'Me désabonner de tous les SMS',
  'unsubscribe.channelAll.post': 'Ne plus recevoir de publicité par courrier',
  'unsubscribe.done.email': 'Vous ne recevrez plus d’e-mails commerciaux de notre part.',
  'unsubscribe.done.sms': 'Vous ne recevrez plus de SMS commerciaux de notre part.',
  'unsubscribe.done.post': 'Nous ne vous enverrons plus de publicité par courrier.',
  'unsubscribe.doneTopic': 'Vous êtes désabonné(e) de « {topic} ».',
  'unsubscribe.undone.email': 'Vous recevrez de nouveau nos e-mails commerciaux.',
  'unsubscribe.undone.sms': 'Vous recevrez de nouveau nos SMS commerciaux.',
  'unsubscribe.undone.post': 'Nous pourrons de nouveau vous envoyer de la publicité par courrier.',
  'unsubscribe.undoneTopic': 'Votre abonnement à « {topic} » a été rétabli.',
  // Data-subject requests (<assent-rights>)
  'rights.title': 'Vos données',
  'rights.text.email':
    'Demandez une copie des données de consentement que nous détenons sur vous, ou leur effacement. Nous vous envoyons par e-mail un lien pour confirmer que la demande vient bien de vous.',
  'rights.text.phone':
    'Demandez une copie des données de consentement que nous détenons sur vous, ou leur effacement. Nous vous envoyons par SMS un lien pour confirmer que la demande vient bien de vous.',
  'rights.legend': 'Que souhaitez-vous ?',
  'rights.access': 'Obtenir une copie de mes données',
  'rights.erasure': 'Effacer mes données',
  'rights.submit': 'Envoyer la demande',
  'rights.sending': 'Envoi…',
  'rights.chooseOne': 'Choisissez ce que vous souhaitez.',
  'rights.sent.email':
    'Consultez votre boîte de réception : nous avons envoyé un lien à {email}. Votre demande commence dès que vous l’ouvrez.',
  'rights.sent.sms':
    'Consultez vos SMS : nous avons envoyé un lien au {phone}. Votre demande commence dès que vous l’ouvrez.',
  'rights.failed': 'La demande n’a pas pu être envoyée. Veuillez réessayer plus tard.',
  'rights.another': 'Faire une autre demande',
  'banner.purposes':
    'Avec votre consentement, nous souhaitons également utiliser des cookies facultatifs aux fins suivantes : {purposes}.',
  'banner.objection':
    'Nous mesurons déjà l’utilisation du site ({categories}), ce que la loi permet tant que vous ne vous y opposez pas. Pour vous y opposer, choisissez « {reject} ».',
  'banner.controller': '{controller} est responsable de l’utilisation de vos données sur ce site.',
  'preferences.cookieProvider': 'Fournisseur',
  'preferences.ownCookie': 'Mémorise vos choix en matière de cookies',
  'optin.softStatement':
    'Comme vous êtes déjà client ou soutien, nous pouvons vous envoyer des nouvelles sur des produits, services ou causes similaires. Cochez une case si vous ne le souhaitez pas. Chaque message contient un lien de désabonnement.',
  'optin.softOptOut.email': 'Je ne souhaite pas recevoir d’e-mails commerciaux',
  'optin.softOptOut.sms': 'Je ne souhaite pas recevoir de SMS commerciaux',
  'optin.chooseTopic': 'Choisissez au moins un sujet',
  'list.two': '{0} et {1}',
  'list.start': '{0}, {1}',
  'list.middle': '{0}, {1}',
  'list.end': '{0} et {1}',
};

export default fr;

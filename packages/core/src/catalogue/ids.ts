/**
 * The id of every catalogued service, apart from their data: enough to tell whether a config
 * needs the catalogue at all (a site that describes only its own services never fetches it).
 * Kept equal to the catalogue's keys by a test.
 */
export const CATALOGUE_IDS: readonly string[] =
  'google-analytics google-tag-manager microsoft-clarity hotjar matomo plausible yandex-metrica adobe-analytics segment mixpanel amplitude heap fullstory crazy-egg google-ads meta-pixel linkedin-insight tiktok-pixel x-pixel pinterest-tag snapchat-pixel microsoft-advertising hubspot mailchimp youtube vimeo google-maps spotify soundcloud instagram facebook x-embed calendly typeform disqus recaptcha hcaptcha cloudflare-turnstile cloudflare intercom zendesk stripe paypal google-fonts'.split(
    ' ',
  );

/** Whether a config's `services` (as the page wrote them) names any catalogued service. */
export function namesCatalogued(services: unknown): boolean {
  return (
    typeof services === 'object' &&
    services !== null &&
    Object.keys(services).some((id) => CATALOGUE_IDS.includes(id))
  );
}

import { Webhook } from 'standardwebhooks';

/** Where webhooks go and the key they are signed with. */
export interface WebhookConfig {
  url: string;
  /** `whsec_<base64>` (the Standard Webhooks spelling). */
  secret: string;
}

/**
 * Checks ASSENT_WEBHOOK_URL / ASSENT_WEBHOOK_SECRET: both or neither, an http(s) URL, and a
 * `whsec_` secret of at least 16 random bytes. Throws an error naming the setting.
 */
export function parseWebhookConfig(url?: string, secret?: string): WebhookConfig | undefined {
  if (!url && !secret) return undefined;
  if (!url) throw new Error('ASSENT_WEBHOOK_URL is required when ASSENT_WEBHOOK_SECRET is set.');
  if (!secret) {
    throw new Error(
      'ASSENT_WEBHOOK_SECRET is required with ASSENT_WEBHOOK_URL (whsec_ followed by base64).',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('ASSENT_WEBHOOK_URL is not a URL.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error('ASSENT_WEBHOOK_URL must be an http:// or https:// URL.');
  }
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret);
  if (!match || Buffer.from(match[1]!, 'base64').length < 16) {
    throw new Error(
      'ASSENT_WEBHOOK_SECRET must be whsec_ followed by at least 16 bytes in base64 (e.g. whsec_$(openssl rand -base64 32)).',
    );
  }
  new Webhook(secret); // the library's own check
  return { url: parsed.href, secret };
}

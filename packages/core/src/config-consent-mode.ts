/**
 * Google Consent Mode v2 as the config speaks of it: its consent types, which categories grant
 * each by default, and how a checked `googleConsentMode` value applies to those defaults. Kept
 * apart from the field table so the early Consent Mode tag carries these and nothing else.
 */
import type { ConsentModeConfig } from './config.js';

/** Google Consent Mode v2 consent types. */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'analytics_storage',
  'ad_user_data',
  'ad_personalization',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/**
 * Which categories grant each Consent Mode type by default.
 * @remarks `security_storage` is tied to `necessary`, so it is always granted.
 */
export const DEFAULT_CONSENT_MODE_MAPPING: Record<(typeof CONSENT_MODE_TYPES)[number], string[]> = {
  ad_storage: ['marketing'],
  ad_user_data: ['marketing'],
  ad_personalization: ['marketing'],
  analytics_storage: ['analytics'],
  functionality_storage: ['functional'],
  personalization_storage: ['functional'],
  security_storage: ['necessary'],
};

/** The `googleConsentMode` field as written in config, once its shape has been checked. */
export type ConsentModeInput =
  | boolean
  | {
      mapping?: Partial<Record<(typeof CONSENT_MODE_TYPES)[number], string[]>>;
      region?: string[];
      waitForUpdate?: number;
      urlPassthrough?: boolean;
      adsDataRedaction?: boolean;
    };

/** Applies a checked `googleConsentMode` value to the defaults (`true` keeps them, enabled). */
export function resolveConsentMode(
  base: ConsentModeConfig,
  value: ConsentModeInput,
): ConsentModeConfig {
  if (typeof value === 'boolean') return { ...base, enabled: value };
  return {
    ...base,
    enabled: true,
    mapping: { ...base.mapping, ...value.mapping },
    region: value.region,
    waitForUpdate: value.waitForUpdate ?? base.waitForUpdate,
    urlPassthrough: value.urlPassthrough ?? false,
    adsDataRedaction: value.adsDataRedaction ?? false,
  };
}

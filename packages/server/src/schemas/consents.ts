/** POST /v1/consents: the sync protocol, whose schema is the one wire protocol in core. */
export { consentEventSchema as consentEvent, MAX_EVENTS_PER_BATCH } from '@assent/core/protocol';
import { consentsRequestSchema } from '@assent/core/protocol';

export const postConsents = { body: consentsRequestSchema } as const;

/** Building blocks shared by the route schemas; the wire's own come from core's protocol. */
import {
  CHANNELS,
  emailSchema,
  ID_PATTERN,
  phoneSchema,
  topicsSchema,
  uuidSchema,
} from '@assent/core/protocol';

export const CHANNEL_NAMES = [...CHANNELS];

export const channel = { type: 'string', enum: CHANNEL_NAMES } as const;

/** Topic and category ids: short, no spaces, nothing that needs escaping anywhere. */
export const idPattern = ID_PATTERN;

/** A UUID in plain hex-and-dashes form (PostgreSQL's uuid type refuses `urn:uuid:…`). */
export const uuid = uuidSchema;

export const topics = topicsSchema;

export const email = emailSchema;
export const phone = phoneSchema;

/** `{ email }` or `{ phone }`, exactly one. */
export const oneContact = {
  type: 'object',
  properties: { email, phone },
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
} as const;

/** Signed tokens are URL-safe base64 with dots. */
export const token = { type: 'string', minLength: 1, maxLength: 1024 } as const;

export const errorResponse = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
} as const;

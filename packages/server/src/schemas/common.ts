/** Building blocks shared by the route schemas. */
export const CHANNEL_NAMES = ['email', 'sms', 'post'];

export const channel = { type: 'string', enum: CHANNEL_NAMES } as const;

/** Topic and category ids: short, no spaces, nothing that needs escaping anywhere. */
export const idPattern = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$';

/**
 * A UUID in plain hex-and-dashes form. The `uuid` format alone also admits `urn:uuid:…`,
 * which PostgreSQL's uuid type refuses: the insert would fail (5xx, retried forever) instead
 * of the request being answered 400.
 */
export const uuid = {
  type: 'string',
  format: 'uuid',
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
} as const;

export const topics = {
  type: 'array',
  maxItems: 50,
  uniqueItems: true,
  items: { type: 'string', pattern: idPattern },
} as const;

export const email = { type: 'string', format: 'email', maxLength: 254 } as const;
export const phone = { type: 'string', pattern: '^\\+?[0-9][0-9 ().-]{5,23}$' } as const;

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

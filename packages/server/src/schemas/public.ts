/** Schemas of the public (token or subject authorised) routes. */
import { channel, token, topics } from './common.js';

export const getSubject = {
  params: {
    type: 'object',
    required: ['subject'],
    properties: { subject: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' } },
  },
} as const;

export const tokenQuery = {
  type: 'object',
  properties: { token },
  additionalProperties: true,
} as const;

export const getPreferences = {
  querystring: { ...tokenQuery, required: ['token'] },
} as const;

export const postPreferences = {
  querystring: tokenQuery,
  body: {
    type: 'object',
    required: ['changes'],
    properties: {
      token,
      changes: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          required: ['channel', 'status'],
          properties: { channel, topics, status: { type: 'string', enum: ['granted', 'denied'] } },
          additionalProperties: false,
        },
      },
      wording: { type: 'string', maxLength: 8000 },
      locale: { type: 'string', maxLength: 35 },
    },
    additionalProperties: false,
  },
} as const;

/** RFC 8058 sends `List-Unsubscribe=One-Click` as a form; any body is accepted and ignored. */
export const postUnsubscribe = {
  querystring: { ...tokenQuery, required: ['token'] },
} as const;

export const tokenPage = {
  querystring: tokenQuery,
} as const;

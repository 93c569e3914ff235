/** Schemas of the admin routes (Bearer ASSENT_ADMIN_TOKEN). */
import { channel, idPattern, oneContact, uuid } from './common.js';

export const getOptins = {
  querystring: {
    type: 'object',
    required: ['channel'],
    properties: { channel, topic: { type: 'string', pattern: idPattern } },
    additionalProperties: false,
  },
} as const;

export const postTokens = {
  body: {
    type: 'object',
    required: ['contact'],
    properties: {
      contact: oneContact,
      scope: {
        type: 'object',
        properties: { channel, topic: { type: 'string', pattern: idPattern } },
        additionalProperties: false,
      },
      ttlDays: { type: 'integer', minimum: 1, maximum: 3650 },
    },
    additionalProperties: false,
  },
} as const;

export const deleteContacts = {
  body: oneContact,
} as const;

export const searchContacts = {
  querystring: {
    type: 'object',
    required: ['q'],
    properties: { q: { type: 'string', minLength: 1, maxLength: 254 } },
    additionalProperties: false,
  },
} as const;

export const contactHistory = {
  params: {
    type: 'object',
    required: ['id'],
    properties: { id: uuid },
  },
} as const;

/** Schemas of the admin routes (Bearer admin tokens; see admin/access.ts). */
import { channel, idPattern, oneContact, uuid } from './common.js';

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const status = { type: 'string', enum: ['granted', 'denied', 'pending'] } as const;
const topic = { type: 'string', pattern: idPattern } as const;
const count = (maximum: number) =>
  ({ type: 'string', pattern: '^[0-9]{1,9}$', maxLength: String(maximum).length }) as const;

export const getOptins = {
  querystring: {
    type: 'object',
    required: ['channel'],
    properties: { channel, topic },
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
        properties: { channel, topic },
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

export const listContacts = {
  querystring: {
    type: 'object',
    properties: {
      q: { type: 'string', maxLength: 254 },
      channel,
      topic,
      status,
      from: date,
      to: date,
      limit: count(500),
      cursor: { type: 'string', maxLength: 2048 },
    },
    additionalProperties: false,
  },
} as const;

export const getStats = {
  querystring: {
    type: 'object',
    properties: { from: date, to: date },
    additionalProperties: false,
  },
} as const;

export const getLedger = {
  querystring: {
    type: 'object',
    properties: { after: { type: 'string', pattern: '^[0-9]{1,18}$' }, limit: count(1e9) },
    additionalProperties: false,
  },
} as const;

export const getAudit = {
  querystring: {
    type: 'object',
    properties: { limit: count(500), before: { type: 'string', pattern: '^[0-9]{1,18}$' } },
    additionalProperties: false,
  },
} as const;

export const postImport = {
  querystring: {
    type: 'object',
    properties: { dryRun: { type: 'string', enum: ['true', 'false', '1', '0'] } },
    additionalProperties: false,
  },
} as const;

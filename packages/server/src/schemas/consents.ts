/** POST /v1/consents: the sync protocol (SPEC "Sync protocol"). */
import { channel, email, idPattern, phone, topics, uuid } from './common.js';

/** Batches larger than this are refused (clients split them; beacons cap at 64 KiB anyway). */
export const MAX_EVENTS_PER_BATCH = 100;

const flags = {
  type: 'object',
  maxProperties: 200,
  propertyNames: { pattern: idPattern },
  additionalProperties: { type: 'boolean' },
} as const;

const cookiesChoices = {
  type: 'object',
  required: ['categories'],
  properties: { categories: flags, services: flags },
  additionalProperties: false,
} as const;

const marketingChoices = {
  type: 'object',
  required: ['channel', 'status'],
  properties: {
    channel,
    status: { type: 'string', enum: ['granted', 'denied', 'pending'] },
    topics,
  },
  additionalProperties: false,
} as const;

const unsubscribeChoices = {
  type: 'object',
  required: ['channel'],
  properties: { channel, status: { type: 'string', const: 'denied' }, topics },
  additionalProperties: false,
} as const;

const choicesFor = (kind: string, choices: object) => ({
  if: { properties: { kind: { const: kind } }, required: ['kind'] },
  then: { properties: { choices } },
});

export const consentEvent = {
  type: 'object',
  required: ['id', 'subject', 'at', 'kind', 'method', 'choices'],
  properties: {
    id: uuid,
    // "uuid-ish": a browser's random uuid, or an application's own user id after identify().
    subject: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' },
    at: { type: 'string', format: 'date-time', maxLength: 40 },
    kind: { type: 'string', enum: ['cookies', 'marketing', 'unsubscribe'] },
    method: {
      type: 'string',
      // 'embed': "Allow and load" on a blocked-content placeholder grants one service.
      enum: ['banner', 'preferences', 'optin', 'unsubscribe', 'api', 'embed'],
    },
    revision: { type: 'string', maxLength: 64 },
    locale: { type: 'string', maxLength: 35 },
    page: { type: 'string', maxLength: 2048 },
    gpc: { type: 'boolean' },
    choices: { type: 'object' },
    wording: { type: 'string', maxLength: 8000 },
    contact: {
      type: 'object',
      properties: { email, phone },
      minProperties: 1,
      additionalProperties: false,
    },
  },
  maxProperties: 24,
  // Unknown (future) fields are kept, but only as scalars: no nesting to hide anything in.
  additionalProperties: {
    anyOf: [
      { type: 'string', maxLength: 1024 },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'null' },
    ],
  },
  allOf: [
    choicesFor('cookies', cookiesChoices),
    choicesFor('marketing', marketingChoices),
    choicesFor('unsubscribe', unsubscribeChoices),
  ],
} as const;

export const postConsents = {
  body: {
    type: 'object',
    required: ['events'],
    properties: {
      events: { type: 'array', minItems: 1, maxItems: MAX_EVENTS_PER_BATCH, items: consentEvent },
    },
    additionalProperties: false,
  },
} as const;

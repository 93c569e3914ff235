import type { KeyValueStore } from '../storage/index.js';

/** A contact (email / phone) encrypted for the outbox: AES-GCM, base64 fields. */
export interface SealedContact {
  iv: string;
  data: string;
}

/** Contact details as a marketing event carries them. */
export type Contact = { email?: string; phone?: string };

const KEY_NAME = 'outbox-key';

/**
 * The outbox's contact key: a non-extractable AES-GCM `CryptoKey` kept in IndexedDB.
 *
 * @remarks Browser storage must never hold an email or phone in the clear (HAZARDS "Browser
 * storage"), yet a marketing event must survive a closed tab with its contact. So the outbox
 * stores the contact sealed under a key that script can use but never read out, and deletes it
 * once the endpoint has acknowledged the event. Only IndexedDB can keep a `CryptoKey`; where
 * the store fell back to localStorage or memory (or there is no `crypto.subtle`), this returns
 * `undefined` and the contact stays in the page's memory only — an event sent from another
 * tab or a later page load then travels without it. Call it under the outbox lock so two tabs
 * do not mint two keys.
 */
export async function contactKey(store: KeyValueStore): Promise<CryptoKey | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle || store.kind !== 'indexeddb') return undefined;
  try {
    const stored = await store.get<unknown>(KEY_NAME);
    if (stored instanceof CryptoKey) return stored;
    const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await store.set(KEY_NAME, key);
    // The store may have stepped down to a backend that cannot keep a key: check it stuck.
    const check = await store.get<unknown>(KEY_NAME);
    return check instanceof CryptoKey ? key : undefined;
  } catch {
    return undefined;
  }
}

export async function sealContact(key: CryptoKey, contact: Contact): Promise<SealedContact> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(contact));
  const data = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The contact back, or `undefined` when the key is gone or the data was tampered with. */
export async function openContact(
  key: CryptoKey | undefined,
  sealed: SealedContact,
): Promise<Contact | undefined> {
  if (!key) return undefined;
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      key,
      fromBase64(sealed.data),
    );
    return JSON.parse(new TextDecoder().decode(plain)) as Contact;
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * The synchronous mirror: a small first-party cookie holding the committed decision, so a
 * returning visitor's choice applies before IndexedDB answers, and a server can read it.
 * It holds only the revision, the decision time, the granted categories and the services
 * chosen one by one: never an email or phone.
 *
 * Format (each field URI-encoded): `1|<revision>|<decidedAt epoch seconds>|<granted categories, comma>|<services: +id or -id, comma>|<subject>`
 */
export interface MirroredDecision {
  revision: string;
  decidedAt: string;
  subject: string;
  categories: string[];
  services: Record<string, boolean>;
}

export interface MirrorOptions {
  name: string;
  domain?: string;
  maxAgeDays: number;
}

function readCookie(name: string, doc: Document): string | undefined {
  let cookies: string;
  try {
    cookies = doc.cookie;
  } catch {
    return undefined;
  }
  for (const part of cookies.split(/;\s*/)) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === name) return part.slice(eq + 1);
  }
  return undefined;
}

/** Reads the mirror cookie; `undefined` when absent or unreadable. */
export function readMirror(name: string, doc: Document = document): MirroredDecision | undefined {
  const raw = readCookie(name, doc);
  if (!raw) return undefined;
  try {
    const [version, revision, seconds, categories, services, subject] = raw
      .split('|')
      .map(decodeURIComponent);
    if (version !== '1' || !revision || !seconds || !subject) return undefined;
    const time = Number(seconds) * 1000;
    if (!Number.isFinite(time)) return undefined;
    const serviceMap: Record<string, boolean> = {};
    for (const item of (services ?? '').split(',').filter(Boolean)) {
      serviceMap[item.slice(1)] = item.startsWith('+');
    }
    return {
      revision,
      decidedAt: new Date(time).toISOString(),
      subject,
      categories: (categories ?? '').split(',').filter(Boolean),
      services: serviceMap,
    };
  } catch {
    return undefined;
  }
}

/** Writes (or with `undefined`, removes) the mirror cookie. */
export function writeMirror(
  decision: MirroredDecision | undefined,
  options: MirrorOptions,
  doc: Document = document,
): void {
  const secure = doc.location?.protocol === 'https:' ? '; Secure' : '';
  const domain = options.domain ? `; Domain=${options.domain}` : '';
  const base = `${options.name}=`;
  try {
    if (!decision) {
      doc.cookie = `${base}; Path=/; Max-Age=0; SameSite=Lax${domain}${secure}`;
      return;
    }
    const services = Object.entries(decision.services)
      .map(([id, granted]) => `${granted ? '+' : '-'}${id}`)
      .join(',');
    const value = [
      '1',
      decision.revision,
      Math.floor(Date.parse(decision.decidedAt) / 1000),
      decision.categories.join(','),
      services,
      decision.subject,
    ]
      .map((field) => encodeURIComponent(field))
      .join('|');
    doc.cookie = `${base}${value}; Path=/; Max-Age=${Math.round(options.maxAgeDays * 86400)}; SameSite=Lax${domain}${secure}`;
  } catch {
    // Cookies blocked: IndexedDB (or its fallbacks) still holds the decision.
  }
}

/** When something was seen: as a new visitor, or after "Accept all". */
export type Phase = 'before' | 'after';

/** What kind of trace a service left. */
export type FindingKind =
  | 'cookie'
  | 'localStorage'
  | 'sessionStorage'
  | 'indexedDB'
  | 'request'
  /** Content the page's Assent ran for a service (`data-assent-activated`). */
  | 'activated';

/** One cookie, storage key or third-party request, and where it came from. */
export interface Finding {
  phase: Phase;
  kind: FindingKind;
  /** Cookie or key name, database name, or the request's URL. */
  name: string;
  /** The cookie's domain, the storage's origin, or the request's host. */
  domain: string;
  /** The page being visited when it appeared. */
  page: string;
  /** The script (`script https://…/ga.js`) or response (`response https://…`) that set or sent it. */
  source?: string;
  /** Cookies: when it expires (ISO date), or `session`. */
  expires?: string;
  /** Requests: the resource type (script, image, document, …). */
  resourceType?: string;
  /** Whether it belongs to another site than the one scanned. */
  thirdParty: boolean;
  /** The matching service: a catalogue id or one of the site's own. */
  service?: string;
  /** The service's category, or `unknown` when nothing matched. */
  category: string;
}

/** A service the scan found, with what it left in each phase. */
export interface FoundService {
  id: string;
  title: string;
  category: string;
  /** Whether the id is in the catalogue (else it is one the site's config describes). */
  catalogued: boolean;
  before: number;
  after: number;
}

/** Everything one scan found. */
export interface ScanResult {
  url: string;
  startedAt: string;
  finishedAt: string;
  /** Pages visited in each phase. */
  pages: { before: string[]; after: string[] };
  /** How consent was given for the second phase, or why it could not be. */
  consent: { given: boolean; via?: string; error?: string };
  findings: Finding[];
  services: FoundService[];
  /** Findings before consent that are not necessary: each one is a reason to fail. */
  violations: Finding[];
}

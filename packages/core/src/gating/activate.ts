/**
 * Keeps marked scripts, iframes and images inert until their category or service is granted,
 * then runs each once, in document order:
 *
 * ```html
 * <script type="text/plain" data-assent="analytics" src="https://…/gtag.js"></script>
 * <iframe data-assent="youtube" data-src="https://www.youtube-nocookie.com/embed/…"></iframe>
 * ```
 */
const SELECTOR =
  'script[type="text/plain"][data-assent], iframe[data-assent][data-src], img[data-assent][data-src]';
const DONE = 'data-assent-activated';
/** How long an external script may take to load before the next one runs anyway. */
const LOAD_TIMEOUT_MS = 10_000;

export interface GateOptions {
  /** Whether an id (category or service) is granted. */
  allowed(id: string): boolean;
  /** Whether an id is configured at all (unknown ids are reported once and stay blocked). */
  known(id: string): boolean;
  /**
   * The service an iframe or image named by a category loads from (its `data-src` host), so
   * allowing that one service loads it. @default none: it follows its `data-assent` id
   */
  serviceOf?(id: string, url: string): string | undefined;
  /** Report unknown ids on the console. @default true */
  reportUnknown?: boolean;
  root?: Document;
}

/** Waits for an external script to load or fail, bounded so one broken tag can't stall the rest. */
function loaded(script: HTMLScriptElement): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, LOAD_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    script.addEventListener('load', done, { once: true });
    script.addEventListener('error', done, { once: true });
  });
}

interface ScriptPolicy {
  createScript(text: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'`, script text must come through a policy. Ours
 * passes on only text that the page itself wrote into an inert script, so it adds no new
 * way in. Sites that list allowed policies (`trusted-types …`) must add `assent`.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const factory = (
      globalThis as {
        trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy };
      }
    ).trustedTypes;
    try {
      policy = factory ? factory.createPolicy('assent', { createScript: (text) => text }) : null;
    } catch (error) {
      console.error(
        '[assent] Trusted Types refused the "assent" policy; inline gated scripts cannot run.',
        error,
      );
      policy = null;
    }
  }
  return policy;
}

/**
 * Makes a runnable copy of an inert script. An external script is cloned, so its `src`
 * never passes through a string; an inline one gets its text through the Trusted Types
 * policy where the page enforces them. The `nonce` is carried over from the property,
 * where browsers keep it hidden.
 */
function runnableCopy(inert: HTMLScriptElement): HTMLScriptElement {
  const external = inert.hasAttribute('src');
  const script = inert.cloneNode(external) as HTMLScriptElement;
  if (!external) {
    const trusted = scriptPolicy()?.createScript(inert.text);
    (script as { text: unknown }).text = trusted ?? inert.text;
  }
  const type = inert.getAttribute('data-type');
  if (type) script.setAttribute('type', type);
  else script.removeAttribute('type');
  script.removeAttribute('data-assent');
  script.removeAttribute('data-type');
  if (inert.nonce) script.nonce = inert.nonce;
  // Dynamically inserted scripts are async by default; order is kept by awaiting each.
  script.async = false;
  return script;
}

/** The gate: call `update()` after every change; it watches for nodes added later itself. */
export class Gate {
  private readonly options: GateOptions;
  private readonly root: Document;
  private readonly reported = new Set<string>();
  private observer: MutationObserver | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Ids whose content has run on this page (a withdrawal may need a reload). */
  readonly ran = new Set<string>();

  constructor(options: GateOptions) {
    this.options = options;
    this.root = options.root ?? document;
  }

  /** Starts watching for gated nodes added later (single-page apps, CMS widgets). */
  start(): void {
    if (this.observer || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => record.addedNodes.length > 0)) void this.update();
    });
    this.observer.observe(this.root, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Runs everything newly allowed, in document order. Resolves when all of it has started. */
  update(): Promise<void> {
    this.queue = this.queue
      .then(() => this.activateAllowed())
      .catch((error: unknown) => {
        console.error('[assent] Could not activate gated content:', error);
      });
    return this.queue;
  }

  private async activateAllowed(): Promise<void> {
    const nodes = Array.from(this.root.querySelectorAll<HTMLElement>(SELECTOR));
    for (const node of nodes) {
      if (node.hasAttribute(DONE) || !node.isConnected) continue;
      const id = node.getAttribute('data-assent') ?? '';
      if (!this.options.known(id)) {
        if (!this.reported.has(id) && this.options.reportUnknown !== false) {
          this.reported.add(id);
          console.error(
            `[assent] data-assent="${id}" names no configured category or service; it stays blocked.`,
          );
        }
        continue;
      }
      const url = node instanceof HTMLScriptElement ? null : node.getAttribute('data-src');
      const service = url ? this.options.serviceOf?.(id, url) : undefined;
      if (!this.options.allowed(service ?? id)) continue;
      node.setAttribute(DONE, '');
      this.ran.add(id);
      if (node instanceof HTMLScriptElement) {
        const script = runnableCopy(node);
        script.setAttribute(DONE, '');
        const external = script.hasAttribute('src');
        node.after(script);
        if (external) await loaded(script);
      } else {
        node.setAttribute('src', node.getAttribute('data-src')!);
      }
    }
  }
}

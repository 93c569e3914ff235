/**
 * What runs in every frame before the page's own scripts: it wraps `document.cookie` and
 * `Storage.setItem` so each write reports its name and the script that made it (the first
 * frame of the stack trace that is not ours).
 */
export const INSTRUMENT = `(() => {
  const report = globalThis.__assentScanReport;
  if (typeof report !== 'function' || globalThis.__assentScanInstrumented) return;
  globalThis.__assentScanInstrumented = true;
  const caller = () => {
    const lines = String(new Error().stack || '').split('\\n').slice(1);
    for (const line of lines) {
      const match = /((?:https?|file):\\/\\/[^\\s)]+?)(?::\\d+){0,2}\\)?$/.exec(line.trim());
      if (match && !line.includes('__assentScan')) return match[1];
    }
    return undefined;
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() { return cookie.get.call(this); },
      set(value) {
        try {
          const name = String(value).split(';')[0].split('=')[0].trim();
          if (name) report({ kind: 'cookie', name, script: caller() });
        } catch {}
        return cookie.set.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    try {
      const kind = this === globalThis.localStorage ? 'localStorage' : 'sessionStorage';
      report({ kind, name: String(key), script: caller() });
    } catch {}
    return setItem.call(this, key, value);
  };
})();`;

/** What the instrumented page reports for each write. */
export interface WriteReport {
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  script?: string;
}

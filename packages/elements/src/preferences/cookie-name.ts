/**
 * A configured cookie name as a visitor can read it: `_ga` stays `_ga`, the pattern `/^_ga_/`
 * becomes `_ga_*`, and any other pattern is shown without its slashes.
 */
export function readableCookieName(name: string): string {
  const pattern = /^\/(.+)\/[a-z]*$/.exec(name);
  if (!pattern) return name;
  const body = pattern[1]!;
  const anchored = /^\^([\w.-]+)(\$)?$/.exec(body.replace(/\\([.-])/g, '$1'));
  if (anchored) return anchored[2] ? anchored[1]! : `${anchored[1]}*`;
  return body;
}

// Vite's `?inline` imports: a stylesheet's text, for a story that scopes it to itself.
declare module '*.css?inline' {
  const css: string;
  export default css;
}

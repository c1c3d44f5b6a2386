/** Markdown imported as text (`with { type: 'text' }`): esbuild bundles it as a string. */
declare module '*.md' {
  const text: string;
  export default text;
}

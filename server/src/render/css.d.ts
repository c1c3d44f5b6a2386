/** Style sheets are imported as text (`with { type: 'text' }`): esbuild bundles them as strings. */
declare module '*.css' {
  const text: string;
  export default text;
}

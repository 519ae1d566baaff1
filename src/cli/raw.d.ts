/** A file's text, imported with the `?raw` suffix (Vite's convention; the build handles it in tsup.config.ts). */
declare module '*?raw' {
  const text: string;
  export default text;
}

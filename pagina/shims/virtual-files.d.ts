/** The data files embedded by scripts/build-pagina.mjs: virtual path → text. */
declare module 'toets-virtual-files' {
  const files: Record<string, string>;
  export default files;
}

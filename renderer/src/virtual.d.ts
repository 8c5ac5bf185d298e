/** antd's styles for the first screens, written at build time (scripts/antd-styles.ts); empty in development. */
declare module 'virtual:antd-first-styles' {
  const css: string;
  export default css;
}

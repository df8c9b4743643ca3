/** Built by renderer/vite-antd-css-vars.ts: the hash class antd gives its components under the app's theme. */
declare module 'virtual:antd-hash' {
  const hashClass: string;
  export default hashClass;
}

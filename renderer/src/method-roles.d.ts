/** Built from the contract by renderer/vite.config.ts: who may call each method. */
declare module 'virtual:method-roles' {
  // An ambient module cannot import by relative path, so its types are named with import() here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const roles: Record<import('../../shared/contract/index').Method, import('../../shared/domain/account').Access>;
  export default roles;
}

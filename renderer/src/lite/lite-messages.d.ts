/** Built by renderer/vite-lite-messages.ts: the messages the light first screen shows, in both languages. */
declare module 'virtual:lite-messages' {
  const messages: Record<'zh-CN' | 'en-US', Partial<Record<string, string>>>;
  export default messages;
}

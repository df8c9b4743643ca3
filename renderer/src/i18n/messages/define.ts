/**
 * One area's UI strings in both languages. The type makes `en` carry exactly the keys of `zh`,
 * so a string missing in English is a compile error.
 */
export function defineMessages<K extends string>(messages: {
  zh: Record<K, string>;
  en: NoInfer<Record<K, string>>;
}): { zh: Record<K, string>; en: Record<K, string> } {
  return messages;
}

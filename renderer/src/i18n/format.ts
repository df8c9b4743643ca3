/** Replaces {name} placeholders. (Its own module: the light first screen needs it without the app's message tables.) */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

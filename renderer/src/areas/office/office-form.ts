import { OfficeSettings, type LetterKind } from '../../../../shared/domain/letter';

/** The office settings as the form holds them: an empty Latin font is '' rather than null. */
export type OfficeForm = Omit<OfficeSettings, 'fonts'> & { fonts: Omit<OfficeSettings['fonts'], 'latin'> & { latin: string } };

export function toForm(settings: OfficeSettings): OfficeForm {
  return { ...settings, fonts: { ...settings.fonts, latin: settings.fonts.latin ?? '' } };
}

/** Back to settings, trimmed; the schema has the last word (it is what the core checks too). */
export function fromForm(form: OfficeForm) {
  const trimmedList = (names: string[]) => names.map((n) => n.trim()).filter(Boolean);
  const { fonts } = form;
  return OfficeSettings.safeParse({
    ...form,
    officeName: form.officeName.trim(),
    numberPrefix: form.numberPrefix.trim(),
    // A prefix only counts for a kind with its own series.
    numbering: Object.fromEntries(
      Object.entries(form.numbering).map(([kind, n]) => [kind, n.mode === 'own' ? { mode: n.mode, prefix: n.prefix?.trim() } : { mode: n.mode }]),
    ),
    fonts: {
      title: trimmedList(fonts.title),
      body: trimmedList(fonts.body),
      heading1: trimmedList(fonts.heading1),
      heading2: trimmedList(fonts.heading2),
      pageNumber: trimmedList(fonts.pageNumber),
      latin: fonts.latin.trim() || null,
    },
  });
}

/** Which tab (and letter kind) holds a field, so a failed save can show the first error. */
export function tabOfField(name: (string | number)[]): { tab: 'basic' | 'texts' | 'fonts'; kind?: LetterKind } {
  const [head, kind] = name;
  if (head === 'fixedTexts' || head === 'defaultClosingText') return { tab: 'texts', kind: kind as LetterKind };
  if (head === 'fonts') return { tab: 'fonts' };
  return { tab: 'basic' };
}

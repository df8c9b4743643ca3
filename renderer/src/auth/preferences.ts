import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodInput, Preferences } from '../../../shared/contract/index';
import { call } from '../api/client';
import { useI18n } from '../i18n';
import { preferencesKey } from './preferences-key';

/*
 * Each person's preferences live in the archive (preferences.get / preferences.set), not in
 * localStorage: Chromium's profile is not backed up, so a restore or another PC used to lose them.
 */

export { preferencesKey };

/** Where versions before schema 160 kept these values in the browser profile. */
const LEGACY_KEYS: Record<'locale' | 'templateOffice', string> = { locale: 'review-desk.locale', templateOffice: 'review-desk.templates.office' };

export function usePreferences() {
  return useQuery({ queryKey: preferencesKey, queryFn: () => call('preferences.get', {}) });
}

export function useSetPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: MethodInput<'preferences.set'>) => call('preferences.set', patch),
    onSuccess: (saved) => client.setQueryData(preferencesKey, saved),
  });
}

/** Values an older version left in localStorage that the archive does not have yet. */
function legacyValues(saved: Preferences): MethodInput<'preferences.set'> {
  const storage = globalThis.localStorage;
  if (!storage) return {};
  const patch: MethodInput<'preferences.set'> = {};
  const locale = storage.getItem(LEGACY_KEYS.locale);
  if (saved.locale === undefined && (locale === 'zh-CN' || locale === 'en-US')) patch.locale = locale;
  const office = storage.getItem(LEGACY_KEYS.templateOffice)?.trim();
  if (saved.templateOffice === undefined && office) patch.templateOffice = office.slice(0, 100);
  return patch;
}

function clearLegacy(): void {
  for (const key of Object.values(LEGACY_KEYS)) globalThis.localStorage?.removeItem(key);
}

/**
 * Applies the signed-in person's language (the default, 简体中文, when they chose none) and moves the
 * values an older version kept in localStorage into the archive once, then removes them there.
 */
export function PreferencesSync() {
  const { setLocale } = useI18n();
  const prefs = usePreferences();
  const { mutate } = useSetPreferences();
  useEffect(() => {
    if (!prefs.data) return;
    const patch = legacyValues(prefs.data);
    if (Object.keys(patch).length > 0) mutate(patch, { onSuccess: clearLegacy });
    else clearLegacy();
    setLocale(patch.locale ?? prefs.data.locale ?? 'zh-CN');
  }, [prefs.data, mutate, setLocale]);
  return null;
}

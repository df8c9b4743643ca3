/** The query key of the signed-in person's preferences, apart from preferences.ts so the entry can use it (early-queries.ts). */
export const preferencesKey = ['preferences'] as const;

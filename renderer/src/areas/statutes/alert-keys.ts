/** The query key of the statute-change alerts (shared by the home page's banner and the 法规库 panel). */
export const ALERTS_KEY = ['law.alerts'] as const;

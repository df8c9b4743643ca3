import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { AuthStatus, MethodOutput } from '../../../shared/contract/index';
import { mayCall, mayOpen } from '../auth/access';
import { backupKeys } from '../areas/backup/backup-keys';
import { holidayKeys } from '../areas/records/holiday-keys';
import { remindersKey } from '../areas/reminders/reminders-key';
import { ALERTS_KEY } from '../areas/statutes/alert-keys';
import { initialQueueScope, queueQuery } from '../areas/workflow/queue-queries';
import { preferencesKey } from '../auth/preferences-key';
import { earlyAnswer } from '../early-queries';
import { parseRoute } from '../routes';
import { LiteQueue, type LiteQueueData } from './queue';
import { LiteShell } from './shell';
import { liteText } from './text';
import { holdInput, needsApp } from './held-input';
import { appDemanded, demandApp, demandAppWhenQuiet } from './app-demand';
import 'virtual:first-screen.css'; // antd.css + styles.css cut to this screen (renderer/vite-first-screen-css.ts)

/*
 * The light first screen (issue 17: first screen on a slow PC). When the app opens on the queue and
 * everything the queue screen shows has been answered, this draws that screen — shell, banners, reminders,
 * counts and the queue — with antd's markup and classes but without antd's JavaScript (React alone;
 * antd.css and the CSS variables in index.html style it). It works on its own (links, menu, scope switch,
 * pagers); antd and the real app load when needed (app-demand.ts) and replace it in one commit with the
 * same markup (app-root.tsx renders into the same root), starting where the person left it
 * (home-handoff.ts). A press on a control only antd's can answer waits and is passed on to the real screen
 * (held-input.ts).
 * Anything this screen does not draw (a folded menu, another screen, an answer that failed) skips it: the
 * app renders as before.
 */

/** Whether the light screen can draw the opening screen, and with what. */
function liteData(status: AuthStatus): { data: LiteQueueData; locale: 'zh-CN' | 'en-US'; badge: number } | null {
  const me = status.me;
  if (!me || status.needsSetup) return null;
  if (parseRoute(window.location.hash).page !== 'home' || !mayOpen(me.roles, 'home')) return null;
  const prefs = earlyAnswer<MethodOutput<'preferences.get'>>(preferencesKey);
  if (!prefs || prefs.siderCollapsed) return null;
  const scope = initialQueueScope(me.roles);
  const queue = earlyAnswer<MethodOutput<'workflow.queue'>>(queueQuery(scope === 'mine' ? me.id : undefined).queryKey);
  const backup = earlyAnswer<MethodOutput<'backup.status'>>(backupKeys.status);
  const holidays = earlyAnswer<MethodOutput<'holidays.years'>>(holidayKeys.years);
  const reminders = mayCall(me.roles, 'reminders.get') ? earlyAnswer<MethodOutput<'reminders.get'>>(remindersKey) : null;
  const alerts = mayCall(me.roles, 'law.alerts') ? earlyAnswer<MethodOutput<'law.alerts'>>(ALERTS_KEY) : null;
  if (!queue || !backup || !holidays || reminders === undefined || alerts === undefined) return null;
  // An answer the person may ask for but that failed: the app shows its error.
  if ((mayCall(me.roles, 'reminders.get') && !reminders) || (mayCall(me.roles, 'law.alerts') && !alerts)) return null;
  const data: LiteQueueData = { meId: me.id, scope, queue, reminders, backup, holidays, alerts, mayEditHolidays: mayCall(me.roles, 'holidays.save') };
  return { data, locale: prefs.locale ?? 'zh-CN', badge: reminders?.badge ?? 0 };
}

let shown: { root: Root; input: ReturnType<typeof holdInput> } | null = null;

/**
 * Draws the light first screen when it can (see liteData) and resolves once it is on screen (after the
 * browser has painted it), true; false when the app must render the screen itself.
 */
export async function showLiteScreen(status: AuthStatus): Promise<boolean> {
  const lite = liteData(status);
  if (!lite || !status.me) return false;
  const container = document.getElementById('root')!;
  const root = createRoot(container);
  const text = liteText(lite.locale);
  document.documentElement.lang = lite.locale;
  root.render(
    <StrictMode>
      <LiteShell me={status.me} text={text} badge={lite.badge}>
        <LiteQueue data={lite.data} text={text} />
      </LiteShell>
    </StrictMode>,
  );
  shown = { root, input: holdInput(container, demandApp) };
  performance.mark('review-desk:lite-shown');
  demandAppOnNeed(container);
  // Resolved after the next frame has been painted: the app's scripts evaluate only then.
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return true;
}

/**
 * Asks for the app (app-demand.ts) when the light screen cannot answer what comes: another screen opened (a
 * link or the menu changed the address), a press starting on a control only antd's does something with (the
 * click itself is held, held-input.ts: pointerdown gives the load a head start), the pointer on a tooltip's
 * target — or else once the person has left the page alone for a moment and the browser is idle.
 */
function demandAppOnNeed(container: HTMLElement): void {
  const onRoute = () => {
    if (parseRoute(window.location.hash).page !== 'home') demandApp();
  };
  const onPress = (event: PointerEvent) => {
    if (needsApp(event.target as Element)) demandApp();
  };
  const onHover = (event: PointerEvent) => {
    if ((event.target as Element).closest('[data-deadline-uncovered]')) demandApp();
  };
  window.addEventListener('hashchange', onRoute);
  container.addEventListener('pointerdown', onPress, true);
  container.addEventListener('pointerover', onHover, true);
  void appDemanded().then(() => {
    window.removeEventListener('hashchange', onRoute);
    container.removeEventListener('pointerdown', onPress, true);
    container.removeEventListener('pointerover', onHover, true);
  });
  demandAppWhenQuiet();
}

/**
 * The root the light screen rendered into, for the app to render into (one commit replaces the light
 * screen), with `replay`, to call once the app has rendered: passes on input held meanwhile (held-input.ts).
 * Null when the light screen was not shown.
 */
export function takeLiteRoot(): { root: Root; replay: () => void } | null {
  const taken = shown;
  shown = null;
  if (!taken) return null;
  const replay = taken.input.stop();
  // Held input belongs to the home screen: when another screen opened meanwhile, it is dropped.
  return { root: taken.root, replay: () => parseRoute(window.location.hash).page === 'home' && replay() };
}

export { appDemanded } from './app-demand';

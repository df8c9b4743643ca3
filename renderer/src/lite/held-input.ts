/*
 * Input on the light first screen before the real one has replaced it (issue 17, lite-screen.tsx). The
 * light screen's own controls work as they are — links (a link changes the address; the app opens that
 * screen), the menu, the scope switch and the pagers' pages; any other click or key is held — kept from the
 * light element, which has no behaviour — the app is asked for (app-demand.ts), and the click or key is given
 * to the same element of the real screen (same markup, found by its position) once it has rendered. Focus
 * and scroll positions move over too.
 */

type Held = { kind: 'click'; path: number[] } | { kind: 'key'; path: number[]; init: KeyboardEventInit };

/** An element's position under `root` (child indices), to find its twin in the markup that replaces it. */
function pathOf(root: Element, el: Element): number[] | null {
  const path: number[] = [];
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    if (!at.parentElement) return null;
    path.unshift([...at.parentElement.children].indexOf(at));
  }
  return path;
}

function find(root: Element, path: number[]): HTMLElement | null {
  let at: Element | undefined = root;
  for (const i of path) at = at?.children[i];
  return (at as HTMLElement | undefined) ?? null;
}

/**
 * Works as is on the light screen: links, the sider menu (nav-menu.tsx, the app's own), the scope switch and
 * the pagers' page items (not their page-size picker, antd's Select).
 */
const live = (target: Element) => target.closest('a[href], [role="menu"], .ant-segmented, .ant-pagination > li:not(.ant-pagination-options)') !== null;

/** The light screen's controls that only antd's do something with: held, and the app asked for. */
const NEEDS_APP = 'button, input, [role="button"], [role="combobox"], [tabindex], .ant-select, .ant-layout-sider-trigger';

/** Whether a press on this element needs the app (antd's control behind it): the app can start loading on pointerdown. */
export const needsApp = (target: Element) => !live(target) && target.closest(NEEDS_APP) !== null;

/**
 * Starts holding input under `root`. `stop()` — called just before the real screen replaces the light one —
 * ends that and returns `replay()`, to call once the real screen is in the page: focus goes back to the
 * same place and the held clicks and keys are given to the real elements, in order.
 */
export function holdInput(root: HTMLElement, onHeld: () => void): { stop(): () => void } {
  const held: Held[] = [];
  const onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    // A click on the light screen's own controls works; one on text or empty space needs nothing.
    if (!needsApp(target)) return;
    event.preventDefault();
    event.stopPropagation();
    const path = pathOf(root, target);
    if (path) held.push({ kind: 'click', path });
    onHeld();
  };
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as Element;
    // Tab moves focus as on any page; the menu handles its own keys.
    if (event.key === 'Tab' || live(target) || !root.contains(target)) return;
    event.preventDefault();
    event.stopPropagation();
    const path = pathOf(root, target);
    const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
    if (path) held.push({ kind: 'key', path, init: { key, code, shiftKey, ctrlKey, altKey, metaKey, bubbles: true, cancelable: true } });
    onHeld();
  };
  root.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  return {
    stop() {
      root.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      const active = document.activeElement;
      const focused = active && active !== root && root.contains(active) ? pathOf(root, active) : null;
      // Boxes scrolled meanwhile (the queue table sideways) keep their place in the real screen.
      const scrolled = [...root.querySelectorAll('*')].filter((el) => el.scrollLeft || el.scrollTop).map((el) => ({ path: pathOf(root, el), left: el.scrollLeft, top: el.scrollTop }));
      return () => {
        for (const box of scrolled) if (box.path) find(root, box.path)?.scrollTo(box.left, box.top);
        if (focused) find(root, focused)?.focus();
        for (const input of held) {
          const el = find(root, input.path);
          if (!el) continue;
          if (input.kind === 'key') {
            const unhandled = el.dispatchEvent(new KeyboardEvent('keydown', input.init));
            // A made-up key press does not press a button the way a real one does: Enter or Space does it here.
            if (unhandled && (input.init.key === 'Enter' || input.init.key === ' ') && el.matches('button')) el.click();
            continue;
          }
          // The whole press: antd opens some controls (a Select) on mousedown, others on click.
          for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
        }
      };
    },
  };
}

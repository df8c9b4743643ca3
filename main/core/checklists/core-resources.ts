import type { Core } from '../core.js';
import { loadReviewResources, type ReviewResources } from './load.js';

/** Loaded once per open core (the files do not change while the program runs). */
const loaded = new WeakMap<Core, ReviewResources>();

/**
 * The shipped checklists and libraries of the core's resources folder, loaded and validated on first use.
 * Not a method of Core so that opening an archive does not load the loader and its zod schemas (issue 17).
 */
export function reviewResources(core: Core): ReviewResources {
  let resources = loaded.get(core);
  if (!resources) {
    resources = loadReviewResources(core.resourcesDir);
    loaded.set(core, resources);
  }
  return resources;
}

// Cheaper dialog contexts: botbuilder-dialogs' memory plumbing, which every dialog context pays for, done once.
import { createRequire } from 'node:module';

/**
 * A turn of the need flow builds five dialog contexts (the root, one per component, one per
 * waterfall step), and each builds a DialogStateManager, which:
 * - registers a new DialogsComponentRegistration, whose constructor builds a service collection
 *   with a dependency graph of every memory scope and path resolver, only to replace the same
 *   registration (the SDK keeps one per class name), while the turn's scopes come from the
 *   configuration built on the first turn (see PalierBot.stateConfiguration);
 * - writes `turn.activity` and reads `turn.locale`, each time running the path through every
 *   path resolver and a character-by-character parser, twice for a write (change tracking).
 * Measured together as about 6 % of a turn's CPU. Here the registration is built once, and a
 * path's parsing and transformation, which depend on the path alone, are remembered. The SDK is
 * archived at 4.23.3 (no later release will move these internals); a test checks they are found.
 */
const load = createRequire(import.meta.url);
const registrationModule = load('botbuilder-dialogs/lib/dialogsComponentRegistration.js') as { DialogsComponentRegistration?: new () => object };
const stateManagerModule = load('botbuilder-dialogs/lib/memory/dialogStateManager.js') as { DialogStateManager?: { prototype: Partial<PathMethods> } };

interface PathMethods {
  parsePath(this: unknown, path: string, allowNestedPaths?: boolean): (string | number)[];
  transformPath(this: { configuration?: { pathResolvers?: readonly object[] } }, path: string): string;
}

/** At most this many paths remembered (the SDK uses a handful of fixed ones); cleared whole beyond. */
const MAX_PATHS = 500;

function shareRegistration(): boolean {
  const Registration = registrationModule.DialogsComponentRegistration;
  if (typeof Registration !== 'function') return false;
  let shared: object | undefined;
  // `new` on a function returning an object gives that object: one registration, under the same class name.
  registrationModule.DialogsComponentRegistration = function SharedDialogsComponentRegistration() {
    return (shared ??= new Registration());
  } as unknown as new () => object;
  return true;
}

function rememberPaths(): boolean {
  const proto = stateManagerModule.DialogStateManager?.prototype;
  const parse = proto?.parsePath;
  const transform = proto?.transformPath;
  if (!proto || typeof parse !== 'function' || typeof transform !== 'function') return false;

  const parsed = new Map<string, (string | number)[]>();
  proto.parsePath = function (path: string, allowNestedPaths = true) {
    // A bracket may hold a nested path, read from memory: only plain paths are remembered.
    if (typeof path !== 'string' || path.includes('[')) return parse.call(this, path, allowNestedPaths);
    const key = `${allowNestedPaths ? 1 : 0}${path}`;
    let segments = parsed.get(key);
    if (!segments) {
      segments = parse.call(this, path, allowNestedPaths);
      if (parsed.size >= MAX_PATHS) parsed.clear();
      parsed.set(key, segments);
    }
    return [...segments];
  };

  // Per list of resolvers: the configuration is built once and shared by every turn.
  const transformed = new WeakMap<readonly object[], Map<string, string>>();
  proto.transformPath = function (path: string) {
    const resolvers = this.configuration?.pathResolvers;
    if (!resolvers || typeof path !== 'string') return transform.call(this, path);
    let known = transformed.get(resolvers);
    if (!known) transformed.set(resolvers, (known = new Map()));
    let result = known.get(path);
    if (result === undefined) {
      result = transform.call(this, path);
      if (known.size >= MAX_PATHS) known.clear();
      known.set(path, result);
    }
    return result;
  };
  return true;
}

/** Whether each speed-up found the SDK internals it replaces (false: that part runs as the SDK wrote it). */
export const dialogMemorySpeedups = { sharedRegistration: shareRegistration(), rememberedPaths: rememberPaths() };

// The photos of a need being written: the question, the files a resident sends, and giving them up.
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../src/dialog-deps.js';
import type { TFunction } from '../src/i18n.js';
import { channelFileAccess } from '../src/photos/channel-access.js';
import { fileAddresses, takePhotos, type PhotoProblem } from '../src/photos/intake.js';
import type { ChoiceOption } from '../src/recognize.js';
import { turnData } from '../src/turn.js';

/** Channels that cannot carry a file from the resident: the photo question is not asked there. */
const TEXT_ONLY_CHANNELS = new Set(['sms']);

/** Whether this need may get photos here: photos on, a problem rather than an idea, a channel that carries files. */
export function photosOffered(deps: DialogDeps, context: TurnContext, type: string | undefined): boolean {
  return deps.config.photos.perNeed > 0 && type === 'need' && !TEXT_ONLY_CHANNELS.has(context.activity.channelId);
}

/** The question and its choices: "add a photo?" at first, then how many arrived and what else can be done. */
export function photoQuestion(t: TFunction, count: number): { text: string; options: ChoiceOption[] } {
  if (count === 0) return { text: t('needs:photos.prompt'), options: [{ value: 'done', label: t('needs:photos.none') }] };
  return {
    text: t('needs:photos.added', { count }),
    options: [
      { value: 'done', label: t('needs:photos.done') },
      { value: 'clear', label: t('needs:photos.clear') },
    ],
  };
}

/**
 * Keeps the photos attached to this message (if any) for the need, up to the limit, and tells the
 * resident in one line each why a file was not taken. Resolves with the need's photo ids after it.
 */
export async function receivePhotos(deps: DialogDeps, context: TurnContext, photos: readonly string[]): Promise<string[]> {
  const addresses = fileAddresses(context.activity.attachments);
  if (addresses.length === 0) return [...photos];
  const { t, resident } = turnData(context);
  const limits = deps.config.photos;
  const outcomes = await takePhotos(
    { photos: deps.store.photos, clock: deps.clock, newId: deps.newId, limits },
    resident.id,
    addresses,
    photos.length,
    channelFileAccess(context, Boolean(deps.config.bot.appId)),
  );
  const kept = [...photos];
  const problems = new Set<PhotoProblem>();
  for (const outcome of outcomes) {
    if ('photo' in outcome) kept.push(outcome.photo.id);
    else problems.add(outcome.problem);
  }
  // Said once, when the need reaches its limit: the photo question is then over.
  if (kept.length >= limits.perNeed) problems.add('too-many');
  const maxMb = Math.round((limits.maxBytes / (1024 * 1024)) * 10) / 10;
  const lines: Record<PhotoProblem, () => string> = {
    'too-big': () => t('needs:photos.tooBig', { max: maxMb }),
    'wrong-type': () => t('needs:photos.wrongType'),
    unreachable: () => t('needs:photos.unreachable'),
    'too-many': () => t('needs:photos.full', { count: limits.perNeed }),
  };
  for (const problem of problems) await context.sendActivity(lines[problem]());
  return kept;
}

/** Deletes photos of a need that will not be sent (the resident removed them or gave the need up). */
export async function dropPhotos(deps: DialogDeps, photos: readonly string[] | undefined): Promise<void> {
  if (photos?.length) await deps.store.photos.delete(photos);
}

// A resident's attachments → stored photos: each one fetched within limits, checked by its bytes, kept.
import type { Clock, IdGenerator } from '../clock.js';
import { DownloadRefused, downloadAttachment, type DownloadOptions } from './download.js';
import { imageType } from './image-type.js';
import type { Photo, PhotoRepository } from './types.js';

export interface PhotoLimits {
  /** Largest photo accepted, in bytes. */
  maxBytes: number;
  /** Most photos on one need. */
  perNeed: number;
  /** Longest wait for one download. */
  timeoutMs: number;
}

/** An attachment as channels send it (Bot Framework activity schema). */
export interface IncomingAttachment {
  contentType?: string;
  contentUrl?: string;
  content?: unknown;
  name?: string;
}

export type PhotoProblem = 'too-big' | 'wrong-type' | 'unreachable' | 'too-many';
export type PhotoOutcome = { photo: Photo } | { problem: PhotoProblem };

/** Teams sends a file as a card holding a short-lived download address. */
const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

/**
 * Where each attachment that may be a file can be fetched from. Cards and the HTML copy of the
 * message some channels add are not files; anything else is, and its bytes decide what it is.
 */
export function fileAddresses(attachments: readonly IncomingAttachment[] | undefined): string[] {
  const addresses: string[] = [];
  for (const attachment of attachments ?? []) {
    const type = (attachment.contentType ?? '').toLowerCase();
    const teamsUrl = (attachment.content as { downloadUrl?: unknown } | undefined)?.downloadUrl;
    if (type === TEAMS_FILE && typeof teamsUrl === 'string') addresses.push(teamsUrl);
    else if (attachment.contentUrl && type !== 'text/html' && !type.startsWith('application/vnd.microsoft.card')) addresses.push(attachment.contentUrl);
  }
  return addresses;
}

export interface PhotoIntakeDeps {
  photos: PhotoRepository;
  clock: Clock;
  newId: IdGenerator;
  limits: PhotoLimits;
}

/**
 * Fetches and keeps the photos at `addresses` for `residentId`, `already` being how many the need
 * holds: one outcome per address, in order (a photo kept, or why not).
 */
export async function takePhotos(
  deps: PhotoIntakeDeps,
  residentId: string,
  addresses: readonly string[],
  already: number,
  access: Pick<DownloadOptions, 'token' | 'sendTokenTo'> = {},
): Promise<PhotoOutcome[]> {
  const { limits } = deps;
  const outcomes: PhotoOutcome[] = [];
  let kept = already;
  for (const address of addresses) {
    if (kept >= limits.perNeed) {
      outcomes.push({ problem: 'too-many' });
      continue;
    }
    let data: Buffer;
    try {
      data = await downloadAttachment(address, { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs, ...access });
    } catch (error) {
      if (!(error instanceof DownloadRefused)) throw error;
      outcomes.push({ problem: error.problem });
      continue;
    }
    const contentType = imageType(data);
    if (!contentType) {
      outcomes.push({ problem: 'wrong-type' });
      continue;
    }
    const photo: Photo = { id: deps.newId(), residentId, contentType, size: data.length, createdAt: deps.clock.now().toISOString() };
    await deps.photos.add(photo, data);
    outcomes.push({ photo });
    kept++;
  }
  return outcomes;
}

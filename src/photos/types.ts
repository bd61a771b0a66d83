// Photos a resident attaches to a need, as the store keeps them, and their repository.

/** The image kinds a resident may send (recognised by their first bytes, never by a file name). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** A stored photo's description; the bytes are kept beside it. */
export interface Photo {
  id: string;
  /** The resident who sent it (pseudonymous id): their photos go with their data. */
  residentId: string;
  contentType: PhotoType;
  /** In bytes. */
  size: number;
  createdAt: string;
}

export interface PhotoRepository {
  /** Keeps the photo and its bytes; resolves once both are durable. */
  add(photo: Photo, data: Uint8Array): Promise<void>;
  /** The photo and its bytes, or undefined. */
  get(id: string): Promise<{ photo: Photo; data: Buffer } | undefined>;
  /** Removes these photos (a need given up before it was sent); ids not stored are ignored. */
  delete(ids: readonly string[]): Promise<void>;
  /** Removes every photo of a resident (their data deleted on request); returns how many. */
  deleteByResident(residentId: string): Promise<number>;
}

// Files residents upload through the local Direct Line channel, kept in memory for the bot to fetch.
import { randomUUID } from 'node:crypto';

// Bounded: a page uploading in a loop cannot grow memory without end (oldest files go first).
const MAX_FILES = 200;

export interface UploadedFile {
  contentType: string;
  data: Buffer;
}

/**
 * Like Direct Line's attachment store: each file gets an unguessable address, which the activity
 * carries to the bot (and the page shows). Files go in upload order once over the byte budget.
 */
export class LocalFiles {
  private readonly files = new Map<string, UploadedFile>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** Keeps the file; returns its id. */
  add(file: UploadedFile): string {
    const id = randomUUID();
    this.files.set(id, file);
    this.bytes += file.data.length;
    while (this.files.size > 1 && (this.files.size > MAX_FILES || this.bytes > this.maxBytes)) {
      const [oldest, dropped] = this.files.entries().next().value!;
      this.files.delete(oldest);
      this.bytes -= dropped.data.length;
    }
    return id;
  }

  get(id: string): UploadedFile | undefined {
    return this.files.get(id);
  }
}

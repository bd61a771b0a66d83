// Structured logs (pino); secrets are redacted wherever they appear.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['*.MicrosoftAppPassword', '*.password', '*.authorization', 'req.headers.authorization', '*.apiKey', '*.salt'],
      censor: '[redacted]',
    },
  });
}

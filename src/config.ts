// Every setting, read from the environment (and .env), validated once at start with defaults.
import { z } from 'zod';

export const SUPPORTED_LANGUAGES = ['fr', 'en', 'ar', 'es', 'pt', 'tr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

const languageList = z
  .string()
  .transform((s) => s.split(',').map((l) => l.trim()).filter(Boolean))
  .pipe(z.array(z.enum(SUPPORTED_LANGUAGES)).min(1));

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'is not a known IANA time zone (for example Europe/Paris)');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOWDB_LOCK_STALE_SECONDS: z.coerce.number().min(2).max(600).default(10),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string').optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a plain schema name').optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MIGRATE_ON_START: bool(false),
  DATABASE_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(600).default(5),
  DATABASE_RECONNECT_SECONDS: z.coerce.number().min(0).max(600).default(8),
  DEFAULT_LANGUAGE: z.enum(SUPPORTED_LANGUAGES).default('fr'),
  LANGUAGES: languageList.default(SUPPORTED_LANGUAGES.join(',')),
  TIME_ZONE: timeZone.default('Europe/Paris'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().default(''),
  ALLOW_UNAUTHENTICATED: bool(false),
  BOT_OPENID_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(60).default(5),
  BOT_OPENID_METADATA_URL: z.string().url().optional(),
  LOCAL_CHAT: bool(true),
  EXAMPLE_CONTENT: bool(true),
  RESIDENT_ID_SALT: z.string().default(''),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(15),
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).default(1),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
  PHOTO_MAX_MB: z.coerce.number().min(0.1).max(50).default(8),
  PHOTOS_PER_NEED: z.coerce.number().int().min(0).max(20).default(5),
  PHOTO_DOWNLOAD_TIMEOUT_SECONDS: z.coerce.number().min(1).max(120).default(20),
  MAX_JSON_DEPTH: z.coerce.number().int().min(4).max(1000).default(32),
  SERVICE_URLS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SITES: z.string().default('Les Tilleuls,Le Clos Vert,Résidence du Parc,Quartier Centre'),
  NEED_CATEGORIES: z
    .string()
    .default('building,safety,green,youth,seniors,jobs,digital,community,accessibility,other')
    .refine((v) => v.split(',').every((c) => /^[a-z][a-zA-Z0-9-]*$/.test(c.trim())), 'must be comma-separated ids such as building,safety,other'),
  SURVEYS_DIR: z.string().default('./surveys'),
  LANDLORD_GROUPS_FILE: z.string().optional(),
  EVENTS_DAYS_AHEAD: z.coerce.number().int().min(1).max(366).default(30),
  WAITLIST_OFFER_HOURS: z.coerce.number().min(1).max(24 * 14).default(24),
  EVENTS_SEED_FILE: z.string().optional(),
  QUIET_HOURS: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must look like 21:00-08:00').optional(),
  CONTENT_PACK: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a pack name such as france or wallonia').default('france'),
  DIRECTORY_FILE: z.string().optional(),
  OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  OUTBOX_PER_CONVERSATION_PER_SECOND: z.coerce.number().min(0).default(7),
  OUTBOX_PER_CHANNEL_PER_SECOND: z.coerce.number().min(0).default(30),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().min(1).max(86_400).default(30),
  LANDLORD_NAME: z.string().default('Votre bailleur'),
  LANDLORD_PHONE: z.string().optional(),
  LANDLORD_HOURS: z.string().default('lun.–ven. 9 h–12 h, 14 h–17 h'),
  LANDLORD_ADDRESS: z.string().optional(),
  LANDLORD_EMAIL: z.string().email().or(z.literal('')).default(''),
});

/** Example contact shown until LANDLORD_* are set, in the shape of the pack's country (never a French number in Wallonia). */
function exampleLandlord(pack: string): { phone: string; address: string } {
  return pack === 'wallonia'
    ? { phone: '04 123 45 67', address: 'Rue de la Station 1, 4000 Liège' }
    : { phone: '01 23 45 67 89', address: '1 rue de la Mairie, 75000 Paris' };
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** The bot's own base URL, used as serviceUrl by the local Direct Line channel. */
  publicUrl: string | undefined;
  dataDir: string;
  /** How long the data folder's lock lives without being refreshed (the holder refreshes and checks it every half of this). */
  lockStaleMs: number;
  /** PostgreSQL instead of lowdb (several instances share it); undefined: the embedded lowdb store. */
  database:
    | {
        url: string;
        schema: string | undefined;
        poolSize: number;
        migrateOnStart: boolean;
        /** A statement running longer is cancelled; waiting longer for a connection fails; how long requests keep trying while the database is away (ms). */
        statementTimeoutMs: number;
        connectTimeoutMs: number;
        reconnectMs: number;
      }
    | undefined;
  defaultLanguage: Language;
  languages: Language[];
  timeZone: string;
  bot: {
    appId: string;
    appPassword: string;
    appType: string;
    tenantId: string;
    allowUnauthenticated: boolean;
    /** Longest wait for Microsoft's signing keys during a token check (they are cached and refreshed in the background). */
    openIdTimeoutMs: number;
    /** Where the channel's signing keys are described; undefined: Microsoft's public cloud. */
    openIdMetadataUrl: string | undefined;
  };
  localChat: boolean;
  residentIdSalt: string;
  maxBodyBytes: number;
  /** Photos on needs: largest accepted (bytes), most per need (0: photos off), longest wait for a channel's file. */
  photos: { maxBytes: number; perNeed: number; timeoutMs: number };
  /** Deeper JSON bodies are refused with 400 (nesting costs memory and stack, and nothing we read is that deep). */
  maxJsonDepth: number;
  /**
   * Without an app id (development), the only origins the bot replies to (a caller's serviceUrl);
   * with one, the token names the service URL and this list is not used.
   */
  serviceUrls: string[];
  /** Messages a conversation may send at once, then per second (0: no limit). */
  rateLimit: { burst: number; perSecond: number };
  logLevel: string;
  landlord: { name: string; phone: string; hours: string; address: string; email: string };
  /** Residences and neighbourhoods a resident can pick. */
  sites: string[];
  /** Need categories (ids; their labels are needs:categories.<id> in locales, or the id itself). */
  needCategories: string[];
  /** Folder of survey files (JSON) moved into the store at start (a survey already stored is kept). */
  surveysDir: string;
  /** The landlord's own resident groups (JSON: [{ "id", "label": { "fr": … } }]), besides the built-in ones. */
  landlordGroupsFile?: string;
  /** How far ahead the events list looks by default. */
  eventsDaysAhead: number;
  /** How long a freed place is held for the first on the waitlist. */
  waitlistOfferHours: number;
  /** Events loaded into an empty store at start (a first run). */
  eventsSeedFile: string | undefined;
  /** Example events, survey and published ideas at start: development only, never production or tests. */
  exampleContent: boolean;
  /** Proactive messages wait outside these hours ("21:00-08:00" in TIME_ZONE); undefined: none. */
  quietHours: string | undefined;
  /** Which procedure content pack (src/knowledge/packs/<name>.json) residents get. */
  contentPack: string;
  /** JSON list of local helpers; the bundled sample when unset. */
  directoryFile: string | undefined;
  /** Proactive messages (quiet hours apart): how many are sent at once, the channels' rate limits (0: none), attempts, how often the worker looks. */
  outbox: {
    concurrency: number;
    perConversationPerSecond: number;
    perChannelPerSecond: number;
    maxAttempts: number;
    intervalSeconds: number;
  };
}

/** A setting that failed validation; the message names the setting and what is wrong. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const DEV_SALT = 'palier-development-salt';

/** Reads and validates the configuration. Throws ConfigError naming every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty setting (as copied from .env.example) means "use the default".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (!e.LANGUAGES.includes(e.DEFAULT_LANGUAGE)) {
    throw new ConfigError(`Invalid configuration:\n  DEFAULT_LANGUAGE: "${e.DEFAULT_LANGUAGE}" must be one of LANGUAGES (${e.LANGUAGES.join(',')})`);
  }
  if (production && !e.MicrosoftAppId && !e.ALLOW_UNAUTHENTICATED) {
    throw new ConfigError(
      'Refusing to start: NODE_ENV=production but MicrosoftAppId is empty, so /api/messages would accept unauthenticated requests.\n' +
        '  Set MicrosoftAppId and MicrosoftAppPassword (Azure Bot registration), or set ALLOW_UNAUTHENTICATED=true if you really mean it.',
    );
  }
  if (production && !e.RESIDENT_ID_SALT) {
    throw new ConfigError('Invalid configuration:\n  RESIDENT_ID_SALT: required in production (a long random secret used to pseudonymise residents)');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // Development listens on this machine only; production (where tokens are checked) on every interface.
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    dataDir: e.DATA_DIR,
    lockStaleMs: e.LOWDB_LOCK_STALE_SECONDS * 1000,
    database: e.DATABASE_URL
      ? {
          url: e.DATABASE_URL,
          schema: e.DATABASE_SCHEMA,
          poolSize: e.DATABASE_POOL_SIZE,
          migrateOnStart: e.MIGRATE_ON_START,
          statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000,
          connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000,
          reconnectMs: e.DATABASE_RECONNECT_SECONDS * 1000,
        }
      : undefined,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    languages: e.LANGUAGES,
    timeZone: e.TIME_ZONE,
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      allowUnauthenticated: e.ALLOW_UNAUTHENTICATED,
      openIdTimeoutMs: e.BOT_OPENID_TIMEOUT_SECONDS * 1000,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    },
    // The local Direct Line channel accepts anyone, so it only exists without an app id and outside production.
    localChat: e.LOCAL_CHAT && !production && !e.MicrosoftAppId,
    residentIdSalt: e.RESIDENT_ID_SALT || DEV_SALT,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxJsonDepth: e.MAX_JSON_DEPTH,
    photos: { maxBytes: Math.round(e.PHOTO_MAX_MB * 1024 * 1024), perNeed: e.PHOTOS_PER_NEED, timeoutMs: e.PHOTO_DOWNLOAD_TIMEOUT_SECONDS * 1000 },
    serviceUrls: (e.SERVICE_URLS ?? '').split(',').map((u) => u.trim().replace(/\/$/, '')).filter(Boolean),
    rateLimit: { burst: e.RATE_LIMIT_BURST, perSecond: e.RATE_LIMIT_PER_SECOND },
    logLevel: e.LOG_LEVEL,
    landlord: {
      name: e.LANDLORD_NAME,
      phone: e.LANDLORD_PHONE ?? exampleLandlord(e.CONTENT_PACK).phone,
      hours: e.LANDLORD_HOURS,
      address: e.LANDLORD_ADDRESS ?? exampleLandlord(e.CONTENT_PACK).address,
      email: e.LANDLORD_EMAIL,
    },
    sites: e.SITES.split(',').map((x) => x.trim()).filter(Boolean),
    needCategories: e.NEED_CATEGORIES.split(',').map((x) => x.trim()).filter(Boolean),
    surveysDir: e.SURVEYS_DIR,
    landlordGroupsFile: e.LANDLORD_GROUPS_FILE || undefined,
    eventsDaysAhead: e.EVENTS_DAYS_AHEAD,
    waitlistOfferHours: e.WAITLIST_OFFER_HOURS,
    eventsSeedFile: e.EVENTS_SEED_FILE,
    exampleContent: e.EXAMPLE_CONTENT && e.NODE_ENV === 'development',
    quietHours: e.QUIET_HOURS ?? (env.QUIET_HOURS === '' ? undefined : '21:00-08:00'),
    contentPack: e.CONTENT_PACK,
    directoryFile: e.DIRECTORY_FILE,
    outbox: {
      concurrency: e.OUTBOX_CONCURRENCY,
      perConversationPerSecond: e.OUTBOX_PER_CONVERSATION_PER_SECOND,
      perChannelPerSecond: e.OUTBOX_PER_CHANNEL_PER_SECOND,
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      intervalSeconds: e.OUTBOX_INTERVAL_SECONDS,
    },
  };
}

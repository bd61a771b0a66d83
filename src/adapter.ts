// The CloudAdapter: Bot Framework authentication from config, and the one turn-error handler.
import { Channels, CloudAdapter, ConfigurationBotFrameworkAuthentication, StatusCodes, type ConversationState, type Middleware, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botframework-schema';
import { CallerIdConstants } from 'botframework-schema';
import { boundOpenIdKeyWaits, warmOpenIdKeys } from './auth/openid-keys.js';
import { markVerified } from './auth/verified-turns.js';
import type { Config } from './config.js';
import { isStoreUnavailable } from './store/errors.js';
import type { Translator } from './i18n.js';
import type { Logger } from './logger.js';

/**
 * With an app id, every request to /api/messages must carry a valid Bot Framework token.
 * Without one (local development only; config refuses it in production), requests are anonymous.
 */
export function createAdapter(config: Config): PalierAdapter {
  boundOpenIdKeyWaits(config.bot.openIdTimeoutMs);
  const metadataUrl = config.bot.openIdMetadataUrl;
  const auth = new ClientReusingAuthentication({
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
    // Overriding one URL makes the SDK expect them all: the public cloud's, with the keys' URL replaced.
    ...(metadataUrl
      ? {
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {}),
  });
  if (config.bot.appId) warmOpenIdKeys(metadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl);
  const adapter = new PalierAdapter(auth);
  adapter.use(markVerified);
  adapter.use(outgoingActivities);
  return adapter;
}

/** What the adapter answers to the caller of /api/messages. */
export interface TurnResponse {
  status: number;
  body?: unknown;
}

/**
 * CloudAdapter, with a way in for a request body the server has already checked (activity-check.ts):
 * CloudAdapter.process checks the response object, the logic and the body again with zod schemas
 * built on every call (a whole copy of the body among them), about 3 % of a turn's CPU.
 */
export class PalierAdapter extends CloudAdapter {
  /** As CloudAdapter.process for a POSTed activity: the turn's status and body, 401 when the token is refused. */
  async processBody(body: Partial<Activity>, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<TurnResponse> {
    try {
      const invokeResponse = await this.processActivity(authHeader, withDates(body), logic);
      return { status: invokeResponse?.status ?? StatusCodes.OK, body: invokeResponse?.body };
    } catch (error) {
      if (error instanceof AuthenticationError) return { status: StatusCodes.UNAUTHORIZED, body: error.message };
      throw error;
    }
  }
}

/** The activity's timestamps as dates, the raw texts kept (what the SDK's validateAndFixActivity does). */
function withDates(activity: Partial<Activity>): Activity {
  const raw = activity as Activity & Record<'timestamp' | 'expiration' | 'localTimestamp' | 'rawTimestamp' | 'rawExpiration' | 'rawLocalTimestamp', unknown>;
  if (typeof raw.timestamp === 'string') [raw.rawTimestamp, raw.timestamp] = [raw.timestamp, new Date(raw.timestamp)];
  if (typeof raw.expiration === 'string') [raw.rawExpiration, raw.expiration] = [raw.expiration, new Date(raw.expiration)];
  if (typeof raw.localTimestamp === 'string') [raw.rawLocalTimestamp, raw.localTimestamp] = [raw.localTimestamp, new Date(raw.localTimestamp)];
  return raw;
}

/** Clients kept per key, at most this many (service URLs and app ids are few; the cap is a guard). */
const MAX_KEPT_CLIENTS = 100;

/**
 * The SDK builds a connector client and a user-token client (each an HTTP pipeline with its policies)
 * for every incoming activity: measured as about 5 % of a turn's CPU, though a turn answered with
 * expectReplies never uses them. They keep no state of their own between requests (credentials
 * fetch and cache their own tokens), so they are built once per app id, service URL and audience,
 * as the SDK's older BotFrameworkAdapter kept its connector clients.
 */
export class ClientReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokens = new Map<string, Promise<UserTokenClient>>();

  /** Incoming activities: the factory comes with the request's authentication. */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  /** Proactive messages and new conversations. */
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  private reusing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    return {
      create: (serviceUrl: string, audience?: string) => kept(this.connectors, `${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    };
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return kept(this.userTokens, String(appIdOf(claimsIdentity)), () => super.createUserTokenClient(claimsIdentity));
  }
}

/** The bot's app id as the SDK reads it from a request's claims (the audience, or the Emulator's app id claim). */
function appIdOf(claimsIdentity: ClaimsIdentity): string | undefined {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? undefined;
}

/** The client kept under `key`, built on first use; a failed build is not kept. */
function kept<T>(clients: Map<string, Promise<T>>, key: string, build: () => Promise<T>): Promise<T> {
  let client = clients.get(key);
  if (!client) {
    if (clients.size >= MAX_KEPT_CLIENTS) clients.clear();
    client = build();
    clients.set(key, client);
    client.catch(() => clients.get(key) === client && clients.delete(key));
  }
  return client;
}

/**
 * Shapes what the bot sends:
 * - our texts are plain text with line breaks, not markdown (Web Chat and Teams would join lines);
 * - runDialog sends a debugging snapshot of the whole dialog state every turn: the adapter drops it
 *   on real channels, but expectReplies would hand it to the caller, so only the Emulator gets it.
 */
export const outgoingActivities: Middleware = {
  async onTurn(context, next) {
    context.onSendActivities(async (ctx, activities, sendNext) => {
      for (const activity of activities) if (activity.type === 'message' && !activity.textFormat) activity.textFormat = 'plain';
      if (ctx.activity.channelId === Channels.Emulator) return sendNext();
      const kept = activities.filter((a) => a.type !== 'trace');
      if (kept.length === 0) return [];
      activities.splice(0, activities.length, ...kept);
      return sendNext();
    });
    await next();
  },
};

/**
 * Logs the failure with its context, tells the resident in their language, and drops the broken
 * dialog. When the store could not keep a write (disk full, database down), the resident is told
 * that it was not recorded, and the dialog is kept as last saved so that answering again retries.
 */
export function handleTurnErrors(adapter: CloudAdapter, deps: { conversationState: ConversationState; translator: Translator; logger: Logger }): void {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const { activity } = context;
    const unavailable = isStoreUnavailable(error);
    deps.logger.error(
      { err: error, channelId: activity.channelId, conversationId: activity.conversation?.id, activityType: activity.type },
      unavailable ? 'turn failed: the store could not keep a write' : 'turn failed',
    );
    const lng = deps.translator.fromLocale(activity.locale) ?? deps.translator.defaultLanguage;
    try {
      await context.sendActivity(deps.translator.fixedT(lng)(unavailable ? 'errors:storeUnavailable' : 'errors:generic'));
      if (!unavailable) await deps.conversationState.delete(context);
    } catch (secondary) {
      deps.logger.error({ err: secondary }, 'could not recover from turn error');
    }
  };
}

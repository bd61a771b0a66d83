// The CloudAdapter: Bot Framework authentication from config, and the one turn-error handler.
import { Channels, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationState, type Middleware, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
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
export function createAdapter(config: Config): CloudAdapter {
  boundOpenIdKeyWaits(config.bot.openIdTimeoutMs);
  const metadataUrl = config.bot.openIdMetadataUrl;
  const auth = new ConfigurationBotFrameworkAuthentication({
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
  const adapter = new CloudAdapter(auth);
  adapter.use(markVerified);
  adapter.use(outgoingActivities);
  return adapter;
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

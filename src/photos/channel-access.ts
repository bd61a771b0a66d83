// The Bot Framework edge of photo intake: the connector's token for the channel's own file store.
import type { TurnContext } from 'botbuilder';
import type { DownloadOptions } from './download.js';

interface TokenSource {
  getToken(forceRefresh?: boolean): Promise<string>;
}

/**
 * With an app id, channels such as Teams and Skype serve attachments only to the bot's token. The
 * token goes only to the channel's own service (the activity's serviceUrl host, or Bot Framework's
 * domain), never to any other address an attachment may name. Without an app id: no token.
 */
export function channelFileAccess(context: TurnContext, authenticated: boolean): Pick<DownloadOptions, 'token' | 'sendTokenTo'> {
  if (!authenticated) return {};
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as { credentials?: Partial<TokenSource> } | undefined;
  const credentials = client?.credentials;
  if (typeof credentials?.getToken !== 'function') return {};
  let serviceHost = '';
  try {
    serviceHost = new URL(context.activity.serviceUrl).hostname;
  } catch {
    // No usable serviceUrl: only Bot Framework's domain receives the token.
  }
  return {
    token: async () => (await (credentials as TokenSource).getToken()) || undefined,
    sendTokenTo: (url) => url.protocol === 'https:' && (url.hostname === serviceHost || url.hostname.endsWith('.botframework.com')),
  };
}

import type { BotChannel, BotChannelOptions } from './bot-channel';

/**
 * The Bot Framework channel; without an app id (local use, the Emulator, the web chat), botbuilder and the
 * Azure identity and MSAL modules it brings (some 40 MB resident, a thousand modules) are loaded on the
 * first activity or web chat turn rather than at start, so a server not yet talked to does not hold them.
 * With an app id it is built at once, as before: a registration botbuilder refuses stops the start, not
 * the first Teams message. Either way the channel is exactly what `createBotChannel` builds, built once.
 */
export function createLazyBotChannel(options: BotChannelOptions): BotChannel {
  let channel: BotChannel | undefined;
  // A botbuilder that could not be loaded is not tried again on every request (a thousand modules searched
  // each time): the same error, naming the fix, answers each one until latch is restarted.
  let loadFailure: Error | undefined;
  const loaded = (): BotChannel => {
    if (channel) return channel;
    if (loadFailure) throw loadFailure;
    let module: typeof import('./bot-channel');
    try {
      // require, not import(): directLineTurns hands back its turns synchronously.
      module = require('./bot-channel') as typeof import('./bot-channel');
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      loadFailure = new Error(
        `src/channels/botbuilder/lazy-bot-channel.ts: the Bot Framework modules (botbuilder) could not be loaded (${reason}): run \`npm install\` in latch's folder, then restart latch`,
        { cause: error },
      );
      throw loadFailure;
    }
    return (channel = module.createBotChannel(options));
  };
  if (options.authenticated) return loaded();
  return {
    // async, so a botbuilder that cannot be loaded rejects this request (a 500, logged) rather than throwing past it.
    handleActivity: async (activity, authorization) => loaded().handleActivity(activity, authorization),
    directLineTurns(conversations, now, failures) {
      let turns: ReturnType<BotChannel['directLineTurns']> | undefined;
      const load = () => (turns ??= loaded().directLineTurns(conversations, now, failures));
      return {
        record: async (conversationId, activity) => load().record(conversationId, activity),
        run: async (activity) => load().run(activity),
      };
    },
  };
}

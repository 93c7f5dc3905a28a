import type { Activity } from '../../src/channels/botbuilder/activity';
import type { BotChannelOptions } from '../../src/channels/botbuilder/bot-channel';

type LazyModule = typeof import('../../src/channels/botbuilder/lazy-bot-channel');

describe('createLazyBotChannel with a botbuilder that cannot be loaded', () => {
  afterEach(() => {
    jest.dontMock('botbuilder');
    jest.resetModules();
  });

  it('names the fix, and does not try to load it again on every request', async () => {
    jest.resetModules();
    let attempts = 0;
    jest.doMock('botbuilder', () => {
      attempts++;
      throw new Error("Cannot find module 'botbuilder'");
    });
    const { createLazyBotChannel } = require('../../src/channels/botbuilder/lazy-bot-channel') as LazyModule;
    // Local use (no app id): nothing is loaded until the first activity.
    const channel = createLazyBotChannel({ authenticated: false } as unknown as BotChannelOptions);
    const activity = { type: 'message', text: 'hello' } as unknown as Activity;
    await expect(channel.handleActivity(activity, '')).rejects.toThrow(/botbuilder.*could not be loaded.*run `npm install`/);
    await expect(channel.handleActivity(activity, '')).rejects.toThrow(/run `npm install`/);
    expect(attempts).toBe(1);
  });
});

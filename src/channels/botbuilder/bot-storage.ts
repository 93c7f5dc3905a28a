/**
 * Where the Bot Framework keeps conversation state (botbuilder's `Storage`: memory, Redis, Cosmos DB, …),
 * named here so code outside this folder can pass one along without importing botbuilder.
 */
export type { Storage as BotStorage } from 'botbuilder';

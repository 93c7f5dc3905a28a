/**
 * The Bot Framework Activity (the protocol's message shape), named here so the web channel and the stores
 * can hold activities without importing botbuilder; the Microsoft 365 Agents SDK has the same shape.
 */
export type { Activity } from 'botbuilder';

/*
 * Imported by the test helpers that start servers which take messages. The server loads botbuilder on its
 * first message when there is no app id (src/channels/botbuilder/lazy-bot-channel.ts), some thousand
 * modules; a test file loads it here, when the file itself is loaded, instead of inside whichever test
 * sends the first message and within that test's time limit.
 */
import 'botbuilder';

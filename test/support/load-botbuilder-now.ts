/*
 * Imported by the test files whose servers take messages (and by full-server.ts). The server loads
 * botbuilder on its first message when there is no app id (src/channels/botbuilder/lazy-bot-channel.ts),
 * some thousand modules; such a file loads it here, when the file itself is loaded, instead of inside
 * whichever test sends the first message and within that test's time limit. bot-server.ts does not import
 * it, so a file whose server has no app id and takes no message (the time limits) never loads botbuilder:
 * 0.3-0.5 s of CPU less. (The Teams tab's servers have an app id, so they load it at start anyway.)
 */
import 'botbuilder';

// Child process: the bare echo bot (an ActivityHandler that sends the text back, no state) on our HTTP stack.
import { ActivityHandler } from 'botbuilder';
import { serveBot } from './serve-bot.js';

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(context.activity.text ?? '');
  await next();
});
serveBot(bot);

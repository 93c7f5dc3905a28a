import { ActivityTypes, type Activity, type ResourceResponse, type TurnContext } from 'botbuilder';

/** An eTag conflict as RedisStorage, botbuilder's MemoryStorage and the Azure stores report it. */
function isStorageConflict(error: unknown): boolean {
  const failure = error as { name?: string; message?: string; code?: unknown; statusCode?: unknown } | undefined;
  return failure?.name === 'StorageConflictError' || failure?.code === 412 || failure?.statusCode === 412 || /eTag conflict/i.test(failure?.message ?? '');
}

/**
 * Runs a turn so that two instances taking turns of one conversation at once lose nothing: the turn's
 * messages are held back until its state is saved; if another instance saved first (an eTag conflict), the
 * turn is run again (it reads the newer state itself), and only the successful attempt's messages are sent.
 * Typing indicators go out at once, as they only say that an answer is coming. After `attempts` conflicts
 * the error goes to the adapter's error handler, which answers with the error sentence.
 */
export async function retryOnConflict(context: TurnContext, turn: () => Promise<void>, attempts = 4): Promise<void> {
  let held: Partial<Activity>[] | undefined;
  context.onSendActivities(async (_context, activities, next): Promise<ResourceResponse[]> => {
    if (!held || activities.every((activity) => activity.type === ActivityTypes.Typing)) return next();
    held.push(...activities);
    return activities.map(() => ({ id: '' }));
  });
  for (let attempt = 1; ; attempt++) {
    held = [];
    try {
      await turn();
    } catch (error) {
      held = undefined;
      if (!isStorageConflict(error) || attempt >= attempts) throw error;
      // A short random pause so the two instances do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      continue;
    }
    const messages = held;
    held = undefined;
    if (messages.length > 0) await context.sendActivities(messages);
    return;
  }
}

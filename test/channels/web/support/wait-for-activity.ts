import type { Activity } from 'botframework-directlinejs';

/** Resolves with the first activity so far or to come that matches, or fails after a few seconds. */
export function waitForActivity(received: Activity[], matches: (activity: Activity) => boolean, what: string): Promise<Activity> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const found = received.find(matches);
      if (found) return resolve(found);
      if (Date.now() - started > 8000) return reject(new Error(`no ${what} within 8 s; received: ${JSON.stringify(received.map((activity) => [activity.type, activity.from?.role, (activity as { text?: string }).text]))}`));
      setTimeout(check, 50);
    };
    check();
  });
}

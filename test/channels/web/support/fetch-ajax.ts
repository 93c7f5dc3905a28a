import { Observable } from 'rxjs/Observable';

interface AjaxRequest {
  method?: string;
  url?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeout?: number;
}

/**
 * RxJS 5's ajax needs XMLHttpRequest, which Node lacks; DirectLineJS accepts its own `ajax` service, so this
 * one speaks the same contract (response, status, xhr.getResponseHeader) over Node's fetch.
 */
export function fetchAjax(request: AjaxRequest): Observable<unknown> {
  return Observable.create((subscriber: { next(value: unknown): void; error(error: unknown): void; complete(): void }) => {
    const controller = new AbortController();
    const timer = request.timeout ? setTimeout(() => controller.abort(), request.timeout) : undefined;
    fetch(request.url ?? '', {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
    })
      .then(async (response) => {
        const text = await response.text();
        let parsed: unknown = null;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          parsed = text;
        }
        const result = { status: response.status, response: parsed, xhr: { getResponseHeader: (name: string) => response.headers.get(name) } };
        if (response.ok) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      })
      .catch((error: unknown) => subscriber.error({ status: 0, response: null, message: String(error), xhr: { getResponseHeader: () => null } }))
      .finally(() => clearTimeout(timer));
    return () => controller.abort();
  });
}

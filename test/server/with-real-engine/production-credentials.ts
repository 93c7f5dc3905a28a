import { loadConfig } from '../../../src/config';
import { checkCredentials, CredentialsError, missingCredentials } from '../../../src/server/check-credentials';
import { createServer } from '../../../src/server/create-server';
import { sharedEngine } from '../../support/shared-engine';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('production mode and app credentials', () => {
  it('refuses to create the server with NODE_ENV=production and no credentials, naming what to set', () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    expect(config.server.production).toBe(true);
    expect(() => createServer({ config, engine: sharedEngine() })).toThrow(CredentialsError);
    expect(() => createServer({ config, engine: sharedEngine() })).toThrow(/MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId/);
  });

  it('refuses a single-tenant registration without its tenant id in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' });
    expect(() => checkCredentials(config.server, config.botCredentials)).toThrow(/MicrosoftAppTenantId/);
  });

  it('accepts a complete single-tenant registration in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant' });
    expect(config.botCredentials.appType).toBe('SingleTenant');
    expect(checkCredentials(config.server, config.botCredentials)).toEqual({ authenticated: true });
  });

  it('runs unauthenticated outside production, on the loopback address only, with a warning', () => {
    const config = loadConfig({});
    expect(config.server.host).toBe('127.0.0.1');
    expect(checkCredentials(config.server, config.botCredentials)).toMatchObject({ authenticated: false, warning: expect.stringContaining('without authentication') });
  });

  it('listens on every interface once credentials are set, unless told otherwise', () => {
    expect(loadConfig({ MicrosoftAppId: 'app' }).server.host).toBe('0.0.0.0');
    expect(loadConfig({ MicrosoftAppId: 'app', LATCH_HOST: '10.0.0.5' }).server.host).toBe('10.0.0.5');
  });

  it('a managed identity needs no password, a multi-tenant app no tenant', () => {
    expect(missingCredentials({ appId: 'app', appPassword: '', appType: 'UserAssignedMSI', appTenantId: 'tenant' })).toEqual([]);
    expect(missingCredentials({ appId: 'app', appPassword: 'secret', appType: 'MultiTenant', appTenantId: '' })).toEqual([]);
  });

  it('reads the port, idle expiry and message logging from the environment', () => {
    const config = loadConfig({ PORT: '8080', LATCH_IDLE_EXPIRY_MINUTES: '5', LATCH_LOG_MESSAGES: 'true' });
    expect(config.server).toMatchObject({ port: 8080, idleExpiryMs: 5 * 60_000, logMessages: true });
    expect(loadConfig({}).server).toMatchObject({ port: 3978, logMessages: false });
    expect(() => loadConfig({ LATCH_LOG_MESSAGES: 'maybe' })).toThrow(/LATCH_LOG_MESSAGES/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});

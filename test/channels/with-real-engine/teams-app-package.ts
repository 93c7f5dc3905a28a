import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import { loadConfig, type LatchConfig } from '../../../src/config';
import { writeTeamsAppPackage } from '../../../src/channels/teams/teams-app-package';
import { buildManifest, cutAtWord, fillPlaceholders, TeamsPackageError } from '../../../src/channels/teams/teams-manifest';
import { sharedContent } from '../../support/shared-engine';

const botId = '11111111-2222-3333-4444-555555555555';
const config: LatchConfig = loadConfig({ MicrosoftAppId: botId, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant', LATCH_PUBLIC_URL: 'https://latch.clinic.example/' });
const { knowledgeBase } = sharedContent();

/** Microsoft's published schema for the manifest version the template declares, from @microsoft/app-manifest. */
const validators = new Map<string, ValidateFunction>();
function validatorFor(manifestVersion: string): ValidateFunction {
  // Compiling the schema takes a second or more; each version is compiled once for the file.
  let validate = validators.get(manifestVersion);
  if (!validate) {
    const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    validators.set(manifestVersion, validate);
  }
  return validate;
}

describe('the Teams app package', () => {
  const manifest = buildManifest(config, knowledgeBase, '0.1.0') as Record<string, any>;
  // The schema is compiled before the tests, outside their time limits.
  beforeAll(() => {
    validatorFor(manifest.manifestVersion);
  }, 30_000);

  it('is valid against Microsoft\'s schema for its manifest version (1.25)', () => {
    expect(manifest.manifestVersion).toBe('1.25');
    const validate = validatorFor(manifest.manifestVersion);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail: a manifest without its bot id is rejected', () => {
    const validate = validatorFor('1.25');
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] };
    expect(validate(broken)).toBe(false);
  });

  it('carries the bot id, the public host and the tab address from config', () => {
    expect(manifest.id).toBe(botId);
    expect(manifest.bots[0].botId).toBe(botId);
    expect(manifest.validDomains).toEqual(['latch.clinic.example']);
    const tab = manifest.staticTabs.find((candidate: { entityId: string }) => candidate.entityId === 'topics');
    expect(tab.contentUrl).toBe('https://latch.clinic.example/tab?theme={theme}');
    expect(manifest.staticTabs.map((candidate: { entityId: string }) => candidate.entityId)).toContain('conversations');
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('offers curated topics as prompt starters, each short enough for the command menu', () => {
    const commands = manifest.bots[0].commandLists[0].commands as { title: string }[];
    expect(commands.length).toBeGreaterThan(3);
    for (const command of commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(knowledgeBase.intents.some((intent) => intent.kind === 'knowledge' && intent.title === command.title)).toBe(true);
    }
  });

  it('refuses to package without a bot id or an https public URL', () => {
    expect(() => buildManifest(loadConfig({}), knowledgeBase, '0.1.0')).toThrow(TeamsPackageError);
    expect(() => buildManifest(loadConfig({ MicrosoftAppId: botId, LATCH_PUBLIC_URL: 'http://insecure.example' }), knowledgeBase, '0.1.0')).toThrow(/https/);
  });

  it('cuts each command description after a whole word, within Teams\' 128 characters', () => {
    const commands = manifest.bots[0].commandLists[0].commands as { description: string }[];
    for (const command of commands) {
      expect(command.description.length).toBeLessThanOrEqual(128);
      if (command.description.endsWith('…')) expect(command.description).toMatch(/[\p{L}\p{N})'"]…$/u);
    }
    expect(cutAtWord('Colostrum is the first milk, made in small amounts', 30)).toBe('Colostrum is the first milk…');
    expect(cutAtWord('short enough', 30)).toBe('short enough');
  });

  it('uses the web chat\'s accent colour, so Teams and the web page show one brand colour', () => {
    expect(manifest.accentColor).toBe(config.webChat.colours.accent);
  });

  it('refuses an app id that is not a GUID before building a package Microsoft would reject', () => {
    const notGuid = loadConfig({ MicrosoftAppId: 'latch-bot', LATCH_PUBLIC_URL: 'https://latch.clinic.example/' });
    expect(() => buildManifest(notGuid, knowledgeBase, '0.1.0')).toThrow(/MicrosoftAppId is "latch-bot".*GUID/);
    const teamsIdNotGuid = loadConfig({ MicrosoftAppId: botId, LATCH_TEAMS_APP_ID: '1234', LATCH_PUBLIC_URL: 'https://latch.clinic.example/' });
    expect(() => buildManifest(teamsIdNotGuid, knowledgeBase, '0.1.0')).toThrow(/teams\.app_id is "1234"/);
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => fillPlaceholders('{"a": "${{NOT_KNOWN}}"}', {})).toThrow(/NOT_KNOWN/);
  });

  describe('the zip', () => {
    const folder = mkdtempSync(join(tmpdir(), 'latch-teams-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('holds manifest.json and the two icons at the top level, with the sizes Teams requires', () => {
      const zipPath = join(folder, 'latch.zip');
      writeTeamsAppPackage(config, knowledgeBase, zipPath);
      const zip = new AdmZip(zipPath);
      expect(zip.getEntries().map((entry) => entry.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
      const zipped = JSON.parse(zip.readAsText('manifest.json'));
      expect(zipped.bots[0].botId).toBe(botId);
      expect(validatorFor('1.25')(zipped)).toBe(true);

      const color = PNG.sync.read(zip.readFile('color.png')!);
      expect([color.width, color.height]).toEqual([192, 192]);
      const outline = PNG.sync.read(zip.readFile('outline.png')!);
      expect([outline.width, outline.height]).toEqual([32, 32]);
      // The outline icon must be white on transparent.
      for (let offset = 0; offset < outline.data.length; offset += 4) {
        const alpha = outline.data[offset + 3];
        if (alpha > 0) expect([outline.data[offset], outline.data[offset + 1], outline.data[offset + 2]]).toEqual([255, 255, 255]);
      }
      expect(outline.data.some((_value, index) => index % 4 === 3 && outline.data[index] === 0)).toBe(true);
    });
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LatchConfig } from '../../config';
import type { KnowledgeBase } from '../../knowledge/knowledge-base';
import { buildManifest } from './teams-manifest';

/**
 * Writes the zip Teams side-loads: manifest.json and the two icons at the top level (Teams rejects a zip
 * whose files sit in a folder). adm-zip is a development dependency: packaging is a build step.
 */
export function writeTeamsAppPackage(config: LatchConfig, knowledgeBase: Pick<KnowledgeBase, 'intents' | 'answerById'>, outputPath: string): { manifest: Record<string, unknown> } {
  // Loaded only when packaging: a production install (npm ci --omit=dev) has no adm-zip, and serving never needs it.
  const AdmZip = require('adm-zip') as typeof import('adm-zip');
  const { version } = JSON.parse(readFileSync(join(config.projectRoot, 'package.json'), 'utf8')) as { version: string };
  const manifest = buildManifest(config, knowledgeBase, version);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
  for (const icon of ['color.png', 'outline.png']) zip.addFile(icon, readFileSync(join(config.projectRoot, 'appPackage', icon)));
  writeFileSync(outputPath, zip.toBuffer());
  return { manifest };
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEngine } from '../../../src/app/build-engine';
import { loadConfig } from '../../../src/config';
import { ContentError } from '../../../src/knowledge/content-error';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge-base';
import { requireReviewed, reviewFindings } from '../../../src/knowledge/review-status';
import { sharedContent } from '../../support/shared-engine';
import { lineContaining, milkFixture, replaceOnce, topicYaml, validContentFiles, writeContentDirectory } from '../../fixtures/content-fixture';

const sources = '    sources:\n      - seed: paragraph 5\n';

/** The milk fixture's answer with `review` written in; a second topic with no review at all. */
function contentWithReview(review: string) {
  const milk = replaceOnce(topicYaml(milkFixture), sources, `${sources}    review: ${review}\n`);
  const supply = topicYaml({ topic: 'supply', intentId: 'supply.demand' });
  return { ...validContentFiles(), 'milk.yaml': milk, 'supply.yaml': supply };
}

function load(files: Record<string, string>) {
  const directory = writeContentDirectory(files);
  try {
    return loadKnowledgeBase({ contentDirectory: directory.contentDirectory, displayRoot: directory.root });
  } finally {
    directory.remove();
  }
}

describe('review status', () => {
  // The real content, loaded once (the tests' shared snapshot) before the tests, not inside a 5 s limit.
  beforeAll(() => {
    sharedContent();
  }, 60_000);

  it('lists a draft answer and one never reviewed, with file and line, and not a reviewed one that is in date', () => {
    const reviewed = load(contentWithReview('{ status: reviewed, reviewer: "A. Midwife, RM", reviewed_on: 2026-11-01, review_due: 2027-11-01 }'));
    expect(reviewFindings(reviewed, '2026-12-04')).toEqual([expect.objectContaining({ answerId: 'supply.demand', file: 'content/supply.yaml', problem: 'draft' })]);
    const draft = load(contentWithReview('{ status: draft, note: "waiting for sign-off" }'));
    const milkLine = lineContaining(contentWithReview('{ status: draft }')['milk.yaml'], '  milk.late:');
    expect(reviewFindings(draft, '2026-12-04').map((finding) => [finding.answerId, finding.problem, finding.line])).toEqual([
      ['milk.late', 'draft', milkLine],
      ['supply.demand', 'draft', expect.any(Number)],
    ]);
  });

  it('lists a reviewed answer as overdue once its review-due date has passed', () => {
    const knowledgeBase = load(contentWithReview('{ status: approved, reviewer: "A. Midwife, RM", reviewed_on: 2025-01-10, review_due: 2026-01-10 }'));
    expect(reviewFindings(knowledgeBase, '2026-12-04')).toContainEqual(expect.objectContaining({ answerId: 'milk.late', problem: 'overdue', reviewDue: '2026-01-10' }));
    expect(reviewFindings(knowledgeBase, '2026-01-10').map((finding) => finding.answerId)).not.toContain('milk.late');
  });

  it('refuses a reviewed answer without its reviewer and dates, or due before it was reviewed', () => {
    expect(() => load(contentWithReview('{ status: reviewed }'))).toThrow(/needs reviewer, reviewed_on and review_due/);
    expect(() => load(contentWithReview('{ status: reviewed, reviewer: X, reviewed_on: 2026-11-01, review_due: 2026-10-01 }'))).toThrow(/review_due must come after reviewed_on/);
    expect(() => load(contentWithReview('{ status: reviewed, reviewer: X, reviewed_on: 1 Nov 2026, review_due: 2027-11-01 }'))).toThrow(ContentError);
  });

  it('with require_reviewed, refuses to start while answers are drafts, naming each one', () => {
    const knowledgeBase = load(contentWithReview('{ status: draft }'));
    expect(() => requireReviewed(knowledgeBase)).toThrow(/2 answers are drafts:\n  content\/milk\.yaml:\d+ milk\.late\n  content\/supply\.yaml:\d+ supply\.demand/);
    const signedOff = load(contentWithReview('{ status: reviewed, reviewer: X, reviewed_on: 2026-11-01, review_due: 2027-11-01 }'));
    // supply.demand was never reviewed, so it alone is named.
    expect(() => requireReviewed(signedOff)).toThrow(/1 answer is a draft:\n  content\/supply\.yaml:\d+ supply\.demand\n/);
  });

  it('reads require_reviewed from latch.config.yaml, and then refuses to build the engine on draft content', () => {
    const folder = mkdtempSync(join(tmpdir(), 'latch-config-'));
    try {
      const path = join(folder, 'latch.config.yaml');
      writeFileSync(path, 'version: 1\nrequire_reviewed: true\n');
      const config = loadConfig({ LATCH_CONFIG: path });
      expect(config.requireReviewed).toBe(true);
      expect(loadConfig({}).requireReviewed).toBe(false);
      // latch's own answers are drafts until a clinician signs them off.
      // The shared content is this config's: the file sets require_reviewed only.
      expect(config.contentDirectory).toBe(loadConfig({}).contentDirectory);
      expect(() => buildEngine(config, { content: sharedContent() })).toThrow(/require_reviewed: true, but \d+ answers are drafts:\n  content\/capacity\.yaml:\d+ capacity\.storage/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_JOBS, MESSAGE_FOLDERS, PERSONAL_DATA } from '../platform.js';
import { MODULES } from './index.js';

describe('the module list', () => {
  it('names every module once, each with a folder of German messages', () => {
    const names = MODULES.map((module) => module.name);
    expect(new Set(names).size).toBe(names.length);
    for (const module of MODULES) expect(existsSync(join(module.messages, 'de')), module.name).toBe(true);
    expect(MESSAGE_FOLDERS).toHaveLength(MODULES.length + 1);
  });

  it('registers personal data in the order erasure relies on (applications erased before profiles)', () => {
    const ids = PERSONAL_DATA.map((source) => source.id);
    expect(ids).toEqual([
      'rate_limits',
      'mail',
      'accessibility_feedback',
      'account',
      'catalogue_entries',
      'event_registrations',
      'saved_searches',
      'matching_profiles',
      'mentoring',
      'matching_alerts',
      'applicant_profile_inactivity',
      'talent_invitations',
      'applications',
      'checklists',
      'participation_forums',
      'participation_stories',
      'participation_nominations',
      'participation_jury',
      'courses',
      'training',
      'partnerships',
    ]);
    expect(ids.indexOf('applications')).toBeGreaterThan(ids.indexOf('matching_profiles'));
  });

  it("starts core's retention job and each module's scheduled jobs", () => {
    const moduleJobs = MODULES.flatMap((module) => module.jobs ?? []);
    expect(BACKGROUND_JOBS).toHaveLength(moduleJobs.length + 1);
    expect(BACKGROUND_JOBS.slice(1)).toEqual(moduleJobs);
  });
});

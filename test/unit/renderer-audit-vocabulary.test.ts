import { getTableColumns } from 'drizzle-orm';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { conferenceInvites, conferences, consents, participants, services, staff } from '../../db/schema/index';
import { placements } from '../../db/schema/placements';
import { resources } from '../../renderer/src/i18n/resources';
import { entityLabel, fieldLabel, outcomeLabel } from '../../renderer/src/pages/audit/audit-vocabulary';

/**
 * Every field name the services write to the audit log: a participant update lists the
 * changed columns, an invite update its patch keys, the settings and staff services their own.
 */
const auditedFields = [
  ...Object.keys(getTableColumns(participants)),
  ...Object.keys(getTableColumns(consents)),
  ...Object.keys(getTableColumns(conferences)),
  ...Object.keys(getTableColumns(conferenceInvites)),
  ...Object.keys(getTableColumns(services)),
  ...Object.keys(getTableColumns(staff)),
  ...Object.keys(getTableColumns(placements)),
  'state',
  'password',
  'screening',
  'centreName',
  'idleLockMinutes',
  'backupFolder',
  'eligibility.criteria',
  'intake.requiredForms',
  // plans.saveDraft and plans.sign (electron/domain/plans.ts changedNames)
  'vision',
  'plannedMeetings',
  'plannedWorkshopTypes',
  'nextReviewDate',
  'goals',
  'tasks',
  'barriers',
  'participantSignedDate',
  'coachSignedDate',
];

const auditedEntities = [
  'backup',
  'caseload',
  'conference',
  'conference_invite',
  'consent',
  'follow_up',
  'meeting',
  'meeting_reminders',
  'meetings',
  'participant',
  'placement',
  'placements',
  'plan',
  'plan_comparison',
  'plan_version',
  'follow_up',
  'placement',
  'placements',
  'recovery_sheet',
  'service',
  'settings',
  'staff',
  // electron/services/documents/generate.ts: one entity per generated document kind
  'document_work_plan',
  'document_attendance_sheet',
  'document_attendance_sheets',
  'document_attendance_summary',
  'document_referral_letter',
  'document_exit_letter',
  'document_coach_report',
];

describe('the audit screen in words', () => {
  beforeAll(async () => {
    await i18next.init({ resources: { he: { translation: resources.he }, en: { translation: resources.en } } });
  });

  for (const lng of ['he', 'en'] as const) {
    it(`names every audited field in ${lng}, never by its internal name`, async () => {
      await i18next.changeLanguage(lng);
      const missing = auditedFields.filter((field) => !i18next.exists(`audit.fields.${field}`, { lng }));
      expect(missing).toEqual([]);
      for (const field of auditedFields) expect(typeof fieldLabel(i18next.t, field)).toBe('string');
      if (lng === 'he') expect(fieldLabel(i18next.t, 'screeningOutcome')).not.toMatch(/[a-z]/i);
    });

    it(`names every audited entity and the demo-centre entry in ${lng}`, async () => {
      await i18next.changeLanguage(lng);
      expect(auditedEntities.filter((entity) => !i18next.exists(`audit.entities.${entity}`, { lng }))).toEqual([]);
      expect(outcomeLabel(i18next.t, 'demo_generated')).not.toContain('demo_generated');
      expect(entityLabel(i18next.t, 'conference_invite')).not.toContain('conference_invite');
    });
  }
});

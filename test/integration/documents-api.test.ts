import { beforeAll, describe, expect, it } from 'vitest';
import { generateAttendanceSheets } from '../../electron/services/documents/generate';
import { weekSessionIds } from '../../electron/services/documents/load-workshops';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { missingInOrder, pdfPages, squeezed } from '../fixtures/documents/pdf-text';
import { addDisclosure, DANA, MOSHE, seedCentre, type SeededIds } from '../fixtures/documents/seed-centre';

/* The clock of the test centre stands at Sunday 01/11/2026. */
let t: TestApp;
let staff: Awaited<
  ReturnType<
    typeof withStaff<{ nurit: 'navigator'; avi: 'coach'; gila: 'coach'; rina: 'facilitator'; fay: 'facilitator' }>
  >
>;
let ids: SeededIds;

function failure(result: { ok: boolean; error?: unknown }) {
  expect(result.ok).toBe(false);
  return result.error as { code: string; message: string };
}

function text(output: { pdfBase64: string }): string {
  const pdf = Buffer.from(output.pdfBase64, 'base64');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfPages(pdf).join('\n');
}

function documentAudits(): { actorId: number; action: string; entity: string; entityId: string; all: string }[] {
  const rows = t.runtime
    .sqlite()
    .prepare(`SELECT * FROM audit_log WHERE entity LIKE 'document_%' ORDER BY seq`)
    .all() as { actor_id: number; action: string; entity: string; entity_id: string }[];
  return rows.map((row) => ({
    actorId: row.actor_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    all: JSON.stringify(row),
  }));
}

beforeAll(async () => {
  t = await createTestCentre();
  staff = await withStaff(t, {
    nurit: 'navigator',
    avi: 'coach',
    gila: 'coach',
    rina: 'facilitator',
    fay: 'facilitator',
  } as const);
  ids = seedCentre(t.runtime, {
    coach: staff.ids.avi,
    otherCoach: staff.ids.gila,
    facilitator: staff.ids.rina,
    otherFacilitator: staff.ids.fay,
  });
});

describe('the work plan', () => {
  it('prints the signed version for the case’s coach, in Hebrew and English', async () => {
    await staff.actAs('avi');
    const he = text(await t.must('documents.workPlan', { participantId: ids.dana }));
    expect(
      missingInOrder(he, ['תוכנית עבודה אישית', 'דנה כהן', 'גרסה 1, חתומה', 'לחזור לעבוד כמנהלת חשבונות']),
    ).toEqual([]);
    const en = text(await t.must('documents.workPlan', { participantId: ids.dana, version: 1, lang: 'en' }));
    expect(missingInOrder(en, ['Personal work plan', 'Version 1, signed (15/10/2026)', 'SMART goals'])).toEqual([]);
  });

  it('refuses another coach’s case, the navigator and a facilitator; a missing version is not found', async () => {
    await staff.actAs('avi');
    expect(failure(await t.call('documents.workPlan', { participantId: ids.moshe })).message).toBe(
      'errors.participant.not_your_caseload',
    );
    expect(failure(await t.call('documents.workPlan', { participantId: ids.dana, version: 9 })).message).toBe(
      'errors.documents.no_plan',
    );
    for (const who of ['nurit', 'rina'] as const) {
      await staff.actAs(who);
      expect(failure(await t.call('documents.workPlan', { participantId: ids.dana })).code).toBe('forbidden');
    }
  });
});

describe('the referral letter, gated by the person’s disclosure consent', () => {
  const refusal = async (organisationId: number) =>
    failure(await t.call('documents.referralLetter', { participantId: ids.dana, organisationId })).message;

  it('is refused without any consent, with a consent for another organisation, expired or withdrawn', async () => {
    await staff.actAs('avi');
    expect(await refusal(ids.ofek)).toBe('errors.documents.referral.no_consent');
    addDisclosure(t.runtime, ids.dana, { organisation: 'לשכת הרווחה', givenDate: '2026-09-01' });
    expect(await refusal(ids.ofek)).toBe('errors.documents.referral.other_organisation');
    addDisclosure(t.runtime, ids.dana, {
      organisation: 'עמותת "אופק" לתעסוקה',
      givenDate: '2025-01-01',
      expiresDate: '2025-12-31',
    });
    expect(await refusal(ids.ofek)).toBe('errors.documents.referral.expired');
    addDisclosure(t.runtime, ids.dana, {
      organisation: 'עמותת אופק לתעסוקה',
      givenDate: '2026-05-01',
      withdrawnDate: '2026-10-01',
    });
    expect(await refusal(ids.ofek)).toBe('errors.documents.referral.withdrawn');
    expect(await refusal(9999)).toBe('errors.documents.organisation_not_found');
    expect(documentAudits().filter((row) => row.entity === 'document_referral_letter')).toEqual([]);
  });

  it('is written once an active consent covers today, naming only what its scope allows', async () => {
    await staff.actAs('avi');
    addDisclosure(t.runtime, ids.dana, {
      organisation: 'עמותת "אופק" לתעסוקה',
      givenDate: '2026-10-25',
      expiresDate: '2027-10-25',
      scope: 'שם וטלפון, לצורך שיבוץ בקורס',
    });
    const letter = text(
      await t.must('documents.referralLetter', { participantId: ids.dana, organisationId: ids.ofek }),
    );
    expect(
      missingInOrder(letter, ['לכבוד עמותת "אופק" לתעסוקה', 'הנדון: הפניית דנה כהן', 'טלפון', '050-123-4567']),
    ).toEqual([]);
    expect(squeezed(letter)).not.toContain(DANA.nationalId);
    // The plan's goals were not in the scope.
    expect(squeezed(letter)).not.toContain(squeezed('לשלוח קורות חיים'));
    // The welfare office's consent (no end date) covers that letter too.
    expect(
      text(await t.must('documents.referralLetter', { participantId: ids.dana, organisationId: ids.welfare })),
    ).toContain('לשכת הרווחה');
  });

  it('refuses another coach’s case before looking at its consents', async () => {
    await staff.actAs('avi');
    expect(
      failure(await t.call('documents.referralLetter', { participantId: ids.moshe, organisationId: ids.ofek })).code,
    ).toBe('forbidden');
  });
});

describe('attendance sheets and summaries', () => {
  it('prints the facilitator’s own session: names in order, the last four ID digits, room for walk-ins', async () => {
    await staff.actAs('rina');
    const sheet = text(await t.must('documents.attendanceSheet', { sessionId: ids.sessions[2]! }));
    expect(missingInOrder(sheet, ['דף נוכחות: חוזרים לעבודה', 'מפגש 3 מתוך 3', 'אזולאי', 'כהן'])).toEqual([]);
    expect(squeezed(sheet)).toContain(DANA.nationalId.slice(-4));
    expect(squeezed(sheet)).not.toContain(DANA.nationalId);
    expect(squeezed(sheet)).not.toContain(MOSHE.nationalId);
    const summary = text(await t.must('documents.attendanceSummary', { instanceId: ids.instance, lang: 'en' }));
    expect(missingInOrder(summary, ['Attendance summary', '20/10', '27/10', '03/11', '2/2'])).toEqual([]);
  });

  it('refuses another facilitator’s session and instance, and coaches', async () => {
    await staff.actAs('rina');
    expect(failure(await t.call('documents.attendanceSheet', { sessionId: ids.otherSession })).message).toBe(
      'errors.attendance.not_your_workshop',
    );
    expect(failure(await t.call('documents.attendanceSummary', { instanceId: ids.otherInstance })).message).toBe(
      'errors.attendance.not_your_workshop',
    );
    await staff.actAs('avi');
    expect(failure(await t.call('documents.attendanceSheet', { sessionId: ids.sessions[0]! })).code).toBe('forbidden');
  });

  it('prints the week’s sheets as one PDF: the facilitator’s own, all of them for the coordinator', async () => {
    await staff.actAs('rina');
    expect(weekSessionIds(t.runtime)).toEqual([ids.sessions[2]]);
    await staff.actAs('admin');
    const all = weekSessionIds(t.runtime, '2026-10-20');
    expect(all).toEqual([ids.sessions[0], ids.otherSession]);
    const batch = await generateAttendanceSheets(t.runtime, { sessionIds: all, lang: 'he' });
    const pages = pdfPages(batch.pdf);
    expect(pages).toHaveLength(2);
    expect(missingInOrder(pages[0]!, ['חוזרים לעבודה'])).toEqual([]);
    expect(missingInOrder(pages[1]!, ['אקסל למתחילים'])).toEqual([]);
  });
});

describe('the exit letter and the coach’s monthly report', () => {
  it('sums up a participation for the case’s coach', async () => {
    await staff.actAs('avi');
    const letter = text(await t.must('documents.exitLetter', { participantId: ids.dana }));
    expect(missingInOrder(letter, ['לכבוד דנה כהן', 'מיום 01/06/2026', 'יעדים שהושגו', 'לשלוח קורות חיים'])).toEqual(
      [],
    );
  });

  it('prints a coach’s own month, any coach’s for the coordinator, and refuses the rest', async () => {
    await staff.actAs('avi');
    const own = text(await t.must('documents.coachReport', { coachId: staff.ids.avi, month: '2026-10' }));
    expect(missingInOrder(own, ['דוח חודשי של מקדם/ת תעסוקה', 'משתתפים', 'דנה כהן'])).toEqual([]);
    expect(squeezed(own)).not.toContain(squeezed('משה אזולאי'));
    expect(failure(await t.call('documents.coachReport', { coachId: staff.ids.gila, month: '2026-10' })).message).toBe(
      'errors.documents.not_your_report',
    );
    expect(failure(await t.call('documents.coachReport', { coachId: staff.ids.avi, month: '2026-13' })).code).toBe(
      'invalid_input',
    );
    await staff.actAs('admin');
    expect(
      text(await t.must('documents.coachReport', { coachId: staff.ids.gila, month: '2026-10', lang: 'en' })),
    ).toContain("Coach's monthly report");
    expect(failure(await t.call('documents.coachReport', { coachId: staff.ids.rina, month: '2026-10' })).message).toBe(
      'errors.documents.coach_not_found',
    );
  });
});

describe('the audit of generated documents', () => {
  it('names the document and the record, by whom, and never a name or an ID', () => {
    const rows = documentAudits();
    expect(new Set(rows.map((row) => row.entity))).toEqual(
      new Set([
        'document_work_plan',
        'document_referral_letter',
        'document_attendance_sheet',
        'document_attendance_summary',
        'document_attendance_sheets',
        'document_exit_letter',
        'document_coach_report',
      ]),
    );
    expect(rows.every((row) => row.action === 'record_viewed')).toBe(true);
    expect(rows.find((row) => row.entity === 'document_work_plan')).toMatchObject({
      actorId: staff.ids.avi,
      entityId: String(ids.dana),
    });
    for (const row of rows)
      for (const secret of [DANA.firstName, DANA.lastName, DANA.nationalId, MOSHE.nationalId, 'אופק'])
        expect(row.all).not.toContain(secret);
  });
});

import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES } from '../../electron/domain/letter-templates';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { makeActiveCase } from '../fixtures/workshops';

let t: TestApp;
let staff: Awaited<ReturnType<typeof withStaff<{ avi: 'coach' }>>>;
let participantId: number;

/** The smallest valid PNG (1×1, grey) and JPEG signatures, as a coordinator's logo file would start. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
  'base64',
);

function pdfText(base64: string): string {
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], {
    input: Buffer.from(base64, 'base64'),
    encoding: 'utf8',
  });
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

beforeAll(async () => {
  t = await createTestCentre();
  staff = await withStaff(t, { avi: 'coach' } as const);
  const created = await t.must('inquiries.create', { firstName: 'רות', lastName: 'לוי', phone: '052-765-4321' });
  if (created.kind !== 'created') throw new Error('expected a new record');
  participantId = created.id;
  makeActiveCase(t.runtime.db(), participantId, staff.ids.avi);
});

describe('letter templates', () => {
  it('starts from the built-in wording, with the letter fields listed', async () => {
    const list = await t.must('templates.list', { kind: 'meeting_reminder', language: 'he' });
    expect(list.builtIn).toBe(true);
    expect(list.versions).toEqual([]);
    expect(list.body).toBe(list.defaultBody);
    expect(list.fields).toEqual(expect.arrayContaining(['participant.firstName', 'meeting.date', 'centre.phone']));
    const referral = await t.must('templates.list', { kind: 'referral', language: 'en' });
    expect(referral.fields).toContain('consent.scope');
  });

  it('refuses an unknown field, naming it, and saves nothing', async () => {
    const result = await t.must('templates.save', {
      kind: 'referral',
      language: 'he',
      body: 'שלום {{participant.firstName}}, שכרך {{participant.salary}}',
    });
    expect(result).toEqual({ saved: false, problem: { reason: 'unknown_field', name: 'participant.salary' } });
    const inSection = await t.must('templates.save', {
      kind: 'exit',
      language: 'he',
      body: '{{#exit.referral}}{{organisation.name}}{{/exit.referral}}',
    });
    // organisation.name is a referral field, not an exit one.
    expect(inSection).toEqual({ saved: false, problem: { reason: 'unknown_field', name: 'organisation.name' } });
    expect((await t.must('templates.list', { kind: 'referral', language: 'he' })).versions).toEqual([]);
  });

  it('refuses partials, new delimiters, object properties that would run as lambdas, and broken tags', async () => {
    const refused = {
      '{{> header}}': { reason: 'partial', name: 'header' },
      '{{=<% %>=}} <% participant.firstName %>': { reason: 'delimiters' },
      '{{constructor}}': { reason: 'unknown_field', name: 'constructor' },
      '{{#constructor}}x{{/constructor}}': { reason: 'unknown_field', name: 'constructor' },
      '{{participant.firstName.constructor}}': { reason: 'unknown_field', name: 'participant.firstName.constructor' },
      '{{.}}': { reason: 'unknown_field', name: '.' },
      '{{#participant.firstName}}open section': { reason: 'syntax' },
      '   ': { reason: 'empty' },
    };
    for (const [body, problem] of Object.entries(refused)) {
      const result = await t.must('templates.save', { kind: 'meeting_reminder', language: 'en', body });
      expect(result, body).toEqual({ saved: false, problem });
      expect((await t.must('templates.check', { kind: 'meeting_reminder', language: 'en', body })).problem).toEqual(
        problem,
      );
    }
    expect((await t.must('templates.list', { kind: 'meeting_reminder', language: 'en' })).versions).toEqual([]);
    expect(
      (await t.call('templates.previewPdf', { kind: 'meeting_reminder', language: 'en', body: '{{>x}}' })).ok,
    ).toBe(false);
  });

  it('keeps every saved version, shows an old one, and restores it as the newest', async () => {
    const first = 'Dear {{participant.firstName}}, first wording. {{meeting.date}}';
    const second = 'Dear {{participant.firstName}}, second wording. {{meeting.date}}';
    const v1 = await t.must('templates.save', { kind: 'meeting_reminder', language: 'en', body: first });
    const v2 = await t.must('templates.save', { kind: 'meeting_reminder', language: 'en', body: second });
    if (!v1.saved || !v2.saved) throw new Error('expected both saved');
    expect([v1.version.version, v2.version.version]).toEqual([1, 2]);
    expect(v2.version.createdBy).toBe('דנה כהן');

    const old = await t.must('templates.get', { id: v1.version.id });
    expect(old).toMatchObject({ version: 1, body: first, kind: 'meeting_reminder', language: 'en' });

    const restored = await t.must('templates.restore', { id: v1.version.id });
    expect(restored.version).toBe(3);
    const list = await t.must('templates.list', { kind: 'meeting_reminder', language: 'en' });
    expect(list.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(list.body).toBe(first);
    expect(list.builtIn).toBe(false);
    // The Hebrew letter of the same kind is untouched.
    expect((await t.must('templates.list', { kind: 'meeting_reminder', language: 'he' })).builtIn).toBe(true);

    const audit = await t.must('audit.list', {});
    const saves = audit.rows.filter((e) => e.entity === 'document_template');
    expect(saves.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(saves)).not.toContain('wording');
  });

  it('previews text for sample data, never a real record', async () => {
    const check = await t.must('templates.check', {
      kind: 'conference_invitation',
      language: 'he',
      body: 'שלום {{participant.firstName}} {{participant.lastName}}\n{{#conference.time}}בשעה {{conference.time}}{{/conference.time}}',
    });
    expect(check).toEqual({ problem: null, paragraphs: ['שלום נועה כהן', 'בשעה 10:00'] });
  });

  it('prints the newest saved wording in the generated exit letter, under the letterhead', async () => {
    await t.must('letterhead.save', {
      centreName: 'מרכז תעסוקה השרון',
      address: 'רחוב הרצל 12, נתניה',
      phone: '09-8612345',
      logo: { format: 'png', base64: PNG.toString('base64') },
    });
    const saved = await t.must('templates.save', {
      kind: 'exit',
      language: 'he',
      body: 'לכבוד {{participant.firstName}} {{participant.lastName}}\nנוסח-מותאם-למרכז בתאריך {{participant.exitDate}}',
    });
    expect(saved.saved).toBe(true);
    const letter = await t.must('documents.exitLetter', { participantId, lang: 'he' });
    const text = pdfText(letter.pdfBase64);
    expect(text).toContain('נוסח-מותאם-למרכז');
    expect(text).toContain('מרכז תעסוקה השרון');
    expect(text).toContain('רחוב הרצל');
    expect(text).toContain('נתניה');
    expect(text).not.toContain('תודה על שיתוף הפעולה');
    // English still uses the built-in wording.
    expect(pdfText((await t.must('documents.exitLetter', { participantId, lang: 'en' })).pdfBase64)).toContain(
      'Thank you for working with us',
    );
  });

  it('only the coordinator edits templates', async () => {
    await staff.actAs('avi');
    const result = await t.call('templates.save', { kind: 'exit', language: 'he', body: '{{today}}' });
    expect(result.ok ? null : result.error.code).toBe('forbidden');
    await staff.actAs('admin');
  });
});

describe('the letterhead', () => {
  const head = { centreName: 'מרכז', address: 'כתובת', phone: '03-5555555' };

  it('accepts a PNG and a JPEG judged by their bytes, and stores the detected format', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
    const saved = await t.must('letterhead.save', {
      ...head,
      logo: { format: 'png', base64: jpeg.toString('base64') },
    });
    expect(saved.logo?.format).toBe('jpeg');
    expect((await t.must('letterhead.get', {}))?.logo?.format).toBe('jpeg');
    await t.must('letterhead.save', { ...head, logo: { format: 'png', base64: PNG.toString('base64') } });
  });

  it('refuses a logo that is not PNG or JPEG, or is over 500 KB, and keeps the previous letterhead', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    const cases: [Buffer, string][] = [
      [gif, 'validation.logo_format'],
      [svg, 'validation.logo_format'],
      [big, 'validation.logo_too_large'],
    ];
    for (const [bytes, message] of cases) {
      const result = await t.call('letterhead.save', {
        ...head,
        centreName: 'אחר',
        logo: { format: 'png', base64: bytes.toString('base64') },
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.fields).toEqual([{ path: 'logo', message }]);
    }
    const kept = await t.must('letterhead.get', {});
    expect(kept?.centreName).toBe('מרכז');
    expect(kept?.logo?.format).toBe('png');
  });
});

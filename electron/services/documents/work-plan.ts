import type { Content } from 'pdfmake/interfaces';
import type { BarrierCode, WorkshopType } from '../../domain/codes';
import type { GoalStatus, PlanStatus, TaskOwner } from '../../domain/casework';
import { formatDisplayDate } from '../../domain/dates';
import { heading, keyValueBlock, paragraph, signatureLines } from './blocks';
import { codeLabel, fullName, pick } from './code-labels';
import type { DocumentContext } from './context';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { table } from './table';

export interface WorkPlanData {
  centreName: string;
  participant: { firstName: string; lastName: string; nationalId: string | null };
  coachName: string | null;
  plan: {
    version: number;
    status: PlanStatus;
    vision: string | null;
    strengths: string | null;
    plannedMeetings: number | null;
    plannedWorkshopTypes: readonly WorkshopType[];
    nextReviewDate: string | null;
    participantSignedDate: string | null;
    coachSignedDate: string | null;
    signedByName: string | null;
  };
  goals: readonly {
    what: string;
    measureValue: number;
    measureUnit: string;
    dueDate: string;
    status: GoalStatus;
    reviewNote: string | null;
  }[];
  tasks: readonly { text: string; owner: TaskOwner; dueDate: string | null; doneDate: string | null }[];
  barriers: readonly { code: BarrierCode; detail: string | null; addressedBy: string | null }[];
  printedOn: string;
}

const date = formatDisplayDate;

function versionLine(data: WorkPlanData, lang: DocumentLanguage): string {
  const { plan } = data;
  if (plan.status === 'signed')
    return pick(
      lang,
      `גרסה ${plan.version}, חתומה (${date(plan.coachSignedDate)})`,
      `Version ${plan.version}, signed (${date(plan.coachSignedDate)})`,
    );
  return pick(lang, `טיוטה לגרסה ${plan.version}, טרם נחתמה`, `Draft of version ${plan.version}, not signed yet`);
}

function section(
  ctx: DocumentContext,
  title: string,
  body: Content,
  empty: boolean,
  lang: DocumentLanguage,
): Content[] {
  return [heading(ctx, title, 2), empty ? paragraph(ctx, pick(lang, 'לא נרשם.', 'None recorded.')) : body];
}

/** The personal work plan: one version (a signed one or the current draft), A4 portrait. */
export function workPlan(data: WorkPlanData, lang: DocumentLanguage): DocumentSpec {
  const title = pick(lang, 'תוכנית עבודה אישית', 'Personal work plan');
  const { plan } = data;
  return {
    lang,
    orientation: 'portrait',
    title,
    headerNote: data.centreName,
    body: (ctx) => [
      heading(ctx, title),
      keyValueBlock(ctx, [
        { key: pick(lang, 'משתתף/ת:', 'Participant:'), value: fullName(data.participant) },
        ...(data.participant.nationalId
          ? [{ key: pick(lang, 'ת"ז:', 'ID:'), value: data.participant.nationalId }]
          : []),
        { key: pick(lang, 'מקדם/ת תעסוקה:', 'Coach:'), value: data.coachName ?? '—' },
        { key: pick(lang, 'גרסה:', 'Version:'), value: versionLine(data, lang) },
        { key: pick(lang, 'מועד הסקירה הבא:', 'Next review:'), value: date(plan.nextReviewDate) || '—' },
        { key: pick(lang, 'הודפס ביום:', 'Printed on:'), value: date(data.printedOn) },
      ]),
      ...section(
        ctx,
        pick(lang, 'חזון תעסוקתי', 'Employment vision'),
        paragraph(ctx, plan.vision ?? '', { base: 'content' }),
        !plan.vision,
        lang,
      ),
      ...section(
        ctx,
        pick(lang, 'יעדים (SMART)', 'SMART goals'),
        table(ctx, {
          columns: [
            { header: '#', width: 16 },
            { header: pick(lang, 'יעד', 'Goal'), width: '3*' },
            { header: pick(lang, 'מדד', 'Measure'), width: '*' },
            { header: pick(lang, 'תאריך יעד', 'Due'), width: 58 },
            { header: pick(lang, 'סטטוס', 'Status'), width: 46 },
            { header: pick(lang, 'הערת סקירה', 'Review note'), width: '2*' },
          ],
          rows: data.goals.map((goal, i) => [
            String(i + 1),
            goal.what,
            `${goal.measureValue} ${goal.measureUnit}`,
            date(goal.dueDate),
            codeLabel('goalStatus', goal.status, lang),
            goal.reviewNote ?? '',
          ]),
        }),
        data.goals.length === 0,
        lang,
      ),
      ...section(
        ctx,
        pick(lang, 'משימות', 'Tasks'),
        table(ctx, {
          columns: [
            { header: pick(lang, 'משימה', 'Task'), width: '*' },
            { header: pick(lang, 'באחריות', 'Owner'), width: 80 },
            { header: pick(lang, 'עד', 'Due'), width: 58 },
            { header: pick(lang, 'בוצעה', 'Done'), width: 58 },
          ],
          rows: data.tasks.map((task) => [
            task.text,
            codeLabel('taskOwner', task.owner, lang),
            date(task.dueDate),
            date(task.doneDate),
          ]),
        }),
        data.tasks.length === 0,
        lang,
      ),
      ...section(
        ctx,
        pick(lang, 'חסמים ומי מטפל בהם', 'Barriers and who addresses them'),
        table(ctx, {
          columns: [
            { header: pick(lang, 'חסם', 'Barrier'), width: 130 },
            { header: pick(lang, 'פירוט', 'Detail'), width: '*' },
            { header: pick(lang, 'מי מטפל', 'Addressed by'), width: 110 },
          ],
          rows: data.barriers.map((barrier) => [
            codeLabel('barrier', barrier.code, lang),
            barrier.detail ?? '',
            barrier.addressedBy ?? '',
          ]),
        }),
        data.barriers.length === 0,
        lang,
      ),
      ...section(
        ctx,
        pick(lang, 'חוזקות', 'Strengths'),
        paragraph(ctx, plan.strengths ?? '', { base: 'content' }),
        !plan.strengths,
        lang,
      ),
      heading(ctx, pick(lang, 'תמהיל מתוכנן', 'Planned mix'), 2),
      keyValueBlock(ctx, [
        {
          key: pick(lang, 'פגישות אישיות:', 'One-to-one meetings:'),
          value: plan.plannedMeetings === null ? '—' : String(plan.plannedMeetings),
        },
        {
          key: pick(lang, 'סדנאות:', 'Workshops:'),
          value: plan.plannedWorkshopTypes.map((type) => codeLabel('workshopType', type, lang)).join(', ') || '—',
        },
      ]),
      signatureLines(ctx, [
        {
          label: pick(lang, 'חתימת המשתתף/ת', "Participant's signature"),
          name: [fullName(data.participant), date(plan.participantSignedDate)].filter(Boolean).join(', '),
        },
        {
          label: pick(lang, 'חתימת מקדם/ת התעסוקה', "Coach's signature"),
          name: [plan.signedByName ?? data.coachName ?? '', date(plan.coachSignedDate)].filter(Boolean).join(', '),
        },
      ]),
    ],
  };
}

import { planBarriers, planGoals, plans, planTasks } from '../../../../db/schema/plans';
import type { GoalStatus, TaskOwner } from '../../../domain/casework';
import { barrierCodes, type Track, type WorkshopType } from '../../../domain/codes';
import { addDays, type IsoDate } from '../../../domain/dates';
import type { StoreRuntime } from '../../store/runtime';
import type { Rng } from '../prng';
import { tableInserter } from '../table-insert';
import { eventTime } from './participants/journey';
import type { DemoPerson } from './participants/person';

/** The visions coaches write with people, by the track they are on. */
const VISIONS: Record<Track, readonly string[]> = {
  SALARIED: [
    'לחזור לעבודה משרדית קבועה, במשרה חלקית, קרוב לבית',
    'לעבוד כמנהלת חשבונות בחברה קטנה או בינונית',
    'לחזור לתחום השירות והמכירות, בתפקיד עם קשר עם אנשים',
    'משרה יציבה במחסן או בלוגיסטיקה, בשעות בוקר',
    'לעבוד במעון או בגן, עם ילדים',
  ],
  SELF_EMPLOYED: [
    'לפתוח עסק קטן לתיקוני בגדים מהבית',
    'לעבוד כיועץ עצמאי בתחום שבו צברתי ניסיון',
    'להפוך את התחביב לבישול לעסק של קייטרינג ביתי',
  ],
  VOCATIONAL_TRAINING: ['ללמוד הנהלת חשבונות ולעבוד בתחום', 'להשלים הכשרה כמטפלת ולעבוד בטיפול בקשישים'],
  UNDECIDED: ['לברר איזה כיוון תעסוקתי מתאים לי, ולצאת ממנו לעבודה'],
};

const STRENGTHS = [
  'ניסיון רב בשירות לקוחות, סבלנות',
  'אמינות, דייקנות, יחסי אנוש טובים',
  'ידע בהנהלת חשבונות ובתוכנות משרד',
  'יכולת ארגון, ניהול צוות בעבר',
  'יצירתיות, עבודה בידיים',
  'שליטה בשלוש שפות',
];

/** Goals as a coach writes them: what, a number with its unit, due some weeks ahead. */
const GOALS: readonly { what: string; unit: string; min: number; max: number }[] = [
  { what: 'לשלוח קורות חיים למשרות מתאימות', unit: 'משרות', min: 5, max: 20 },
  { what: 'להגיע לראיונות עבודה', unit: 'ראיונות', min: 2, max: 6 },
  { what: 'להשתתף בסדנת חזרה לעולם העבודה', unit: 'מפגשים', min: 4, max: 7 },
  { what: 'ליצור קשר עם מעסיקים מהרשת האישית', unit: 'שיחות', min: 3, max: 10 },
  { what: 'לעדכן פרופיל לינקדאין ולהתחבר לאנשי מקצוע', unit: 'חיבורים', min: 10, max: 40 },
  { what: 'לבנות תכנית עסקית ראשונית', unit: 'פרקים', min: 3, max: 6 },
];

const TASKS: readonly { text: string; owner: TaskOwner }[] = [
  { text: 'לעדכן את קורות החיים', owner: 'participant' },
  { text: 'לבדוק מודעות דרושים באתרים פעם בשבוע', owner: 'participant' },
  { text: 'להתאמן על ראיון עבודה', owner: 'participant' },
  { text: 'לבדוק זכאות לשובר הכשרה של משרד העבודה', owner: 'coach' },
  { text: 'לשלוח רשימת מעסיקים באזור', owner: 'coach' },
  { text: 'לתאם פגישה עם יועצת לעסקים קטנים', owner: 'coach' },
];

const ADDRESSED_BY = ['מקדמת התעסוקה', 'סדנת מחשבים', 'הפניה לשירותי הרווחה', 'המשתתף/ת עצמו/ה', 'יועצת עסקית'];

const WORKSHOPS: Record<Track, readonly WorkshopType[]> = {
  SALARIED: ['OPENING', 'BACK_TO_WORK', 'LINKEDIN_BEG', 'JOB_CLUB', 'EXCEL_BEG', 'VISION_A'],
  SELF_EMPLOYED: ['OPENING', 'SALARIED_OR_SELF', 'BUSINESS_STANDARD', 'FREELANCERS', 'BUSINESS_SPACE'],
  VOCATIONAL_TRAINING: ['OPENING', 'MOL_TRAINING', 'OFFICE_BEG', 'JOB_CLUB'],
  UNDECIDED: ['OPENING', 'ORIENTATION', 'SALARIED_OR_SELF', 'MOTIVATION'],
};

const BARRIERS = barrierCodes.filter((code) => code !== 'other');

interface Goal {
  itemKey: string;
  what: string;
  measureValue: number;
  measureUnit: string;
  dueDate: IsoDate;
  status: GoalStatus;
  reviewNote: string | null;
}
interface Task {
  itemKey: string;
  text: string;
  owner: TaskOwner;
  dueDate: IsoDate | null;
  doneDate: IsoDate | null;
  goalKey: string | null;
  meetingId: null;
}
interface Barrier {
  itemKey: string;
  code: (typeof BARRIERS)[number];
  detail: string | null;
  addressedBy: string | null;
}
interface Content {
  vision: string;
  strengths: string | null;
  plannedMeetings: number;
  plannedWorkshopTypes: WorkshopType[];
  nextReviewDate: IsoDate;
  goals: Goal[];
  tasks: Task[];
  barriers: Barrier[];
}

/** Item keys from the seeded stream, so the same seed gives the same store. */
const itemKey = (rng: Rng) =>
  Array.from({ length: 4 }, () => rng.int(0, 0xffff).toString(16).padStart(4, '0')).join('');

const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

function firstVersion(rng: Rng, track: Track, signed: IsoDate): Content {
  const goals: Goal[] = rng.sample(GOALS, rng.int(1, 3)).map((goal) => ({
    itemKey: itemKey(rng),
    what: goal.what,
    measureValue: rng.int(goal.min, goal.max),
    measureUnit: goal.unit,
    dueDate: addDays(signed, rng.int(30, 150)),
    status: 'open',
    reviewNote: null,
  }));
  const tasks: Task[] = rng.sample(TASKS, rng.int(1, 4)).map((task) => ({
    itemKey: itemKey(rng),
    ...task,
    dueDate: rng.chance(0.8) ? addDays(signed, rng.int(7, 45)) : null,
    doneDate: null,
    goalKey: rng.chance(0.7) ? rng.pick(goals).itemKey : null,
    meetingId: null,
  }));
  const barriers: Barrier[] = rng.sample(BARRIERS, rng.int(0, 3)).map((code) => ({
    itemKey: itemKey(rng),
    code,
    detail: null,
    addressedBy: rng.chance(0.8) ? rng.pick(ADDRESSED_BY) : null,
  }));
  return {
    vision: rng.pick(VISIONS[track]),
    strengths: rng.chance(0.8) ? rng.pick(STRENGTHS) : null,
    plannedMeetings: rng.int(2, 5),
    plannedWorkshopTypes: rng.sample(WORKSHOPS[track], rng.int(1, 3)),
    nextReviewDate: addDays(signed, rng.int(45, 90)),
    goals,
    tasks,
    barriers,
  };
}

/**
 * The next version as a review leaves it: tasks done, goals achieved or dropped with a note,
 * sometimes a new goal or task, a barrier dealt with. Item keys stay, so versions compare.
 */
function revise(rng: Rng, previous: Content, on: IsoDate): Content {
  const goals: Goal[] = previous.goals.map((goal) => {
    if (goal.status !== 'open') return goal;
    const status = rng.weighted<GoalStatus>([
      ['open', 4],
      ['achieved', 3],
      ['dropped', 1],
    ]);
    const notes: Record<GoalStatus, string> = {
      open: 'בתהליך, ממשיכים',
      achieved: 'הושגה לפני תאריך היעד',
      dropped: 'הוחלט להתמקד בכיוון אחר',
    };
    return { ...goal, status, reviewNote: notes[status], dueDate: status === 'open' ? addDays(on, 60) : goal.dueDate };
  });
  if (rng.chance(0.5)) {
    const goal = rng.pick(GOALS);
    goals.push({
      itemKey: itemKey(rng),
      what: goal.what,
      measureValue: rng.int(goal.min, goal.max),
      measureUnit: goal.unit,
      dueDate: addDays(on, rng.int(30, 120)),
      status: 'open',
      reviewNote: null,
    });
  }
  const tasks: Task[] = previous.tasks.map((task) =>
    task.doneDate === null && rng.chance(0.6) ? { ...task, doneDate: addDays(on, -rng.int(1, 20)) } : task,
  );
  if (rng.chance(0.6))
    tasks.push({
      itemKey: itemKey(rng),
      ...rng.pick(TASKS),
      dueDate: addDays(on, 21),
      doneDate: null,
      goalKey: null,
      meetingId: null,
    });
  const barriers = previous.barriers.filter(() => rng.chance(0.8));
  return {
    ...previous,
    plannedMeetings: previous.plannedMeetings + rng.int(0, 2),
    nextReviewDate: addDays(on, rng.int(45, 90)),
    goals,
    tasks,
    barriers,
  };
}

/**
 * Gives people who reached enrolment a personal work plan: one to three versions signed at
 * intake and at later reviews, and for some active people an open draft on top. Uses its own
 * seeded stream, so adding plans leaves the people themselves as they were.
 */
export function planWriter(runtime: StoreRuntime, rng: Rng, ctx: { today: IsoDate; nowIso: string }) {
  const sqlite = runtime.sqlite();
  const insertPlan = tableInserter(sqlite, plans, ['id']);
  const insertGoal = tableInserter(sqlite, planGoals, ['id']);
  const insertTask = tableInserter(sqlite, planTasks, ['id']);
  const insertBarrier = tableInserter(sqlite, planBarriers, ['id']);
  const stamp = (date: IsoDate, hour: number) => {
    const time = eventTime(date, hour);
    return time < ctx.nowIso ? time : ctx.nowIso;
  };

  return (participantId: number, { participant }: DemoPerson): void => {
    const { status, enrolmentDate, exitDate, coachId } = participant;
    if ((status !== 'active' && status !== 'exited') || !enrolmentDate) return;
    const track = participant.track ?? 'UNDECIDED';
    const end = earlier(exitDate ?? ctx.today, ctx.today);
    const signings = rng.weighted([
      [1, 5],
      [2, 3],
      [3, 2],
    ] as const);
    const dates: IsoDate[] = [enrolmentDate];
    for (let n = 1; n < signings; n += 1) {
      const next = addDays(dates[n - 1] as IsoDate, rng.int(45, 100));
      if (next > end) break;
      dates.push(next);
    }
    const withDraft = status === 'active' && rng.chance(0.35);
    let content = firstVersion(rng, track, enrolmentDate);
    const write = (version: number, on: IsoDate, signed: boolean) => {
      const at = stamp(on, 12);
      const planId = insertPlan({
        participantId,
        version,
        status: signed ? 'signed' : 'draft',
        vision: content.vision,
        strengths: content.strengths,
        plannedMeetings: content.plannedMeetings,
        plannedWorkshopTypes: content.plannedWorkshopTypes,
        nextReviewDate: content.nextReviewDate,
        participantSignedDate: signed ? on : null,
        coachSignedDate: signed ? on : null,
        signedBy: signed ? (coachId ?? null) : null,
        createdAt: at,
        createdBy: coachId ?? null,
        updatedAt: at,
      });
      content.goals.forEach((goal, position) => insertGoal({ planId, position, ...goal }));
      // day_due_date: written by migration 0010's triggers as the row goes in.
      content.tasks.forEach((task, position) => insertTask({ planId, position, ...task, dayDueDate: null }));
      content.barriers.forEach((barrier, position) => insertBarrier({ planId, position, ...barrier }));
    };
    dates.forEach((on, index) => {
      if (index > 0) content = revise(rng, content, on);
      write(index + 1, on, true);
    });
    if (withDraft) {
      const on = earlier(addDays(dates.at(-1) as IsoDate, rng.int(7, 40)), ctx.today);
      content = revise(rng, content, on);
      write(dates.length + 1, on, false);
    }
  };
}

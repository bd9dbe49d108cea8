/**
 * Code labels printed on documents, in Hebrew and English. The renderer keeps its own copy in
 * its i18n files (the main process cannot import the renderer); these were taken from them, and
 * the types force an entry for every code.
 */
import type { AttendanceStatus, BarrierCode, ExitReason, WorkshopType } from '../../domain/codes';
import type { GoalStatus, TaskOwner } from '../../domain/casework';
import type { DocumentLanguage } from './document-layout';

/** [Hebrew, English]. */
type Pair = readonly [string, string];

const barrier: Record<BarrierCode, Pair> = {
  health: ['בריאות', 'Health'],
  emotional: ['קושי רגשי', 'Emotional difficulty'],
  caregiving: ['טיפול בבן/בת משפחה', 'Caring for a family member'],
  financial_distress: ['מצוקה כלכלית', 'Financial distress'],
  age_discrimination: ['אפליה על רקע גיל', 'Age discrimination'],
  digital_skills: ['מיומנויות דיגיטליות', 'Digital skills'],
  job_search_skills: ['מיומנויות חיפוש עבודה', 'Job-search skills'],
  skills_gap: ['מיומנויות מקצועיות שאינן עדכניות', 'Outdated occupational skills'],
  low_confidence: ['ביטחון עצמי נמוך', 'Low confidence'],
  expectations_gap: ['פער ציפיות (שכר, מעמד)', 'Expectations gap (salary, status)'],
  language: ['שפה', 'Language'],
  transport: ['ניידות ותחבורה', 'Transport'],
  legal: ['עניין משפטי', 'Legal matter'],
  housing: ['דיור', 'Housing'],
  other: ['אחר', 'Other'],
};

const exitReason: Record<ExitReason, Pair> = {
  EMPLOYED_6M: ['עובד/ת ושמר/ה על העבודה שישה חודשים', 'Employed and kept the job for six months'],
  NON_COOPERATION: ['אי־שיתוף פעולה', 'Non-cooperation'],
  MAX_DURATION: ['הגיע/ה לזמן המרבי בתכנית', 'Reached the maximum time in the programme'],
  REFERRED_ELSEWHERE: ['הופנה/תה לשירות או לתכנית אחרים', 'Referred to another service or programme'],
  MOVED: ['עבר/ה מהאזור', 'Moved away'],
  HEALTH: ['סיבות בריאותיות', 'Health reasons'],
  PERSONAL: ['סיבות אישיות', 'Personal reasons'],
  OTHER: ['אחר', 'Other'],
};

const workshopType: Record<WorkshopType, Pair> = {
  EXPOSURE: ['כנס חשיפה', 'Exposure conference'],
  OPENING: ['סדנת פתיחה', 'Opening workshop'],
  SALARIED_OR_SELF: ['שכיר או עצמאי', 'Salaried or self-employed?'],
  MOTIVATION: ['מי הזיז את המוטיבציה שלי', 'Who moved my motivation?'],
  NETWORKING: ['נטוורקינג מורחב', 'Extended networking'],
  VISION_A: ["חזון תעסוקתי א'", 'Employment vision A'],
  VISION_B: ["חזון תעסוקתי ב'", 'Employment vision B'],
  ORIENTATION: ['הכוון תעסוקתי', 'Employment orientation'],
  FACEBOOK_BEG: ['פייסבוק למתחילים', 'Facebook for beginners'],
  FACEBOOK_ADV: ['פייסבוק למתקדמים', 'Facebook, advanced'],
  LINKEDIN_BEG: ['לינקדאין למתחילים', 'LinkedIn for beginners'],
  LINKEDIN_ADV: ['לינקדאין למתקדמים', 'LinkedIn, advanced'],
  CAREER_INIT: ['יוזמים קריירה', 'Initiating a career'],
  BACK_TO_WORK: ['חזרה לעולם העבודה', 'Back to the world of work'],
  BUSINESS_ADAPTED: ['יוזמים עסק (מותאם)', 'Initiating a business (adapted)'],
  BUSINESS_STANDARD: ['יוזמים עסק (סטנדרטי)', 'Initiating a business (standard)'],
  FREELANCERS: ['פרילנסרים ונותני שירותים', 'Freelancers and service providers'],
  SELF_EMPLOYED_CORE: ['סדנת ליבה לעצמאים', 'Self-employed core workshop'],
  JOB_CLUB: ["ג'וב קלאב", 'Job club'],
  BUSINESS_SPACE: ['מרחב עסקי-יזמי', 'Business/entrepreneurial space'],
  OFFICE_BEG: ['קורס אופיס למתחילים', 'Office course, beginners'],
  OFFICE_ADV: ['קורס אופיס למתקדמים', 'Office course, advanced'],
  EXCEL_BEG: ['אקסל למתחילים', 'Excel for beginners'],
  EXCEL_ADV: ['אקסל למתקדמים', 'Excel, advanced'],
  MOL_TRAINING: ['הכשרה של משרד העבודה', 'Ministry of Labour training'],
  EVENT: ['אירוע פתוח', 'Open event'],
  OTHER: ['אחר', 'Other'],
};

const goalStatus: Record<GoalStatus, Pair> = {
  open: ['פתוחה', 'Open'],
  achieved: ['הושגה', 'Achieved'],
  dropped: ['בוטלה', 'Dropped'],
};

const taskOwner: Record<TaskOwner, Pair> = {
  participant: ['המשתתף/ת', 'Participant'],
  coach: ['מקדם/ת התעסוקה', 'Coach'],
};

const attendance: Record<AttendanceStatus, Pair> = {
  PRESENT: ['נוכח/ת', 'Present'],
  LATE: ['איחר/ה', 'Late'],
  ABSENT: ['נעדר/ת', 'Absent'],
  EXCUSED: ['נעדר/ת בהצדקה', 'Excused'],
};

const tables = { barrier, exitReason, workshopType, goalStatus, taskOwner, attendance };
export type LabelList = keyof typeof tables;

/** The label of a code in a document language; an unknown code (older data) prints as itself. */
export function codeLabel(list: LabelList, code: string, lang: DocumentLanguage): string {
  const pair = (tables[list] as Record<string, Pair | undefined>)[code];
  return pair ? pair[lang === 'he' ? 0 : 1] : code;
}

/** The text for the document's language. */
export function pick(lang: DocumentLanguage, hebrew: string, english: string): string {
  return lang === 'he' ? hebrew : english;
}

/** A person's name as printed. */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

/**
 * Word lists for the demo centre. Every person made from them is invented: first and last
 * names are combined at random, ids and phones are random numbers with valid check digits,
 * addresses are on made-up streets and e-mails are at example.org.
 */

import type { staff } from '../../../db/schema/staff';
import type { RecruitmentSource } from '../../domain/codes';

export const DEMO_CENTRE = { code: 'DEMO', name: 'מרכז הדגמה – תעסוקה 45+' } as const;

/** Shown on the demo sign-in screen and printed by `kesher demo`; no change is required. */
export const DEMO_PASSWORD = 'demo-kesher-2026';

/** The staff table's role list, which the domain's role list will feed. */
export type DemoRole = (typeof staff.$inferInsert)['role'];

export interface DemoUser {
  username: string;
  displayName: string;
  role: DemoRole;
}

/** The coordinator comes first: it is the account the store is created with. */
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'demo-coordinator', displayName: 'רונית אלמוג', role: 'coordinator' },
  { username: 'demo-navigator', displayName: 'יעל ברקאי', role: 'navigator' },
  { username: 'demo-coach1', displayName: 'עמית גולדמן', role: 'coach' },
  { username: 'demo-coach2', displayName: 'שירה נבון', role: 'coach' },
  { username: 'demo-facilitator', displayName: 'אבי רוזנטל', role: 'facilitator' },
];

export type NameCulture = 'hebrew' | 'russian' | 'arabic' | 'latin';

export interface NamePool {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
}

export const NAME_POOLS: Record<NameCulture, NamePool> = {
  hebrew: {
    female: [
      'אורנה',
      'אילנה',
      'אסתר',
      'בתיה',
      'גילה',
      'דבורה',
      'דליה',
      'הדסה',
      'ורד',
      'זהבה',
      'חנה',
      'חוה',
      'טובה',
      'יהודית',
      'יפה',
      'לאה',
      'מזל',
      'מיכל',
      'מרים',
      'נאוה',
      'נורית',
      'סימה',
      'עדנה',
      'ענת',
      'פנינה',
      'ציפורה',
      'רבקה',
      'רחל',
      'רינה',
      'שושנה',
      'שולמית',
      'שרה',
      'תמר',
      'תקווה',
      "ג'ודית",
      "ז'קלין",
      'אביבה',
      'אהובה',
    ],
    male: [
      'אבי',
      'אברהם',
      'אהרון',
      'אליהו',
      'אמנון',
      'בני',
      'גדעון',
      'דוד',
      'חיים',
      'יגאל',
      'יוסף',
      'יעקב',
      'יצחק',
      'מאיר',
      'מיכאל',
      'משה',
      'נסים',
      'עמוס',
      'עזרא',
      'פנחס',
      'צבי',
      'ראובן',
      'רפאל',
      'שלום',
      'שלמה',
      'שמואל',
      'שמעון',
      'יורם',
      'רמי',
      "ג'ורג'",
      "צ'רלי",
      "ז'אק",
      'אלי',
      'בועז',
      'גיורא',
      'זאב',
    ],
    last: [
      'כהן',
      'לוי',
      'מזרחי',
      'פרץ',
      'ביטון',
      'דהן',
      'אברהם',
      'פרידמן',
      'אזולאי',
      'מלכה',
      'כץ',
      'יוסף',
      'שפירא',
      'חדד',
      'גבאי',
      'אוחיון',
      'עמר',
      'שטרן',
      'רוזנברג',
      'גולדברג',
      'בן־דוד',
      'בן־חיים',
      'בר-און',
      'הכהן',
      'אשכנזי',
      'סויסה',
      'טל',
      'שרעבי',
      'נחום',
      'קליין',
      'וייס',
      'ברגר',
      'חזן',
      'אלמוג',
      "ג'רבי",
      "צ'רניאק",
      'בוזגלו',
      'יהושע',
      'שלום',
      'גרוס',
      'הורוביץ',
      'לנדאו',
      'שמש',
      'בן־שושן',
      'אדרי',
      'מימון',
      'סעדה',
      'אלון',
    ],
  },
  russian: {
    female: ['סבטלנה', 'ילנה', 'אולגה', 'נטליה', 'טטיאנה', 'לודמילה', "ז'אנה", 'גלינה', 'איריניה', 'מרינה'],
    male: ['ולדימיר', 'סרגיי', 'אלכסנדר', 'דמיטרי', 'יורי', 'ויקטור', 'בוריס', 'איגור', 'אנטולי', 'מיכאיל'],
    last: ['איבנוב', 'פטרוב', 'קוזנצוב', 'סמירנוב', 'ווֹלקוב', 'פופוב', 'לבדב', 'נוביקוב', 'מורוזוב', 'זייצב'],
  },
  arabic: {
    female: ['סמירה', 'פאטמה', 'מונא', 'נאדיה', 'רים', "ג'מילה", 'סועאד', 'האלה', 'לילא', 'ראניה'],
    male: ['מוחמד', 'אחמד', "ח'אלד", 'סמיר', "ג'מאל", 'עלי', 'יוסף', 'עומר', 'מחמוד', 'ראמי'],
    last: ["ח'טיב", 'עזאם', 'מסארווה', "ג'בארין", 'נסאר', 'אבו ריא', "חאג' יחיא", 'עבד אל-חלים', 'סלאמה', 'זועבי'],
  },
  latin: {
    female: ['Susan', 'Deborah', 'Hélène', 'Françoise', 'Margaret', 'Linda', 'Renée', 'Ingrid'],
    male: ['Michael', 'David', 'José', 'François', 'Daniel', 'Robert', 'André', 'Jürgen'],
    last: ['Levin', 'Goldstein', 'Dupont', 'García', 'Miller', 'Bernstein', 'Müller', 'Cohen-Smith'],
  },
};

/** Culture, share of participants, population tag that usually goes with it, second language. */
export const CULTURES: readonly (readonly [NameCulture, number])[] = [
  ['hebrew', 80],
  ['russian', 10],
  ['arabic', 6],
  ['latin', 4],
];

/** Cities around the three centres (Tel Aviv, Kfar Saba, Modi'in), weighted. */
export const CITIES: readonly (readonly [string, number])[] = [
  ['תל אביב-יפו', 20],
  ['רמת גן', 8],
  ['גבעתיים', 4],
  ['חולון', 6],
  ['בת ים', 5],
  ['בני ברק', 3],
  ['כפר סבא', 10],
  ['רעננה', 6],
  ['הוד השרון', 5],
  ['הרצליה', 4],
  ['רמת השרון', 3],
  ['צור יגאל', 1],
  ['מודיעין-מכבים-רעות', 10],
  ['שוהם', 2],
  ['לוד', 4],
  ['רמלה', 4],
  ['כפר קאסם', 2],
  ['טייבה', 2],
];

/** Made-up street names: an address is never a real one. */
export const STREETS = ['רחוב הדוגמה', 'שדרות הבדיה', 'סמטת הדמיון', 'רחוב המופת', 'דרך ההדגמה', 'רחוב התרגול'];

/** CRF-1 §4 recruitmentSource, weighted like the evaluation report's counts (DOMAIN.md). */
export const RECRUITMENT_SOURCE_WEIGHTS: Record<RecruitmentSource, number> = {
  EMPLOYMENT_SERVICE: 376,
  FRIEND_REFERRAL: 239,
  EMPLOYMENT_CENTRE: 140,
  SOCIAL_MEDIA: 128,
  MUNICIPAL: 90,
  PRESS: 25,
  OTHER: 20,
};

export const HEARD_HOW = ['פנייה מהלשכה', 'חבר הביא חבר', 'מודעה בפייסבוק', 'עלון עירוני', 'כתבה בעיתון מקומי'];

/**
 * Previous occupations as people tell them, with the ISCO-08 unit group a coach would pick
 * (CRF-1 exports the code); a few are too vague for one code and stay unmapped, as in life.
 */
export const OCCUPATIONS: readonly (readonly [text: string, code: string | null])[] = [
  ['מנהלת חשבונות', '4311'],
  ['פקיד/ה', '4110'],
  ['מזכיר/ה רפואי/ת', '3344'],
  ['נהג/ת', '8322'],
  ['מחסנאי/ת', '4321'],
  ['טכנאי/ת אלקטרוניקה', '3114'],
  ['מורה', '2341'],
  ['גננת', '2342'],
  ['אחראי/ת משמרת', null],
  ['מוכר/ת', '5223'],
  ['קופאי/ת', '5230'],
  ['מהנדס/ת תוכנה', '2512'],
  ['מנהל/ת רכש', '1324'],
  ['אב/אם בית', null],
  ['טבח/ית', '5120'],
  ['עובד/ת ייצור', '9329'],
  ['שומר/ת', '5414'],
  ['מתקין/ת', null],
  ['מנהל/ת משרד', '3341'],
  ['נציג/ת שירות', '4222'],
  ['תופר/ת', '7533'],
  ['ספר/ית', '5141'],
  ['רוקח/ת', '2262'],
];

/** Community services the centre refers people to (names invented, phones in made-up ranges). */
export const DEMO_SERVICES: readonly { name: string; offers: string; phone: string; address: string }[] = [
  {
    name: 'המחלקה לשירותים חברתיים – סניף הדגמה',
    offers: 'ליווי סוציאלי, סיוע במצבי משבר ובמצוקה כלכלית',
    phone: '039001001',
    address: 'רחוב הדוגמה 1',
  },
  {
    name: 'מרפאה לבריאות הנפש – מרכז',
    offers: 'אבחון וטיפול נפשי, הפניה לשיקום תעסוקתי',
    phone: '039001002',
    address: 'שדרות הבדיה 14',
  },
  {
    name: 'מרכז ייעוץ לכלכלת המשפחה ולחובות',
    offers: 'ייעוץ בניהול חובות ותקציב משפחתי',
    phone: '039001003',
    address: 'רחוב המופת 7',
  },
  {
    name: 'לשכת שירות התעסוקה – הדגמה',
    offers: 'רישום כדורש/ת עבודה, הפניות למשרות, שוברי הכשרה',
    phone: '039001004',
    address: 'דרך ההדגמה 30',
  },
  {
    name: 'מרכז שיקום מקצועי',
    offers: 'שיקום תעסוקתי לאנשים עם מוגבלות',
    phone: '039001005',
    address: 'סמטת הדמיון 3',
  },
  {
    name: 'יחידה לקליטת עלייה',
    offers: 'אולפן, ליווי עולים ותרגום מסמכים',
    phone: '039001006',
    address: 'רחוב התרגול 9',
  },
  {
    name: 'מרכז סיוע משפטי',
    offers: 'ייעוץ משפטי בזכויות עובדים וביטוח לאומי',
    phone: '039001007',
    address: 'שדרות הבדיה 2',
  },
  {
    name: 'תכנית תעסוקה לחרדים – הדגמה',
    offers: 'ליווי תעסוקתי מותאם לציבור החרדי',
    phone: '039001008',
    address: 'רחוב הדוגמה 21',
  },
  {
    name: 'מרכז לאזרחים ותיקים',
    offers: 'פעילות חברתית, התנדבות ומיצוי זכויות לגיל השלישי',
    phone: '039001009',
    address: 'רחוב המופת 40',
  },
];

/** Organisations a participant may consent to disclose information to. */
export const DISCLOSURE_ORGANISATIONS = [
  'שירות התעסוקה',
  'המחלקה לשירותים חברתיים',
  'המוסד לביטוח לאומי',
  'מרכז שיקום מקצועי',
];

export const REFERRAL_REASONS_NOT_ELIGIBLE = [
  'age_below_minimum',
  'out_of_area',
  'recently_employed',
  'unable_to_work',
];

export const DECISION_REASONS = [
  'חסרים חודשיים לוותק המינימלי; מתאים/ה לתכנית לפי שיקול הרכזת',
  'מתגורר/ת מחוץ לאזור אך מוכן/ה להגיע למרכז',
  'גיל 44 – מאושר/ת כחריג',
  'לא מתאים/ה כרגע – הופנה/תה לשירות משלים',
];

export const CONFERENCE_LOCATION = 'מרכז הדגמה – אולם ההרצאות, קומה 2';

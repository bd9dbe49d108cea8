import type { OccupationEntry } from './types';

/** ISCO-08 major group 4: clerical support workers. */
// One unit group per line, so the list reads like the classification.
// prettier-ignore
export const group4: readonly OccupationEntry[] = [
  ['4110', 'General office clerks', 'פקידים כלליים', ['פקיד/ה', 'פקיד/ה כללי/ת', 'עובד/ת משרד', 'עובד/ת אדמיניסטרציה', 'פקיד/ת משרד']],
  ['4120', 'Secretaries (general)', 'מזכירים ומזכירות', ['מזכיר/ה', 'מזכיר/ה כללי/ת']],
  ['4131', 'Typists and word processing operators', 'קלדנים', ['קלדן/ית', 'מקליד/ה']],
  ['4132', 'Data entry clerks', 'פקידי הקלדת נתונים', ['מקליד/ת נתונים', 'הזנת נתונים']],
  ['4211', 'Bank tellers and related clerks', 'טלרים ופקידי בנק', ['טלר/ית', 'פקיד/ת בנק', 'פקיד/ת דואר']],
  ['4212', 'Bookmakers, croupiers and related gaming workers', 'עובדי הימורים והגרלות', ['עובד/ת לוטו', 'קופאי/ת טוטו']],
  ['4213', 'Pawnbrokers and money-lenders', 'מלווים בריבית ומשכונאים', ['נותן/ת הלוואות']],
  ['4214', 'Debt-collectors and related workers', 'גובי חובות', ['גובה', 'גובה חובות']],
  ['4221', 'Travel consultants and clerks', 'יועצי נסיעות ופקידי תיירות', ['יועץ/ת תיירות', 'פקיד/ת נסיעות']],
  ['4222', 'Contact centre information clerks', 'נציגי שירות במוקדים', ['טלפן/ית', 'נציג/ת שירות', 'מוקדן/ית', 'נציג/ת שירות לקוחות', 'מוקדנית', 'טלפנית']],
  ['4223', 'Telephone switchboard operators', 'מרכזנים', ['מרכזן/ית']],
  ['4224', 'Hotel receptionists', 'פקידי קבלה במלון', ['פקיד/ת קבלה במלון', 'דלפקן/ית']],
  ['4225', 'Enquiry clerks', 'פקידי מודיעין', ['פקיד/ת מודיעין', 'מודיעין']],
  ['4226', 'Receptionists (general)', 'פקידי קבלה', ['פקיד/ת קבלה', 'מזכיר/ת קבלה', 'רספשיוניסט/ית']],
  ['4227', 'Survey and market research interviewers', 'סוקרים ומראיינים', ['סוקר/ת', 'מראיין/ת סקרים']],
  ['4229', 'Client information workers not elsewhere classified', 'עובדי מידע ללקוחות אחרים', ['נציג/ת קבלת קהל', 'קבלת קהל']],
  ['4311', 'Accounting and bookkeeping clerks', 'מנהלי חשבונות ופקידי הנהלת חשבונות', ['מנהל/ת חשבונות', 'הנהלת חשבונות', 'מנה"ח', 'פקיד/ת הנהלת חשבונות']],
  ['4312', 'Statistical, finance and insurance clerks', 'פקידי כספים וביטוח', ['פקיד/ת ביטוח', 'פקיד/ת כספים', 'פקיד/ת גבייה']],
  ['4313', 'Payroll clerks', 'פקידי שכר', ['פקיד/ת שכר', 'חשב/ת שכר']],
  ['4321', 'Stock clerks', 'מחסנאים ופקידי מלאי', ['מחסנאי/ת', 'אחראי/ת מחסן', 'ליקוט', 'מלקט/ת']],
  ['4322', 'Production clerks', 'פקידי ייצור ותכנון', ['מתכנן/ת ייצור', 'פקיד/ת ייצור']],
  ['4323', 'Transport clerks', 'פקידי תחבורה ושילוח', ['סדרן/ית', 'סדרן/ית עבודה', 'פקיד/ת תנועה']],
  ['4411', 'Library clerks', 'פקידי ספרייה', ['עובד/ת ספרייה']],
  ['4412', 'Mail carriers and sorting clerks', 'דוורים וממייני דואר', ['דוור/ית', 'ממיין/ת דואר']],
  ['4413', 'Coding, proof-reading and related clerks', 'מגיהים ומקודדים', ['מגיה/ה', 'מקודד/ת']],
  ['4414', 'Scribes and related workers', 'סופרי סת"ם ורושמים', ['סופר סת"ם', 'כותב/ת מכתבים']],
  ['4415', 'Filing and copying clerks', 'פקידי תיוק וצילום', ['תייק/ת', 'פקיד/ת ארכיב']],
  ['4416', 'Personnel clerks', 'פקידי כוח אדם', ['פקיד/ת כוח אדם', 'רכז/ת משאבי אנוש']],
  ['4419', 'Clerical support workers not elsewhere classified', 'עובדי משרד אחרים', ['רכז/ת', 'רכז/ת משרד', 'מתאם/ת פגישות']],
];

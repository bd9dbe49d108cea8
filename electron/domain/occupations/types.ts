/**
 * One ISCO-08 unit group: the 4-digit code, its English title (ILO), a Hebrew title in the
 * style of the Israeli CBS classification (which is based on ISCO-08), and the names people
 * actually say for the job. A synonym written 'מזכיר/ה' stands for both 'מזכיר' and 'מזכירה'
 * (the part after the slash is appended to that word), so both genders are found.
 */
export type OccupationEntry = readonly [code: string, en: string, he: string, synonyms?: readonly string[]];

import type { OccupationEntry } from './types';

/** ISCO-08 major group 6: skilled agricultural, forestry and fishery workers. */
// One unit group per line, so the list reads like the classification.
// prettier-ignore
export const group6: readonly OccupationEntry[] = [
  ['6111', 'Field crop and vegetable growers', 'מגדלי גידולי שדה וירקות', ['חקלאי/ת', 'מגדל/ת ירקות']],
  ['6112', 'Tree and shrub crop growers', 'מגדלי מטעים', ['מגדל/ת מטעים', 'כורם', 'פרדסן']],
  ['6113', 'Gardeners, horticultural and nursery growers', 'גננים ומגדלי פרחים ומשתלות', ['גנן', 'גננית', 'גנן/ית נוף', 'עובד/ת משתלה', 'מגדל/ת פרחים']],
  ['6114', 'Mixed crop growers', 'מגדלי גידולים מעורבים', ['מגדל/ת גידולים']],
  ['6121', 'Livestock and dairy producers', 'מגדלי בקר וחלב', ['רפתן/ית', 'בוקר', 'רועה']],
  ['6122', 'Poultry producers', 'מגדלי עופות', ['לולן/ית']],
  ['6123', 'Apiarists and sericulturists', 'כוורנים', ['כוורן/ית']],
  ['6129', 'Animal producers not elsewhere classified', 'מגדלי בעלי חיים אחרים', ['מגדל/ת סוסים', 'מטפל/ת באורווה']],
  ['6130', 'Mixed crop and animal producers', 'חקלאים במשק מעורב', ['משק מעורב', 'מושבניק']],
  ['6210', 'Forestry and related workers', 'עובדי ייעור', ['עובד/ת יער', 'כורת/ת עצים']],
  ['6221', 'Aquaculture workers', 'עובדי חקלאות ימית', ['מגדל/ת דגים']],
  ['6222', 'Inland and coastal waters fishery workers', 'דייגים בחוף ובמים פנימיים', ['דייג/ת']],
  ['6223', 'Deep-sea fishery workers', 'דייגים בים הפתוח', ['דייג/ת ים']],
  ['6224', 'Hunters and trappers', 'ציידים ולוכדים', ['צייד/ת', 'לוכד/ת']],
  ['6310', 'Subsistence crop farmers', 'חקלאי גידולים לקיום עצמי', ['חקלאות לקיום']],
  ['6320', 'Subsistence livestock farmers', 'מגדלי בעלי חיים לקיום עצמי', ['רועה צאן']],
  ['6330', 'Subsistence mixed crop and livestock farmers', 'חקלאים במשק מעורב לקיום עצמי', ['משק ביתי']],
  ['6340', 'Subsistence fishers, hunters, trappers and gatherers', 'דייגים, ציידים ולקטים לקיום עצמי', ['לקט/ת']],
];

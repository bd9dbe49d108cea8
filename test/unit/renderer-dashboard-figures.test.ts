import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorMembers } from '../../electron/domain/crf1/indicators';
import { resources } from '../../renderer/src/i18n/resources';
import { bandLabel, figureLabel } from '../../renderer/src/pages/reports/figure-label';
import { recordHref } from '../../renderer/src/pages/reports/links';
import { syntheticCentre } from '../fixtures/crf1/central-bundles';

const PERIOD_END = '2026-10-31';
/** Every figure the domain can list people behind, for a centre with records in every family. */
const paths = [...indicatorMembers(syntheticCentre('c0', 200, PERIOD_END), PERIOD_END).keys()];

describe('the dashboard names the figure behind a list in words', () => {
  beforeAll(async () => {
    await i18next.init({ resources: { he: { translation: resources.he }, en: { translation: resources.en } } });
  });

  for (const lng of ['he', 'en'] as const) {
    it(`${lng}: every drill-down path reads as words, with no code or raw band left in it`, () => {
      const t = i18next.getFixedT(lng);
      expect(paths.length).toBeGreaterThan(50);
      for (const path of paths) {
        const label = figureLabel(path, t);
        expect(label, path).not.toBe(path);
        // A key that failed to translate shows as the key; an open band would be mirrored in Hebrew.
        expect(label, path).not.toMatch(/reports\.|workshops\.type|<=|>\d|\d\+|\bundefined\b/);
      }
    });
  }

  it('spells open-ended bands and leaves closed ranges as they are', () => {
    const t = i18next.getFixedT('he');
    expect(['<=44', '45-49', '75+', '>60'].map((b) => bandLabel(b, t))).toEqual([
      'עד 44',
      '45-49',
      '75 ומעלה',
      'מעל 60',
    ]);
    expect(figureLabel('retention.6.employed', i18next.getFixedT('en'))).toBe(
      'Retention after the first placement · 6 months · Still employed',
    );
    expect(figureLabel('no.such.figure', t)).toBe('no.such.figure');
  });

  it('opens a record where the missing field is typed', () => {
    expect(recordHref(7, 'dataCompleteness.birthDate.missing')).toBe('#/participants/7?field=birthDate');
    expect(recordHref(7, 'dataCompleteness.placementSalary.missing')).toBe('#/participants/7?tab=placements');
    expect(recordHref(7, 'coaches.S03.noContact90')).toBe('#/participants/7?tab=meetings');
    expect(recordHref(7, 'placement.placed')).toBe('#/participants/7');
  });
});

/**
 * computeIndicators counts without keeping who was counted (issue 11 item 6: the export runs
 * it twice over half a million meetings); evaluateIndicators keeps the lists the dashboards
 * drill into. Both must give the same §5 object.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators, evaluateIndicators } from '../../../../electron/domain/crf1/indicators';
import { syntheticCentre } from '../../../fixtures/crf1/central-bundles';

describe('indicators counted with and without their members', () => {
  it('are the same figures for several centres and period ends', () => {
    for (const [prefix, n, periodEnd] of [
      ['a', 40, '2026-04-30'],
      ['b', 120, '2026-02-28'],
      ['c', 300, '2025-12-31'],
    ] as const) {
      const records = syntheticCentre(prefix, n, periodEnd);
      for (const end of [periodEnd, '2025-06-30']) {
        const counted = computeIndicators(records, end, 'C01');
        const { indicators, members } = evaluateIndicators(records, end, 'C01');
        expect(counted).toEqual(indicators);
        // The lists are kept there (so the two paths really differ) and agree with the counts.
        expect(members.get('participants.total')).toHaveLength(counted.participants.total);
        expect(counted.participants.total).toBeGreaterThan(0);
      }
    }
  });
});

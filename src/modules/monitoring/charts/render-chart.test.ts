import { describe, expect, it } from 'vitest';
import { renderComparison, renderTimeSeries, type ChartText } from './render-chart.js';

const text = (formatKey: string, format: (value: number) => string): ChartText => ({
  titleId: 'chart-title',
  descriptionId: 'chart-description',
  formatNumber: format,
  formatYear: String,
  demoLabel: null,
  unitLabel: 'Prozent',
  formatKey,
});
const german = text('de:1', (value) => value.toFixed(1).replace('.', ','));
const english = text('en:1', (value) => value.toFixed(1));

describe('monitoring charts: drawn once per data and language', () => {
  it('serves the same chart for the same data and draws anew for new data or another language', () => {
    const points = [
      { series: 'Essen', year: 2023, value: 17.5 },
      { series: 'Essen', year: 2024, value: 18.25 },
    ];
    const first = renderTimeSeries(points, { breaks: [], text: german });
    expect(renderTimeSeries([...points], { breaks: [], text: german })).toBe(first);
    const changed = renderTimeSeries([points[0]!, { ...points[1]!, value: 21.75 }], { breaks: [], text: german });
    expect(changed).not.toBe(first);
    const inEnglish = renderTimeSeries(points, { breaks: [], text: english });
    expect(inEnglish).not.toBe(first);

    const bars = renderComparison([{ label: 'Essen', value: 12.5, target: 20 }], { text: german });
    expect(bars).toContain('12,5');
    expect(renderComparison([{ label: 'Essen', value: 12.5, target: 20 }], { text: german })).toBe(bars);
    expect(renderComparison([{ label: 'Essen', value: 12.5, target: 20 }], { text: english })).toContain('12.5');
    expect(renderComparison([{ label: 'Essen', value: 12.5, target: 25 }], { text: german })).not.toBe(bars);
  });
});

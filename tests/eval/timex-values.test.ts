import { describe, expect, test } from 'vitest';
import { scoreTimex, type TimexDoc } from '../../scripts/eval/timex';
import type { DateSpan } from '../../utils/analyze/types';

const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('TIMEX value comparison', () => {
  // TimeBank wsj_0570 and wsj_0161 (dev), shortened.
  const text = 'Crane bought shares from Sept. 14 to Thursday. Sales rose in the third quarter.';
  const doc: TimexDoc = {
    id: 'd', dct: '1989-10-30', text,
    timex: [
      { type: 'DATE', value: '1989-09-14', text: 'Sept. 14', ...at(text, 'Sept. 14') },
      { type: 'DATE', value: '1989-10-26', text: 'Thursday', ...at(text, 'Thursday') },
      { type: 'DATE', value: '1989-Q3', text: 'the third quarter', ...at(text, 'the third quarter') },
    ],
  };
  const range: DateSpan = { text: 'Sept. 14 to Thursday', ...at(text, 'Sept. 14 to Thursday'), value: '1989-09-14', precision: 'day', endValue: '1989-10-26' };
  const quarter: DateSpan = { text: 'the third quarter', ...at(text, 'the third quarter'), value: '1989-07', precision: 'month', endValue: '1989-09' };
  const valueAcc = (pred: DateSpan[]) => scoreTimex([doc], [pred]).figures.find((f) => f.metric === 'value-acc')!;

  test("compares the engine's TIMEX3 value when it gives one, its calendar value otherwise", () => {
    expect(valueAcc([range, quarter]).num).toBe(2);
    expect(valueAcc([range, { ...quarter, timex: '1989-Q3' }]).num).toBe(3);
  });

  test("a gold TIMEX on a range's later end is compared with the range's end", () => {
    const misses = scoreTimex([doc], [[range, { ...quarter, timex: '1989-Q3' }]]).misses;
    expect(misses.filter((m) => m.key.startsWith('value'))).toEqual([]);
    // Not a range's end: the gold starts inside the span but after no range word.
    expect(valueAcc([range, { ...quarter, start: quarter.start - 3, timex: undefined }]).num).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { findDates } from '../../utils/analyze/dates/index';

const all = (t: string, published: string) =>
  findDates(t, published, 'en').map((d) => [d.text, d.value, d.precision, d.timex].filter(Boolean));

describe('English "in the day/week/month/year"', () => {
  it('reads "earlier/later in the week" as the week the story stands in, not a week ahead', () => {
    // A lab blog post (chrono had read "in the week" as seven days after publication).
    const text = 'I had picked up the stranded black and red wires from the IM lab earlier in the week, and I decided to change them completely.';
    expect(all(text, '2013-03-22')).toEqual([['the week', '2013-03-18', 'day', '2013-W12']]);
    expect(all('Later in the month, prices fell.', '2013-03-22')).toEqual([['the month', '2013-03', 'month']]);
    expect(all('Earlier in the day, he said.', '2013-03-22')).toEqual([['the day', '2013-03-22', 'day']]);
  });

  it('drops a bare "in the month" chrono takes for a month ahead', () => {
    // htmldate news sample, published mid-June 2019: it was read as July.
    const text = 'Enter basketball superstar LeBron James in the month of May with an uplifting message.';
    expect(findDates(text, '2019-06-15', 'en').filter((d) => d.value === '2019-07')).toEqual([]);
    expect(all('He works in the day and sleeps at night.', '2019-06-15')).toEqual([]);
  });

  it('reads "the end of the week" as that week, and keeps the week of "the end of next week"', () => {
    // A lab notebook entry of 5/30/2024 and a mailing-list reply.
    const notebook = 'I am currently waiting for other people to check my work and will hopefully have it ordered by the end of the week.';
    expect(all(notebook, '2024-05-30')).toEqual([
      ['currently', '2024-05-30', 'day', 'PRESENT_REF'],
      ['the end of the week', '2024-05-27', 'day', '2024-W22'],
    ]);
    // It was named by its first day's month ("2024-03", "2024-W09") before.
    const [d] = findDates('Hopefully I will have something by the end of next week.', '2024-03-07', 'en');
    expect([d.timex, d.endValue]).toEqual(['2024-W11', '2024-03-17']);
  });
});

import { describe, expect, it } from 'vitest';
import { HybridClock, hlcFromMillis, parseHlc } from '../../utils/sync/hlc';

describe('hybrid logical clock', () => {
  it('keeps growing when the wall clock steps back, and sorts as plain strings', () => {
    let wall = 1_764_000_000_000;
    const c = new HybridClock('laptop', () => wall);
    const a = c.tick();
    wall -= 60_000; // NTP correction
    const b = c.tick();
    expect(b > a).toBe(true);
    expect(parseHlc(b)).toEqual({ wall: 1_764_000_000_000, counter: 1, node: 'laptop' });
  });

  it('a write after seeing a device whose clock runs ahead sorts after that device’s write', () => {
    const behind = new HybridClock('desktop', () => 1_000);
    const ahead = new HybridClock('phone', () => 5_000);
    const theirs = ahead.tick();
    behind.receive(theirs);
    expect(behind.tick() > theirs).toBe(true);
    expect(hlcFromMillis(5_000) < theirs).toBe(true); // unstamped legacy writes lose ties to stamped ones
  });

  it('ignores a clock more than a day in the future instead of being dragged along', () => {
    const c = new HybridClock('laptop', () => 1_000_000);
    c.receive(new HybridClock('broken', () => 1_000_000 + 3 * 86_400_000).tick());
    expect(parseHlc(c.tick())!.wall).toBe(1_000_000);
  });
});

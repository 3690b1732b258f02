/**
 * Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): wall time when clocks
 * agree, a counter when they don't, so "later" survives a device whose clock runs behind.
 * Encoded as a fixed-width string so that plain string comparison is the clock order:
 *   `WWWWWWWWWWWWW-CCCC-node` (13-digit ms, 4 hex counter, node id tie-break).
 */

const WALL_WIDTH = 13;
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 0xffff;

export interface HlcParts {
  wall: number;
  counter: number;
  node: string;
}

export function formatHlc({ wall, counter, node }: HlcParts): string {
  return `${String(wall).padStart(WALL_WIDTH, '0')}-${counter.toString(16).padStart(COUNTER_WIDTH, '0')}-${node}`;
}

const HLC_RE = /^(\d{13})-([0-9a-f]{4})-(.*)$/;

export function parseHlc(hlc: string): HlcParts | null {
  const m = HLC_RE.exec(hlc);
  return m ? { wall: Number(m[1]), counter: parseInt(m[2], 16), node: m[3] } : null;
}

/** A clock value for records written before the sync hooks existed: ordered by `updatedAt`, below any stamped write of the same millisecond. */
export function hlcFromMillis(ms: number): string {
  return formatHlc({ wall: Math.max(0, Math.floor(ms)), counter: 0, node: '' });
}

export class HybridClock {
  private wall = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Clock value for a local write; strictly greater than anything issued or received before. */
  tick(): string {
    const physical = this.now();
    if (physical > this.wall) {
      this.wall = physical;
      this.counter = 0;
    } else {
      this.bump();
    }
    return formatHlc({ wall: this.wall, counter: this.counter, node: this.node });
  }

  /** Fold in a clock seen on another device, so our next write sorts after it. */
  receive(hlc: string | undefined): void {
    const remote = hlc ? parseHlc(hlc) : null;
    if (!remote) return;
    const physical = this.now();
    // A remote clock far in the future (a broken device) must not drag ours along forever.
    if (remote.wall > physical + 24 * 3600_000) return;
    if (remote.wall > this.wall) {
      this.wall = remote.wall;
      this.counter = remote.counter;
    } else if (remote.wall === this.wall && remote.counter > this.counter) {
      this.counter = remote.counter;
    }
  }

  /** The highest value issued or received, for persisting between service-worker lifetimes. */
  peek(): string {
    return formatHlc({ wall: this.wall, counter: this.counter, node: this.node });
  }

  private bump(): void {
    if (this.counter < MAX_COUNTER) this.counter++;
    else {
      // 65 536 writes in one millisecond: borrow the next millisecond rather than overflow the field.
      this.wall++;
      this.counter = 0;
    }
  }
}

/** A random node id; 8 base-36 chars are plenty to break ties between one person's devices. */
export function newNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/**
 * chrono's parsers and refiners, made cheaper to run without changing what they find: plain letter
 * ranges instead of `\p{L}`, patterns built once, and parsers skipped over text they cannot match.
 */
import type { Parser, Refiner } from 'chrono-node';
import { withPlainLetters } from '../letters';
import { admits, gateText, literalGate, type Gate, type GateText } from './pattern-gate';

/** A parser's pattern and, once prepared, its gate (null: it has none, and always runs). */
interface Pattern {
  re: RegExp;
  gate?: Gate | null;
}

/** Patterns whose gates are still to be worked out (prepareDateGates). */
const unprepared: Pattern[] = [];
const stats = { gated: 0, ungated: 0, skipped: 0 };

/** What a parser skipped by its gate is given: anchored, so V8 gives up at the first position. */
const NEVER = /^(?!)/;

/**
 * A date parser (chrono's or ours) with its pattern's `\p{L}` and `\p{N}` written as plain ranges
 * and, where that was all it needed, without the `u` flag: about twice as fast to run in V8, and
 * cheaper to compile (letters.ts). The pattern is asked for once per `forwardDate` (the only option
 * chrono's uk/ru/en patterns read): some parsers build a new RegExp on every call, and chrono's own
 * cache compares them by identity, so it built the combined pattern again on every parse.
 *
 * Once its gate is prepared (pattern-gate.ts), the parser is not run over a text that lacks the
 * literals every match of its pattern holds: it could find nothing there.
 */
export function withCheapPatterns(parser: Parser): Parser {
  const patterns = new Map<boolean, Pattern>();
  return {
    pattern: (context) => {
      const forward = !!context.option?.forwardDate;
      let p = patterns.get(forward);
      if (!p) {
        patterns.set(forward, (p = { re: withPlainLetters(parser.pattern(context)) }));
        unprepared.push(p);
      }
      if (!p.gate || admits(p.gate, textOf(context.text))) return p.re;
      stats.skipped++;
      return NEVER;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * Works out the gates of the patterns built so far, for at most about `budgetMs`; true while some
 * remain. Not done as patterns are built: reading them is ~20 ms in a fresh worker, which the first
 * page after it starts should not wait for; the worker calls this while idle (analysis-service.ts).
 */
export function prepareDateGates(budgetMs = Infinity): boolean {
  const until = performance.now() + budgetMs;
  while (unprepared.length && performance.now() < until) {
    const p = unprepared.pop()!;
    try {
      p.gate = literalGate(p.re);
    } catch {
      // A pattern this reader trips over keeps running as it always did: a gate only saves time.
      p.gate = null;
    }
    if (p.gate) stats.gated++;
    else stats.ungated++;
  }
  return unprepared.length > 0;
}

/** Patterns with a gate, without one, still unprepared, and parser runs skipped so far. */
export function dateGateStats(): { gated: number; ungated: number; unprepared: number; skipped: number } {
  return { ...stats, unprepared: unprepared.length };
}

/** The text chrono is reading, prepared for gates once (every parser of one parse asks for it). */
let lastText: string | null = null;
let lastPrepared: GateText | null = null;
function textOf(text: string): GateText {
  if (text !== lastText || !lastPrepared) {
    lastPrepared = gateText(text, true);
    lastText = text;
  }
  return lastPrepared;
}

/**
 * chrono's merge refiners build their "text between two dates" pattern anew for every pair they
 * look at; each copy is compiled again once the collector has emptied V8's cache (matches.ts). The
 * pattern is a constant: built once here, on a copy, as chrono's other locales share these objects.
 */
export function withFixedPatternBetween(refiner: Refiner): Refiner {
  const between = (refiner as { patternBetween?: () => RegExp }).patternBetween;
  if (typeof between !== 'function') return refiner;
  const pattern = between.call(refiner);
  return Object.assign(Object.create(refiner) as Refiner, { patternBetween: () => pattern });
}

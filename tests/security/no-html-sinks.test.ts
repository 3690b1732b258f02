/**
 * No page text or stored text may reach the DOM as HTML. Rather than trusting review, every source
 * file we ship is parsed with the TypeScript compiler and any HTML sink or string-to-code API fails
 * the test — comments and strings that merely mention the names don't count, real uses do.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const SHIPPED_DIRS = ['entrypoints', 'components', 'utils'];

/** Properties whose assignment or call parses HTML. */
const HTML_PROPS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'srcdoc']);
const DOC_WRITES = new Set(['write', 'writeln']);
const STRING_TIMERS = new Set(['setTimeout', 'setInterval']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every HTML sink / code-from-string use in one file, as "file:line what". */
export function findSinks(fileName: string, code: string): string[] {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const hits: string[] = [];
  const at = (node: ts.Node, what: string) =>
    hits.push(`${relative(root, fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (HTML_PROPS.has(name)) at(node, name);
      if (DOC_WRITES.has(name) && /\bdocument$/i.test(node.expression.getText())) at(node, `document.${name}`);
    }
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && HTML_PROPS.has(node.argumentExpression.text)) {
      at(node, `["${node.argumentExpression.text}"]`);
    }
    if (ts.isJsxAttribute(node) && node.name.getText() === 'dangerouslySetInnerHTML') at(node, 'dangerouslySetInnerHTML');
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'dangerouslySetInnerHTML') at(node, 'dangerouslySetInnerHTML');
    if (ts.isNewExpression(node) && node.expression.getText() === 'Function') at(node, 'new Function');
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      if (callee === 'eval' || callee.endsWith('.eval')) at(node, 'eval');
      if (callee === 'Function') at(node, 'Function()');
      const timer = callee.split('.').pop()!;
      if (STRING_TIMERS.has(timer) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) at(node, `${timer}(string)`);
      // setAttribute('onclick', …) / ('srcdoc', …) turns text into code or markup.
      if (callee.endsWith('.setAttribute') && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const attr = node.arguments[0].text.toLowerCase();
        if (attr.startsWith('on') || attr === 'srcdoc') at(node, `setAttribute("${attr}")`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

describe('no HTML sinks in shipped code', () => {
  const files = SHIPPED_DIRS.flatMap((d) => sourceFiles(join(root, d)));

  test('the scan sees the shipped sources', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((f) => f.endsWith('components/Tooltip.tsx'))).toBe(true);
  });

  test('no innerHTML/outerHTML/insertAdjacentHTML/document.write/dangerouslySetInnerHTML/eval/new Function', () => {
    const hits = files.flatMap((f) => findSinks(f, readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  }, 60_000); // parses every shipped file: seconds when the suite runs in parallel

  test('the scanner catches each sink (and ignores mentions in comments and strings)', () => {
    const bad = [
      'el.innerHTML = text;',
      'el.outerHTML = text;',
      "el['innerHTML'] = text;",
      "el.insertAdjacentHTML('beforeend', text);",
      'document.write(text);',
      'window.document.writeln(text);',
      'const f = new Function("return 1");',
      'eval(code);',
      "setTimeout('alert(1)', 10);",
      "el.setAttribute('onerror', text);",
      'range.createContextualFragment(text);',
    ];
    for (const line of bad) expect(findSinks('x.ts', line), line).toHaveLength(1);
    expect(findSinks('x.tsx', 'const a = <div dangerouslySetInnerHTML={{ __html: t }} />;')).toHaveLength(1);
    expect(findSinks('x.ts', '// never innerHTML\nconst s = "eval( innerHTML";\nel.textContent = s; setTimeout(fn, 0);')).toEqual([]);
  });
});

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every symbol exported from the public entry point carries TSDoc with an @example (the house rule):
// read through the TypeScript compiler, so that re-exports are followed to their declarations.
function undocumentedExports(file = 'src/index.ts'): { missingExample: string[]; count: number } {
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    baseUrl: '.',
    paths: { jixiao: ['./src/index.ts'] },
  });
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(file);
  if (!entry) throw new Error(`${file} not found`);
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  if (!moduleSymbol) return { missingExample: [], count: 0 };
  const exports = checker.getExportsOfModule(moduleSymbol);
  const missingExample: string[] = [];
  for (const sym of exports) {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const decls = target.getDeclarations() ?? [];
    const hasExample = decls.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'));
    if (!hasExample) missingExample.push(sym.getName());
  }
  return { missingExample, count: exports.length };
}

describe('public API documentation', () => {
  it('gives every export of src/index.ts an @example', () => {
    const { missingExample, count } = undocumentedExports();
    expect(count).toBeGreaterThan(40);
    expect(missingExample).toEqual([]);
  });

  it('gives every export of src/files/index.ts (jixiao/files) an @example', () => {
    const { missingExample, count } = undocumentedExports('src/files/index.ts');
    expect(count).toBeGreaterThanOrEqual(9);
    expect(missingExample).toEqual([]);
  });
});

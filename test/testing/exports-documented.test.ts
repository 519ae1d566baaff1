import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every export of jixiao/testing carries TSDoc with an @example, as the main entry's do (test/api).
describe('jixiao/testing documentation', () => {
  it('gives every export of src/testing/index.ts an @example', () => {
    const program = ts.createProgram(['src/testing/index.ts'], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      baseUrl: '.',
      paths: { jixiao: ['./src/index.ts'] },
    });
    const checker = program.getTypeChecker();
    const entry = program.getSourceFile('src/testing/index.ts');
    const moduleSymbol = entry && checker.getSymbolAtLocation(entry);
    if (!moduleSymbol) throw new Error('src/testing/index.ts not found');
    const exports = checker.getExportsOfModule(moduleSymbol);
    const missing = exports
      .filter((sym) => {
        const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
        return !(target.getDeclarations() ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'));
      })
      .map((sym) => sym.getName());
    expect(exports.length).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });
});

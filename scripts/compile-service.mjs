// Compiles src/ into dist/ as `nest build` did – TypeScript with tsconfig.build.json, type
// errors stopping the build, and the @nestjs/swagger plugin filling in the OpenAPI metadata of
// DTOs and controllers – without @nestjs/cli and its Node-22-only dependencies. Incremental:
// dist/.tsbuildinfo remembers what was compiled, so a rebuild after one edit compiles little.
import { existsSync, readFileSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { before as swaggerPlugin } from '@nestjs/swagger/plugin';

/** The @nestjs/swagger compiler plugin's options, read from nest-cli.json (kept for anyone who uses the Nest CLI). */
function swaggerPluginOptions(root) {
  const nestCli = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8'));
  const plugin = (nestCli.compilerOptions?.plugins ?? []).find((p) => p === '@nestjs/swagger' || p.name === '@nestjs/swagger');
  return plugin?.options ?? {};
}

export async function compileService(root) {
  const outDir = join(root, 'dist');
  const buildInfo = join(outDir, '.tsbuildinfo');
  // Without main.js the build info would skip files that are gone: start clean.
  if (!existsSync(join(outDir, 'main.js'))) rmSync(outDir, { recursive: true, force: true });
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.build.json'), {}, configHost());
  if (!config) return false;
  const options = { ...config.options, incremental: true, tsBuildInfoFile: buildInfo };
  const program = ts.createIncrementalProgram({
    rootNames: config.fileNames,
    options,
    configFileParsingDiagnostics: config.errors,
    host: ts.createIncrementalCompilerHost(options),
  });
  const problems = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSemanticDiagnostics(),
  ];
  if (problems.length > 0) {
    report(problems, root);
    return false;
  }
  const transformers = { before: [swaggerPlugin(swaggerPluginOptions(root), program.getProgram())] };
  const emitted = program.emit(undefined, undefined, undefined, false, transformers);
  if (emitted.diagnostics.length > 0) {
    report(emitted.diagnostics, root);
    return false;
  }
  removeOrphans(join(root, 'src'), outDir);
  return true;
}

function configHost() {
  return {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => report([diagnostic], process.cwd()),
  };
}

function report(diagnostics, root) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
}

/** Compiled files whose source is gone (a module deleted or renamed), as nest build's deleteOutDir left none. */
function removeOrphans(srcDir, outDir) {
  const WEB_APP_OUT = join(outDir, 'web');
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && path === WEB_APP_OUT) continue; // the web app's bundle, built by its own step
      if (entry.isDirectory()) visit(path);
      else if (/\.js(\.map)?$/.test(entry.name)) {
        const source = join(srcDir, relative(outDir, path).replace(/\.js(\.map)?$/, '.ts'));
        if (!existsSync(source)) unlinkSync(path);
      }
    }
  };
  visit(outDir);
}

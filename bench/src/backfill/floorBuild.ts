/**
 * The graph-node floor: the subgraph's own manifest (its data sources, templates, events and start blocks) with every
 * handler returning at once, built with graph build into bench/.cache/floor. Backfilled like the subgraph, its time is
 * graph-node's own cost of fetching these blocks and dispatching these events: the limit the subgraph can approach.
 *
 * A handler that creates data sources from templates keeps those calls (read from its source: `Template.create(
 * event.params.x)`), and nothing else: without them the floor would never see the templates' events.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

import { contentHash } from '@modelmint/stack/builds';
import { parse, stringify } from 'yaml';

const run = promisify(execFile);

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const floorDir = join(repoRoot, 'bench', '.cache', 'floor');
const FLOOR_INPUTS = [
  'schema.graphql',
  'subgraph.yaml',
  'networks.json',
  'contracts/abis',
  'subgraph/src',
  'bench/src/backfill/floorBuild.ts',
];

interface Mapping {
  file: string;
  abis: { name: string; file: string }[];
  eventHandlers?: { event: string; handler: string }[];
}

interface Manifest {
  schema: { file: string };
  dataSources: { name: string; mapping: Mapping }[];
  templates?: { name: string; mapping: Mapping }[];
}

/** Builds the floor unless bench/.cache/floor holds one of the same inputs; returns its build directory. */
export async function buildFloor(log: (line: string) => void): Promise<string> {
  const buildDir = join(floorDir, 'build');
  const stampFile = join(floorDir, 'inputs.sha256');
  const stamp = contentHash(repoRoot, FLOOR_INPUTS);
  if (existsSync(join(buildDir, 'subgraph.yaml')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return buildDir;
  log('building the graph-node floor (the manifest with handlers that return at once)…');
  rmSync(floorDir, { recursive: true, force: true });
  mkdirSync(join(floorDir, 'src'), { recursive: true });
  const manifest = parse(readFileSync(join(repoRoot, 'subgraph.yaml'), 'utf8')) as Manifest;
  manifest.schema.file = join(repoRoot, manifest.schema.file);
  for (const source of [...manifest.dataSources, ...(manifest.templates ?? [])]) {
    const { mapping } = source;
    const handlers = [...new Set((mapping.eventHandlers ?? []).map((h) => h.handler))];
    const modules = mappingModules(join(repoRoot, mapping.file));
    for (const abi of mapping.abis) abi.file = join(repoRoot, abi.file);
    mapping.file = join(floorDir, 'src', `${source.name}.ts`);
    writeFileSync(mapping.file, floorMapping(handlers.map((handler) => floorHandler(handler, modules, dirname(mapping.file)))));
  }
  const manifestFile = join(floorDir, 'subgraph.yaml');
  writeFileSync(manifestFile, stringify(manifest));
  // The kept handlers import the subgraph's generated types: generate them as the subgraph's build does.
  const graph = join(repoRoot, 'node_modules', '.bin', 'graph');
  await run(graph, ['codegen', join(repoRoot, 'subgraph.yaml'), '--output-dir', join(repoRoot, 'subgraph', 'generated')], {
    cwd: join(repoRoot, 'subgraph'),
  });
  await run(graph, ['build', manifestFile, '--output-dir', buildDir], { cwd: floorDir, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; message: string }) => {
      throw new Error(`the graph-node floor did not build: ${(error.stdout || error.message).trim().split('\n').slice(-3).join(' ')}`);
    },
  );
  writeFileSync(stampFile, stamp);
  return buildDir;
}

interface FloorHandler {
  /** Lines importing what the handler names. */
  imports: string[];
  source: string;
}

/** A mapping of the handlers, their imports merged. */
function floorMapping(handlers: FloorHandler[]): string {
  const imports = [...new Set(["import { ethereum } from '@graphprotocol/graph-ts';", ...handlers.flatMap((h) => h.imports)])];
  return `${imports.join('\n')}\n\n${handlers.map((h) => h.source).join('\n')}\n`;
}

/** The mapping file and the modules it imports (relative imports, transitively), each with its source. */
function mappingModules(file: string, modules = new Map<string, string>()): Map<string, string> {
  if (modules.has(file)) return modules;
  const source = readFileSync(file, 'utf8');
  modules.set(file, source);
  for (const [, path] of source.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const imported = join(dirname(file), `${path}.ts`);
    if (existsSync(imported)) mappingModules(imported, modules);
  }
  return modules;
}

const TEMPLATE_CALL = /(\w+)\.(create|createWithContext)\(event\.params\.(\w+)/g;

/**
 * The floor's version of `handler`: it returns at once, or, where the real one creates data sources from templates,
 * it makes the same `create` calls (with an empty context: the floor's handlers read none) and nothing else.
 */
function floorHandler(handler: string, modules: Map<string, string>, floorSrc: string): FloorHandler {
  const noop = { imports: [], source: `export function ${handler}(_event: ethereum.Event): void {}` };
  const defined = [...modules].find(([, source]) => new RegExp(`export function ${handler}\\(`).test(source));
  if (!defined) throw new Error(`the floor: handler ${handler} is not defined in its mapping's modules`);
  const [file, source] = defined;
  const body = source.slice(source.indexOf(`export function ${handler}(`));
  const end = body.indexOf('\n}\n');
  const calls = [...body.slice(0, end === -1 ? undefined : end).matchAll(TEMPLATE_CALL)];
  if (!calls.length) return noop;
  const eventType = new RegExp(`export function ${handler}\\(event: (\\w+)\\)`).exec(source)?.[1];
  const importOf = (name: string): { path: string; original: string } => {
    for (const [, names, path] of source.matchAll(/import \{([^}]+)\} from '([^']+)'/g))
      for (const entry of names!.split(',')) {
        const [original, alias] = entry.trim().split(/\s+as\s+/);
        if ((alias ?? original) === name) return { path: relativeImport(floorSrc, join(dirname(file), path!)), original: original! };
      }
    throw new Error(`the floor: ${handler} uses ${name}, whose import was not found in ${file}`);
  };
  const event = importOf(eventType!);
  const templates = calls.map(([, alias]) => importOf(alias!));
  return {
    imports: [
      "import { DataSourceContext } from '@graphprotocol/graph-ts';",
      `import { ${event.original} } from '${event.path}';`,
      ...templates.map((t) => `import { ${t.original} } from '${t.path}';`),
    ],
    source: [
      `export function ${handler}(event: ${event.original}): void {`,
      ...calls.map(([, , method, param], i) =>
        method === 'create'
          ? `  ${templates[i]!.original}.create(event.params.${param});`
          : `  ${templates[i]!.original}.createWithContext(event.params.${param}, new DataSourceContext());`,
      ),
      '}',
    ].join('\n'),
  };
}

function relativeImport(fromDir: string, target: string): string {
  const path = relative(fromDir, target);
  return path.startsWith('.') ? path : `./${path}`;
}

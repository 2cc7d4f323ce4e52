import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the `.graphql` files beside the hooks that run them. Two schemas, one per endpoint: the
 * subgraph's API (src/graphql/api.graphql) and graph-node's index-node status API (src/graphql/indexNode.graphql,
 * documents named `*.indexNode.graphql`), both written by scripts/fetchApiSchema.ts. Each document gets its own
 * `.generated.ts` next to it, so a page's chunk carries only its own documents.
 */
const scalars = {
  // graph-node serialises these as strings: amounts stay exact until formatted with their token's decimals.
  BigInt: 'string',
  BigDecimal: 'string',
  Bytes: 'string',
  Int8: 'string',
  Timestamp: 'string',
  // Index-node only.
  Date: 'string',
  JSONObject: 'unknown',
};

const INDEX_NODE_DOCUMENTS = 'src/**/*.indexNode.graphql';
const SCHEMA_FILES = ['!src/graphql/api.graphql', '!src/graphql/indexNode.graphql'];

// Files that use no schema type keep the preset's namespace import: generated code is exempt from unused-import checks.
const operationPlugins = [{ add: { content: '// @ts-nocheck' } }, 'typescript-operations', 'typed-document-node'];
const baseTypes = { plugins: ['typescript'], config: { enumsAsTypes: true, scalars, onlyOperationTypes: true } };
const nearOperation = (baseTypesPath: string) => ({
  preset: 'near-operation-file' as const,
  presetConfig: { extension: '.generated.ts', baseTypesPath },
  plugins: operationPlugins,
  config: { enumsAsTypes: true, scalars, useTypeImports: true },
});

const subgraph = { schema: 'src/graphql/api.graphql', documents: ['src/**/*.graphql', ...SCHEMA_FILES, `!${INDEX_NODE_DOCUMENTS}`] };
const indexNode = { schema: 'src/graphql/indexNode.graphql', documents: [INDEX_NODE_DOCUMENTS] };

const config: CodegenConfig = {
  generates: {
    'src/graphql/generated/types.ts': { ...subgraph, ...baseTypes },
    'src/graphql/generated/indexNodeTypes.ts': { ...indexNode, ...baseTypes },
    // The preset's key is the folder its baseTypesPath is relative to; the two outputs need distinct keys.
    'src/': { ...subgraph, ...nearOperation('graphql/generated/types.ts') },
    './src/': { ...indexNode, ...nearOperation('graphql/generated/indexNodeTypes.ts') },
  },
};

export default config;

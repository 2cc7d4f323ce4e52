import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the `.graphql` files beside the hooks that run them, against the subgraph's API schema
 * (src/graphql/api.graphql, written by scripts/fetchApiSchema.ts). Each `.graphql` file gets its own
 * `.generated.ts` next to it, so a page's chunk carries only its own documents.
 */
const scalars = {
  // graph-node serialises these as strings: amounts stay exact until formatted with their token's decimals.
  BigInt: 'string',
  BigDecimal: 'string',
  Bytes: 'string',
  Int8: 'string',
  Timestamp: 'string',
};

const config: CodegenConfig = {
  schema: 'src/graphql/api.graphql',
  documents: ['src/**/*.graphql', '!src/graphql/api.graphql'],
  generates: {
    'src/graphql/generated/types.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, scalars, onlyOperationTypes: true },
    },
    'src/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', baseTypesPath: 'graphql/generated/types.ts' },
      // Files that use no schema type keep the preset's namespace import: generated code is exempt from unused-import checks.
      plugins: [{ add: { content: '// @ts-nocheck' } }, 'typescript-operations', 'typed-document-node'],
      config: { enumsAsTypes: true, scalars, useTypeImports: true },
    },
  },
};

export default config;

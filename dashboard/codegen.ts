import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for every `graphql()` call in src/, against the subgraph's API schema (scripts/fetchApiSchema.ts). */
const config: CodegenConfig = {
  schema: 'src/graphql/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // graph-node serialises these scalars as strings: amounts stay exact until formatted with their token's decimals.
        scalars: {
          BigInt: 'string',
          BigDecimal: 'string',
          Bytes: 'string',
          Int8: 'string',
          Timestamp: 'string',
        },
      },
    },
  },
};

export default config;

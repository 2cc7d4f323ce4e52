import { describe, expect, it } from 'vitest';

import { indexStatusEndpoint } from './indexStatusEndpoint';

describe('indexStatusEndpoint', () => {
  it('uses the setting when given, for the subgraph named in the URL', () => {
    expect(indexStatusEndpoint('http://127.0.0.1:41234/subgraphs/name/modelmint', 'http://127.0.0.1:41250/graphql')).toEqual({
      url: 'http://127.0.0.1:41250/graphql',
      subgraphName: 'modelmint',
    });
    expect(indexStatusEndpoint('https://graph.example.org/subgraphs/name/org/modelmint/', 'https://status.example.org/graphql')).toEqual({
      url: 'https://status.example.org/graphql',
      subgraphName: 'org/modelmint',
    });
  });

  it('derives the index-node of a local graph-node on its default ports', () => {
    expect(indexStatusEndpoint('http://127.0.0.1:8000/subgraphs/name/modelmint', undefined)).toEqual({
      url: 'http://127.0.0.1:8030/graphql',
      subgraphName: 'modelmint',
    });
    expect(indexStatusEndpoint('http://localhost:8000/subgraphs/name/modelmint', undefined)?.url).toBe('http://localhost:8030/graphql');
  });

  it('has none for a hosted subgraph, a graph-node on other ports, a subgraph by id, or when turned off', () => {
    expect(indexStatusEndpoint('https://api.studio.thegraph.com/query/123/modelmint/v0.0.1', undefined)).toBeNull();
    expect(indexStatusEndpoint('https://gateway.thegraph.com/api/KEY/subgraphs/id/QmAbc', undefined)).toBeNull();
    expect(indexStatusEndpoint('https://graph.example.org:8000/subgraphs/name/modelmint', undefined)).toBeNull();
    expect(indexStatusEndpoint('http://127.0.0.1:9000/subgraphs/name/modelmint', undefined)).toBeNull();
    expect(indexStatusEndpoint('http://127.0.0.1:8000/subgraphs/id/QmAbc', 'http://127.0.0.1:8030/graphql')).toBeNull();
    expect(indexStatusEndpoint('http://127.0.0.1:8000/subgraphs/name/modelmint', '')).toBeNull();
    expect(indexStatusEndpoint('http://127.0.0.1:8000/subgraphs/name/modelmint', 'none')).toBeNull();
    expect(indexStatusEndpoint('not a url', undefined)).toBeNull();
  });
});

/** Reads a subgraph over GraphQL: one query, or every entity of a collection with keyset pagination on id. */

export class SubgraphError extends Error {}

export async function querySubgraph<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new SubgraphError(`subgraph at ${url} is unreachable: ${String(error)}`);
  }
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new SubgraphError(`subgraph query failed: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!body.data) throw new SubgraphError(`subgraph answered ${response.status} without data`);
  return body.data;
}

/** Every entity of `collection` (e.g. `licenses`) as of `block`, 1,000 at a time ordered by id. `idType` is the
 * GraphQL type of the entity's id: `String` for ID, `Bytes` for Bytes. */
export async function fetchAll<T extends { id: string }>(
  url: string,
  collection: string,
  fields: string,
  block: bigint,
  idType: 'String' | 'Bytes' = 'String',
): Promise<T[]> {
  const all: T[] = [];
  let lastId = idType === 'Bytes' ? '0x' : '';
  for (;;) {
    const query = `query($block: Int!, $lastId: ${idType}!) {
      page: ${collection}(first: 1000, orderBy: id, orderDirection: asc, where: { id_gt: $lastId }, block: { number: $block }) { id ${fields} }
    }`;
    const { page } = await querySubgraph<{ page: T[] }>(url, query, { block: Number(block), lastId });
    all.push(...page);
    if (page.length < 1000) return all;
    lastId = page[page.length - 1].id;
  }
}

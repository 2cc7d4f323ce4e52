/**
 * A local IPFS endpoint for graph-node: the subset of the Kubo RPC API it calls (`/api/v0/version`, `/api/v0/add`,
 * `/api/v0/cat`), with real UnixFS CIDs (ipfs-unixfs-importer / -exporter) over a filesystem blockstore.
 * graph-node refuses to start unless its IPFS address answers `POST /api/v0/version`.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { FsBlockstore } from 'blockstore-fs';
import { exporter } from 'ipfs-unixfs-exporter';
import { importer } from 'ipfs-unixfs-importer';
import { CID } from 'multiformats/cid';

export interface IpfsNode {
  url: string;
  /** Adds bytes (CIDv1, raw leaves) and returns the CID. */
  add(content: Uint8Array): Promise<CID>;
  cat(cid: CID): Promise<Uint8Array>;
  stop(): Promise<void>;
}

const VERSION = { Version: '0.31.0', Commit: 'modelmint', Repo: '16', System: 'node', Golang: 'none' };

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The file part of a multipart/form-data body (Kubo's `add` takes the file as the form's single part). */
function multipartFile(body: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return body;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(delimiter);
  const headersEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(Buffer.from(`\r\n${delimiter.toString()}`), headersEnd);
  if (start < 0 || headersEnd < 0 || end < 0) throw new Error('malformed multipart body');
  return body.subarray(headersEnd + 4, end);
}

export async function startIpfs(dataDir: string, port: number): Promise<IpfsNode> {
  const blockstore = new FsBlockstore(dataDir);
  await blockstore.open();

  const add = async (content: Uint8Array): Promise<CID> => {
    let root: CID | undefined;
    for await (const entry of importer([{ content }], blockstore, { cidVersion: 1, rawLeaves: true })) {
      root = entry.cid;
    }
    if (!root) throw new Error('ipfs: nothing was imported');
    return root;
  };

  const cat = async (cid: CID): Promise<Uint8Array> => {
    const entry = await exporter(cid.toString(), blockstore);
    if (entry.type !== 'file' && entry.type !== 'raw') throw new Error(`${cid} is a ${entry.type}, not a file`);
    const chunks: Uint8Array[] = [];
    for await (const chunk of entry.content()) chunks.push(chunk as Uint8Array);
    return Buffer.concat(chunks);
  };

  const respond = (response: ServerResponse, status: number, body: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://ipfs');
    if (request.method !== 'POST') return respond(response, 405, { Message: 'the RPC API takes POST', Code: 0 });
    switch (url.pathname) {
      case '/api/v0/version':
        return respond(response, 200, VERSION);
      case '/api/v0/add': {
        const content = multipartFile(await readBody(request), request.headers['content-type'] ?? '');
        const cid = await add(content);
        return respond(response, 200, { Name: cid.toString(), Hash: cid.toString(), Size: String(content.length) });
      }
      case '/api/v0/cat': {
        const arg = url.searchParams.get('arg')?.replace(/^\/ipfs\//, '') ?? '';
        let cid: CID;
        try {
          cid = CID.parse(arg.split('/')[0]);
        } catch {
          return respond(response, 400, { Message: `invalid CID: ${arg}`, Code: 0 });
        }
        if (!(await blockstore.has(cid))) return respond(response, 404, { Message: `${cid} not found`, Code: 0 });
        const content = await cat(cid);
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        return void response.end(content);
      }
      default:
        return respond(response, 404, { Message: `${url.pathname} is not served here`, Code: 0 });
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => respond(response, 500, { Message: String(error), Code: 0 }));
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${port}`,
    add,
    cat,
    async stop() {
      server.close();
      await blockstore.close();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer } from './fake-server.ts';

/**
 * A recording S3 stand-in for what the embedded s3rver leaves out: AbortMultipartUpload. It speaks
 * just enough of the S3 REST API for `@aws-sdk/lib-storage` uploads (PutObject, CreateMultipartUpload,
 * UploadPart, CompleteMultipartUpload, AbortMultipartUpload, DeleteObject) and records every call, so
 * a test can ask which multipart uploads were started and which were aborted or completed.
 * Objects' bytes are counted, not kept.
 */
export interface S3MultipartFake {
  endpoint: string;
  /** Every request, in arrival order: `CreateMultipartUpload`, `UploadPart`, … with its key and upload id. */
  calls: { op: string; key: string; uploadId: string | null; bytes: number }[];
  /** Multipart uploads started and neither completed nor aborted (what a bucket would keep billing). */
  openUploads(): string[];
  stop(): Promise<void>;
}

export async function startS3MultipartFake(): Promise<S3MultipartFake> {
  const calls: S3MultipartFake['calls'] = [];
  const open = new Set<string>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const key = decodeURIComponent(url.pathname.split('/').slice(2).join('/'));
    const uploadId = url.searchParams.get('uploadId');
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      const op = operation(req.method ?? 'GET', url.searchParams);
      calls.push({ op, key, uploadId, bytes });
      const xml = (body: string) => res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
      switch (op) {
        case 'CreateMultipartUpload': {
          const id = randomUUID();
          open.add(id);
          return xml(`<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>${key}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`);
        }
        case 'UploadPart':
        case 'PutObject':
          return res.writeHead(200, { etag: `"${randomUUID()}"` }).end();
        case 'CompleteMultipartUpload':
          open.delete(uploadId ?? '');
          return xml(`<CompleteMultipartUploadResult><Bucket>b</Bucket><Key>${key}</Key><ETag>"x-2"</ETag></CompleteMultipartUploadResult>`);
        case 'AbortMultipartUpload':
          open.delete(uploadId ?? '');
          return res.writeHead(204).end();
        case 'DeleteObject':
          return res.writeHead(204).end();
        default:
          return res.writeHead(501, { 'content-type': 'application/xml' }).end('<Error><Code>NotImplemented</Code></Error>');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    openUploads: () => [...open],
    stop: () => closeServer(server),
  };
}

function operation(method: string, query: URLSearchParams): string {
  if (method === 'POST' && query.has('uploads')) return 'CreateMultipartUpload';
  if (method === 'PUT' && query.has('uploadId')) return 'UploadPart';
  if (method === 'POST' && query.has('uploadId')) return 'CompleteMultipartUpload';
  if (method === 'DELETE' && query.has('uploadId')) return 'AbortMultipartUpload';
  if (method === 'PUT') return 'PutObject';
  if (method === 'DELETE') return 'DeleteObject';
  return `${method} (unsupported)`;
}

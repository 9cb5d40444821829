// A TCP proxy between the server and PostgreSQL that reads the frontend half of the wire protocol and records
// every statement the server sends, with its parameters exactly as they went over the wire (text format). The
// query benchmark points a capture server at it to learn the SQL each screen query really issues, then replays
// those statements through `pg` (the floor). Only used while capturing: the timed server talks to PostgreSQL
// directly. No vitest here (compiled into bench/dist).
import { connect, createServer, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { freePort } from '../support/ports';

export interface TappedStatement {
  /** Which client connection sent it (numbered in order of connection). */
  connection: number;
  /** application_name of that connection (the server's pool says `qadagalau`). */
  application: string;
  /** performance.now() when the statement was sent. */
  at: number;
  text: string;
  /** Bind parameters as text, null for SQL NULL; null for a simple-protocol query (no parameters). */
  values: (string | null)[] | null;
}

export interface SqlTap {
  port: number;
  /** Every statement so far, in the order the proxy read them. */
  readonly statements: readonly TappedStatement[];
  close(): Promise<void>;
}

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

/** Starts the tap on a free local port in front of host:port. */
export async function startSqlTap(targetPort: number, targetHost = '127.0.0.1'): Promise<SqlTap> {
  const port = await freePort();
  const statements: TappedStatement[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;

  const server: Server = createServer((client) => {
    const connection = ++connections;
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    const parser = new FrontendParser(connection, (statement) => statements.push(statement));
    client.on('data', (chunk: Buffer) => {
      parser.push(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    port,
    statements,
    close: async () => {
      const closing = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closing;
    },
  };
}

/** Reads frontend messages (startup, then typed messages) and reports Parse+Bind pairs and simple queries. */
class FrontendParser {
  private buffer: Buffer = Buffer.alloc(0);
  private startup = true;
  private application = '';
  /** Statement name ('' = unnamed) → its SQL text, from Parse. */
  private readonly prepared = new Map<string, string>();

  constructor(
    private readonly connection: number,
    private readonly emit: (statement: TappedStatement) => void,
  ) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.startup) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        if (code === PROTOCOL_3) {
          this.readStartup(this.buffer.subarray(8, length));
          this.startup = false;
        } else if (code !== SSL_REQUEST && code !== GSSENC_REQUEST && code !== CANCEL_REQUEST) {
          this.startup = false;
        }
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < length + 1) return;
      const type = String.fromCharCode(this.buffer[0] ?? 0);
      const body = this.buffer.subarray(5, length + 1);
      this.buffer = this.buffer.subarray(length + 1);
      this.message(type, body);
    }
  }

  private readStartup(body: Buffer): void {
    let offset = 0;
    while (offset < body.length) {
      const [key, afterKey] = cstring(body, offset);
      if (key === '') break;
      const [value, afterValue] = cstring(body, afterKey);
      if (key === 'application_name') this.application = value;
      offset = afterValue;
    }
  }

  private message(type: string, body: Buffer): void {
    if (type === 'Q') {
      const [text] = cstring(body, 0);
      this.emit({
        connection: this.connection,
        application: this.application,
        at: performance.now(),
        text,
        values: null,
      });
    } else if (type === 'P') {
      const [name, afterName] = cstring(body, 0);
      const [text] = cstring(body, afterName);
      this.prepared.set(name, text);
    } else if (type === 'B') {
      let offset = cstring(body, 0)[1]; // portal
      const [statement, afterStatement] = cstring(body, offset);
      offset = afterStatement;
      const formatCount = body.readInt16BE(offset);
      offset += 2;
      const formats: number[] = [];
      for (let i = 0; i < formatCount; i++, offset += 2) formats.push(body.readInt16BE(offset));
      const valueCount = body.readInt16BE(offset);
      offset += 2;
      const values: (string | null)[] = [];
      for (let i = 0; i < valueCount; i++) {
        const size = body.readInt32BE(offset);
        offset += 4;
        if (size < 0) {
          values.push(null);
          continue;
        }
        const format = formats.length === 1 ? formats[0] : (formats[i] ?? 0);
        const raw = body.subarray(offset, offset + size);
        // Binary parameters (node-postgres sends Buffers so) are kept as bytea hex text.
        values.push(format === 1 ? `\\x${raw.toString('hex')}` : raw.toString('utf8'));
        offset += size;
      }
      const text = this.prepared.get(statement);
      if (text !== undefined) {
        this.emit({
          connection: this.connection,
          application: this.application,
          at: performance.now(),
          text,
          values,
        });
      }
    }
  }
}

function cstring(buffer: Buffer, offset: number): [string, number] {
  const end = buffer.indexOf(0, offset);
  const stop = end < 0 ? buffer.length : end;
  return [buffer.toString('utf8', offset, stop), stop + 1];
}

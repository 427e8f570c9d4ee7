import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMyTicketsPage, renderTicketPage, type DemoTicket } from './kb-tickets';
import { demandes, fiche, membres, USER } from './sisiao-data';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.join(here, 'kb-corpus');
const kbSite = path.join(here, 'kb-site');
const sisiaoDir = path.join(here, 'sisiao');

export interface DemoServerOptions {
  /** Addresses of the mock SI SIAO; the second stands for another instance (training, test). It
   * is on another loopback host, not just another port: match patterns cannot name a port. */
  sisiao?: Array<{ host: string; port: number }>;
  kbPort?: number;
  log?: boolean;
}

export interface DemoServer {
  tickets: DemoTicket[];
  /**
   * Extra pages of the knowledge base, by path and query (`/support/x?variant=y`), served before
   * any other route: the e2e tests put hostile pages there.
   */
  kbPages: Map<string, string>;
  /** Extra pages of the SI SIAO, by path: the e2e tests serve their layout fixtures there. */
  sisiaoPages: Map<string, string>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = TYPES['.html'],
): void {
  res.writeHead(status, { 'Content-Type': type ?? 'text/plain', 'Cache-Control': 'no-store' });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), TYPES['.json']);
}

async function sendFile(res: ServerResponse, file: string): Promise<void> {
  try {
    send(res, 200, await readFile(file), TYPES[path.extname(file)]);
  } catch {
    send(res, 404, '<h1>Page introuvable</h1>');
  }
}

/** Refuses paths that try to leave the served folder. */
function safeJoin(dir: string, name: string): string | null {
  if (!/^[\w.-]+$/.test(name) || name.includes('..')) return null;
  return path.join(dir, name);
}

function readBody(req: IncomingMessage, limit = 30 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) reject(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function sisiao(
  req: IncomingMessage,
  res: ServerResponse,
  pages: Map<string, string>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const p = url.pathname;
  const extra = pages.get(p);
  if (extra !== undefined) return send(res, 200, extra);
  let m: RegExpMatchArray | null;
  if (p.startsWith('/static/')) {
    const file = safeJoin(sisiaoDir, p.slice('/static/'.length));
    return file ? sendFile(res, file) : send(res, 404, 'Not found');
  }
  if (p === '/api/login/user') return json(res, 200, USER);
  if ((m = p.match(/^\/api\/fiches\/ficheIdentite\/(\d+)$/))) {
    const f = fiche(m[1] ?? '');
    return f ? json(res, 200, f) : json(res, 404, { message: 'Fiche introuvable' });
  }
  if (p === '/api/personnes/search/findByCriteria') {
    return json(res, 200, membres(url.searchParams.get('idGroupe') ?? ''));
  }
  if (p === '/api/demandeInsertion/search') return json(res, 200, demandes);
  if ((m = p.match(/^\/api\/demandeInsertion\/(\d+)$/))) {
    const d = demandes.find((x) => x.id === m?.[1]);
    return d ? json(res, 200, d) : json(res, 404, { message: 'Demande introuvable' });
  }
  // The anomaly to escalate: saving pièces justificatives always fails on the server.
  if (req.method === 'PUT' && /^\/api\/menages\/\d+\/pieces$/.test(p)) {
    await readBody(req, 1024 * 1024).catch(() => undefined);
    return json(res, 500, { message: 'Internal Server Error' });
  }
  if (p.startsWith('/api/')) return json(res, 404, { message: 'Not found' });
  return sendFile(res, path.join(sisiaoDir, 'index.html'));
}

/** Minimal multipart reading: enough to know the fields and how many files the form sent. */
function parseMultipart(
  body: Buffer,
  contentType: string,
): { fields: Record<string, string>; files: string[] } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const fields: Record<string, string> = {};
  const files: string[] = [];
  if (!boundary) return { fields, files };
  const parts = body.toString('latin1').split(`--${boundary[1] ?? boundary[2]}`);
  for (const part of parts) {
    const head = /^\r\n([\s\S]*?)\r\n\r\n([\s\S]*)\r\n$/.exec(part);
    if (!head) continue;
    const name = /name="([^"]*)"/.exec(head[1] ?? '')?.[1];
    const filename = /filename="([^"]*)"/.exec(head[1] ?? '')?.[1];
    if (filename) files.push(filename);
    else if (name) fields[name] = Buffer.from(head[2] ?? '', 'latin1').toString('utf8');
  }
  return { fields, files };
}

async function kb(
  req: IncomingMessage,
  res: ServerResponse,
  tickets: DemoTicket[],
  kbPages: ReadonlyMap<string, string>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const extra = kbPages.get(`${url.pathname}${url.search}`);
  if (extra !== undefined) return send(res, 200, extra);
  const p = url.pathname.replace(/\/$/, '') || '/';
  let m: RegExpMatchArray | null;
  if (p === '/') {
    res.writeHead(302, { Location: '/support' });
    return void res.end();
  }
  if (p === '/sitemap.xml') return sendFile(res, path.join(corpus, 'sitemap.xml'));
  // The « what to try » page of `npm run demo` with a display.
  if (p === '/demo/a-essayer') return sendFile(res, path.join(here, 'a-essayer.html'));
  if (p === '/support') return sendFile(res, path.join(corpus, 'index.html'));
  if (p.startsWith('/kb-site/')) {
    const file = safeJoin(kbSite, p.slice('/kb-site/'.length));
    return file ? sendFile(res, file) : send(res, 404, 'Not found');
  }
  if (p === '/api/nomenclature.json') {
    const { demoNomenclatureFor } = await import('./nomenclature-for-demo');
    return json(res, 200, demoNomenclatureFor(url.searchParams.get('variant')));
  }
  if (p === '/api/nomenclature/children.json') {
    // The dependent lists of the national and nomatch variants, fetched after each choice.
    const { demoChildren } = await import('./nomenclature-for-demo');
    const { searchParams: q } = url;
    return json(res, 200, demoChildren(q.get('variant'), q.get('parent') ?? ''));
  }
  if (p === '/api/tickets' && req.method === 'POST') {
    const body = await readBody(req);
    const { fields, files } = parseMultipart(body, req.headers['content-type'] ?? '');
    const ticket: DemoTicket = {
      number: String(48210 + tickets.length),
      subject: fields['TICKET.subject'] ?? fields['0-5/subject'] ?? '(sans objet)',
      content: fields['TICKET.content'] ?? fields['0-5/content'] ?? '',
      email: fields.email ?? fields['0-1/email'] ?? '',
      fields,
      files,
      status: 'Ouvert',
      createdAt: new Date().toISOString(),
    };
    tickets.push(ticket);
    return json(res, 200, {
      ticketNumber: ticket.number,
      url: `/support/kb-tickets/${ticket.number}`,
    });
  }
  if (p === '/api/tickets') return json(res, 200, tickets);
  if (p === '/support/kb-tickets/new') return sendFile(res, path.join(kbSite, 'support-form.html'));
  if (p === '/support/kb-tickets') return send(res, 200, renderMyTicketsPage(tickets));
  if ((m = p.match(/^\/support\/kb-tickets\/(\d+)$/))) {
    const t = tickets.find((x) => x.number === m?.[1]);
    return t ? send(res, 200, renderTicketPage(t)) : send(res, 404, '<h1>Ticket introuvable</h1>');
  }
  if ((m = p.match(/^\/support\/categorie\/([\w-]+)$/))) {
    return sendFile(res, path.join(corpus, 'categories', `${m[1]}.html`));
  }
  if ((m = p.match(/^\/support\/([\w-]+)$/))) {
    return sendFile(res, path.join(corpus, 'articles', `${m[1]}.html`));
  }
  return send(res, 404, '<h1>Page introuvable</h1>');
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

/** Starts the mock SI SIAO and the mock knowledge base, on loopback only. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const {
    sisiao: instances = [
      { host: '127.0.0.1', port: 4310 },
      { host: '127.0.0.2', port: 4311 },
    ],
    kbPort = 4320,
    log = false,
  } = options;
  const tickets: DemoTicket[] = [];
  const kbPages = new Map<string, string>();
  const sisiaoPages = new Map<string, string>();
  const servers: Server[] = [];
  const wrap = (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
    createServer((req, res) => {
      if (log) console.log(`${req.method} ${req.headers.host}${req.url}`);
      handler(req, res).catch((err: unknown) =>
        send(res, 500, `Erreur du serveur de démo : ${String(err)}`),
      );
    });
  for (const { host, port } of instances) {
    const s = wrap((req, res) => sisiao(req, res, sisiaoPages));
    await listen(s, port, host);
    servers.push(s);
  }
  // The knowledge base is reached as "localhost", which a browser may resolve to ::1 first.
  for (const host of ['127.0.0.1', '::1']) {
    const s = wrap((req, res) => kb(req, res, tickets, kbPages));
    try {
      await listen(s, kbPort, host);
      servers.push(s);
    } catch (err) {
      if (host === '127.0.0.1') throw err; // no IPv6 loopback here: IPv4 is enough
    }
  }
  return {
    tickets,
    kbPages,
    sisiaoPages,
    close: () =>
      Promise.all(
        servers.map((s) => new Promise<void>((r) => (s.closeAllConnections(), s.close(() => r())))),
      ).then(() => undefined),
  };
}

import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import jsonld from 'jsonld';
import { Parser, Writer, type Quad, type Term } from 'n3';
import { z } from 'zod';
import { apiError } from '../../../core/http/openapi.js';
import { NoQuery } from './schemas.js';

/**
 * Linked data (the DCAT-AP.de catalogues) in the three serialisations GovData and other harvesters
 * read: JSON-LD, Turtle and RDF/XML. The JSON-LD document is the one source; Turtle and RDF/XML are
 * written from the RDF statements a JSON-LD processor reads out of it, so all three say the same.
 */
export const RDF_FORMATS = ['jsonld', 'ttl', 'rdf'] as const;
export type RdfFormat = (typeof RDF_FORMATS)[number];

export const RDF_MEDIA_TYPES: Readonly<Record<RdfFormat, string>> = {
  jsonld: 'application/ld+json',
  ttl: 'text/turtle',
  rdf: 'application/rdf+xml',
};

/** Media types in an Accept header that name a serialisation (plain JSON is read as JSON-LD). */
const ACCEPTED: Readonly<Record<string, RdfFormat>> = {
  'application/ld+json': 'jsonld',
  'application/json': 'jsonld',
  'text/turtle': 'ttl',
  'application/x-turtle': 'ttl',
  'application/rdf+xml': 'rdf',
};

/**
 * The serialisation an Accept header asks for: the acceptable one with the highest quality, the
 * earlier one on a tie; JSON-LD when the header names none of them (a browser's `*\/*`).
 */
export function negotiateRdfFormat(accept: string | undefined): RdfFormat {
  let best: { format: RdfFormat; quality: number } | null = null;
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const format = ACCEPTED[type];
    if (!format) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    if (Number.isFinite(quality) && quality > 0 && (!best || quality > best.quality)) best = { format, quality };
  }
  return best?.format ?? 'jsonld';
}

export interface JsonLdDocument {
  '@context': Readonly<Record<string, string>>;
  [key: string]: unknown;
}

/** The RDF statements of a JSON-LD document with an inline context (no remote documents are loaded). */
export async function jsonLdToQuads(document: JsonLdDocument): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(document, { format: 'application/n-quads' })) as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

export async function serialiseLinkedData(document: JsonLdDocument, format: RdfFormat): Promise<string> {
  if (format === 'jsonld') return JSON.stringify(document);
  const quads = await jsonLdToQuads(document);
  const prefixes = { ...document['@context'], rdf: RDF };
  return format === 'ttl' ? writeTurtle(quads, prefixes) : writeRdfXml(quads, prefixes);
}

function writeTurtle(quads: Quad[], prefixes: Record<string, string>): Promise<string> {
  const writer = new Writer({ format: 'text/turtle', prefixes });
  writer.addQuads(quads);
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const LANG_STRING = `${RDF}langString`;
const NC_NAME = /^[A-Za-z_][\w.-]*$/;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * RDF/XML in its plainest form: one rdf:Description per subject, blank nodes by rdf:nodeID, every
 * object as rdf:resource, rdf:nodeID or a literal with its language or datatype. Predicates become
 * element names under the document's prefixes, or under a generated one where none fits.
 */
export function writeRdfXml(quads: readonly Quad[], prefixes: Record<string, string>): string {
  const namespaces = new Map<string, string>(Object.entries(prefixes).map(([prefix, iri]) => [iri, prefix]));
  const used = new Map<string, string>([[RDF, 'rdf']]);
  const qname = (iri: string): string => {
    for (const [namespace, prefix] of namespaces) {
      const local = iri.slice(namespace.length);
      if (iri.startsWith(namespace) && NC_NAME.test(local)) {
        used.set(namespace, prefix);
        return `${prefix}:${local}`;
      }
    }
    const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1;
    const namespace = iri.slice(0, cut);
    const local = iri.slice(cut);
    if (!NC_NAME.test(local)) throw new Error(`no RDF/XML element name for the predicate ${iri}`);
    const prefix = `ns${namespaces.size}`;
    namespaces.set(namespace, prefix);
    used.set(namespace, prefix);
    return `${prefix}:${local}`;
  };
  const node = (term: Term) =>
    term.termType === 'BlankNode' ? `rdf:nodeID="${escapeXml(term.value)}"` : `rdf:about="${escapeXml(term.value)}"`;
  const bySubject = new Map<string, Quad[]>();
  for (const quad of quads) {
    const key = `${quad.subject.termType}:${quad.subject.value}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), quad]);
  }
  const descriptions = [...bySubject.values()].map((statements) => {
    const properties = statements.map(({ predicate, object }) => {
      const name = qname(predicate.value);
      if (object.termType === 'NamedNode') return `    <${name} rdf:resource="${escapeXml(object.value)}"/>`;
      if (object.termType === 'BlankNode') return `    <${name} rdf:nodeID="${escapeXml(object.value)}"/>`;
      if (object.termType !== 'Literal') throw new Error(`no RDF/XML for a ${object.termType} object`);
      const attribute = object.language
        ? ` xml:lang="${escapeXml(object.language)}"`
        : object.datatype.value === XSD_STRING || object.datatype.value === LANG_STRING
          ? ''
          : ` rdf:datatype="${escapeXml(object.datatype.value)}"`;
      return `    <${name}${attribute}>${escapeXml(object.value)}</${name}>`;
    });
    return `  <rdf:Description ${node(statements[0]!.subject)}>\n${properties.join('\n')}\n  </rdf:Description>`;
  });
  const declarations = [...used].map(([namespace, prefix]) => `\n    xmlns:${prefix}="${escapeXml(namespace)}"`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF${declarations.join('')}>\n${descriptions.join('\n')}\n</rdf:RDF>\n`;
}

const FormatQuery = z.object({ format: z.enum(RDF_FORMATS).optional() }).strict();
/** Open data may be read by any site (no cookies are involved) and cached briefly. */
export const OPEN_DATA_HEADERS = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' };

async function sendLinkedData(reply: FastifyReply, document: JsonLdDocument, format: RdfFormat) {
  return reply
    .headers(OPEN_DATA_HEADERS)
    .header('content-type', `${RDF_MEDIA_TYPES[format]}; charset=utf-8`)
    .send(await serialiseLinkedData(document, format));
}

/**
 * Serves a linked-data document at `path` by content negotiation (Accept, or `?format=`), with
 * `Vary: Accept`, and at `path.jsonld`, `path.ttl` and `path.rdf` for links and downloads.
 * `path` is relative to the plugin's prefix.
 */
export function linkedDataRoutes(
  app: FastifyInstance,
  options: {
    path: string;
    operationId: string;
    summary: string;
    description: string;
    tags: string[];
    build: () => Promise<JsonLdDocument>;
  },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { path, operationId, summary, description, tags, build } = options;
  const body = (format: RdfFormat) => ({
    schema: RDF_BODY_SCHEMAS[format].describe(`${summary} as ${RDF_MEDIA_TYPES[format]}`),
  });
  const refused = apiError('A parameter is unknown or the format is not one of jsonld, ttl, rdf');
  api.get(
    path,
    {
      schema: {
        operationId,
        summary: `${summary} (JSON-LD, Turtle or RDF/XML by the Accept header or ?format=)`,
        description: `${description} The serialisation follows the Accept header or ?format=; JSON-LD when neither names one.`,
        tags,
        querystring: FormatQuery,
        response: {
          200: {
            description: `${summary} in the serialisation asked for`,
            content: Object.fromEntries(RDF_FORMATS.map((format) => [RDF_MEDIA_TYPES[format], body(format)])),
          },
          400: refused,
        },
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? negotiateRdfFormat(request.headers.accept);
      const vary = reply.getHeader('vary');
      reply.header('vary', vary ? `${String(vary)}, Accept` : 'Accept');
      return sendLinkedData(reply, await build(), format);
    },
  );
  for (const format of RDF_FORMATS) {
    api.get(
      `${path}.${format}`,
      {
        schema: {
          operationId: `${operationId}${FORMAT_SUFFIX[format]}`,
          summary: `${summary} (${RDF_MEDIA_TYPES[format]})`,
          description: `${description} Always as ${RDF_MEDIA_TYPES[format]}, for links and downloads.`,
          tags,
          querystring: NoQuery,
          response: {
            200: {
              description: `${summary} as ${RDF_MEDIA_TYPES[format]}`,
              content: { [RDF_MEDIA_TYPES[format]]: body(format) },
            },
            400: refused,
          },
        },
      },
      async (_request, reply) => sendLinkedData(reply, await build(), format),
    );
  }
}

/** JSON-LD is a JSON object; Turtle and RDF/XML are text. */
const RDF_BODY_SCHEMAS: Readonly<Record<RdfFormat, z.ZodType<unknown>>> = {
  jsonld: z.record(z.string(), z.unknown()),
  ttl: z.string(),
  rdf: z.string(),
};

/** The operationId of each fixed-format address: the negotiated operation's id with the format. */
const FORMAT_SUFFIX: Readonly<Record<RdfFormat, string>> = { jsonld: 'AsJsonLd', ttl: 'AsTurtle', rdf: 'AsRdfXml' };

import type { OpenApiDocument, OpenApiOperation } from '../openapi/build-document.ts';
import { html, page, type SafeHtml } from './html.ts';

type Schema = Record<string, unknown>;

/** Text with `code` spans, as the document's descriptions write them; one paragraph per blank line. */
function prose(text: string | undefined): SafeHtml[] {
  return (text ?? '').split(/\n\n+/).filter(Boolean).map((p) => html`<p>${inline(p)}</p>`);
}

function inline(text: string): SafeHtml {
  return html`${text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;
}

const refName = (ref: string) => ref.split('/').pop()!;
const schemaLink = (ref: string) => html`<a href="#schema-${refName(ref)}"><code>${refName(ref)}</code></a>`;

/** A schema in a few words: `string (date-time)`, `"a" | "b"`, `Call | null`, `array of Decision`. */
function typeOf(s: Schema): SafeHtml {
  if (typeof s.$ref === 'string') return schemaLink(s.$ref);
  if ('const' in s) return html`<code>${JSON.stringify(s.const)}</code>`;
  if (Array.isArray(s.enum)) return html`${s.enum.map((v, i) => html`${i ? ' | ' : ''}<code>${JSON.stringify(v)}</code>`)}`;
  const variants = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (variants) return html`${variants.map((v, i) => html`${i ? ' | ' : ''}${typeOf(v)}`)}`;
  if (s.type === 'array' && s.items) return html`array of ${typeOf(s.items as Schema)}`;
  const type = Array.isArray(s.type) ? s.type.join(' | ') : typeof s.type === 'string' ? s.type : 'any';
  const format = typeof s.format === 'string' ? ` (${s.format})` : typeof s.contentMediaType === 'string' ? ` (${s.contentMediaType})` : '';
  return html`${type}${format}`;
}

/** An object's properties as a nested list (objects inside, and items of arrays of objects, nest). */
function schemaTree(s: Schema, depth = 0): SafeHtml | '' {
  const target = s.type === 'array' && s.items ? (s.items as Schema) : ((s.anyOf as Schema[] | undefined)?.find((v) => v.type === 'object') ?? s);
  const props = target.properties as Record<string, Schema> | undefined;
  if (!props || depth > 4) return '';
  const required = new Set((target.required as string[] | undefined) ?? []);
  return html`<ul class="schema-tree">${Object.entries(props).map(([name, p]) => html`<li><code class="prop">${name}</code> <span class="prop-type">${typeOf(p)}</span>${required.has(name) ? html` <span class="req">required</span>` : ''}${'default' in p ? html` <span class="default">default <code>${JSON.stringify(p.default)}</code></span>` : ''}${typeof p.description === 'string' ? html` — ${inline(p.description)}` : ''}${schemaTree(p, depth + 1)}</li>`)}</ul>`;
}

function content(c: Record<string, { schema?: Schema }> | undefined): SafeHtml | '' {
  if (!c) return '';
  return html`<ul class="docs-media">${Object.entries(c).map(([media, { schema }]) => html`<li><code>${media}</code>${schema ? html`: ${typeOf(schema)}${schema.$ref ? '' : schemaTree(schema)}` : ''}</li>`)}</ul>`;
}

function parameters(params: Schema[] | undefined, label: string): SafeHtml | '' {
  if (!params?.length) return '';
  return html`<h4>Parameters</h4><div class="table-wrap" role="region" aria-label="Parameters of ${label}" tabindex="0"><table class="docs-table"><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">type</th><th scope="col">about</th></tr></thead><tbody>${params.map((p) => html`<tr><td><code>${String(p.name)}</code>${p.required ? html` <span class="req">required</span>` : ''}</td><td>${String(p.in)}</td><td>${typeOf((p.schema ?? {}) as Schema)}</td><td>${inline(String(p.description ?? ''))}</td></tr>`)}</tbody></table></div>`;
}

function operation(method: string, path: string, op: OpenApiOperation): SafeHtml {
  const body = op.requestBody as { required?: boolean; content?: Record<string, { schema?: Schema }> } | undefined;
  return html`<article class="docs-op" id="op-${op.operationId}">
<h3><span class="method method-${method}">${method.toUpperCase()}</span> <code class="path">${path}</code></h3>
<p class="op-summary">${op.summary}</p>
${prose(op.description as string | undefined)}
${parameters(op.parameters, `${method.toUpperCase()} ${path}`)}
${body ? html`<h4>Request body${body.required ? '' : ' (optional)'}</h4>${content(body.content)}` : ''}
<h4>Answers</h4>
<div class="table-wrap" role="region" aria-label="Answers of ${method.toUpperCase()} ${path}" tabindex="0"><table class="docs-table"><thead><tr><th scope="col">status</th><th scope="col">when</th><th scope="col">body</th></tr></thead><tbody>
${Object.entries(op.responses).map(([status, r]) => html`<tr><td class="status">${status}</td><td>${r.description.split('\n').map((line, i) => html`${i ? html`<br>` : ''}${inline(line)}`)}</td><td>${content(r.content as Record<string, { schema?: Schema }> | undefined)}</td></tr>`)}
</tbody></table></div>
</article>`;
}

/** `GET /docs`: the OpenAPI document as a page — routes by tag, sign-in, error codes, schemas. No script needed. */
export function renderDocsPage(doc: OpenApiDocument): string {
  const tags = doc.tags as { name: string; description: string }[];
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const byTag = (tag: string) => ops.filter((o) => o.op.tags.includes(tag));
  const schemes = doc.components.securitySchemes as Record<string, { type: string; scheme?: string; in?: string; name?: string; description?: string }>;
  const body = html`<div class="docs">
<h1>${String(doc.info.title)} <span class="version">${String(doc.info.version)}</span></h1>
${prose(doc.info.description as string)}
<p>The same reference as OpenAPI ${doc.openapi}: <a href="/docs/openapi.json"><code>/docs/openapi.json</code></a>.</p>
<nav class="docs-toc" aria-label="Contents"><ul>
${tags.map((t) => html`<li><a href="#tag-${t.name}">${t.name}</a><ul>${byTag(t.name).map(({ method, path, op }) => html`<li><a href="#op-${op.operationId}"><span class="method method-${method}">${method.toUpperCase()}</span> <code>${path}</code></a></li>`)}</ul></li>`)}
<li><a href="#sign-in">Signing in</a></li><li><a href="#error-codes">Error codes</a></li><li><a href="#schemas">Schemas</a></li>
</ul></nav>
<section id="sign-in" aria-labelledby="sign-in-h"><h2 id="sign-in-h">Signing in</h2><dl class="docs-schemes">
${Object.entries(schemes).map(([name, s]) => html`<dt><code>${name}</code>: ${s.type === 'http' ? `HTTP ${s.scheme}` : html`<code>${s.name ?? ''}</code> ${s.in ?? ''}`}</dt><dd>${inline(s.description ?? '')}</dd>`)}
</dl></section>
${tags.map((t) => html`<section class="docs-tag" id="tag-${t.name}" aria-labelledby="tag-${t.name}-h"><h2 id="tag-${t.name}-h">${t.name}</h2>${prose(t.description)}${byTag(t.name).map(({ method, path, op }) => operation(method, path, op))}</section>`)}
<section id="error-codes" aria-labelledby="error-codes-h"><h2 id="error-codes-h">Error codes</h2>
<p>Every error answer is <code>{ "error": { "code": "…", "message": "…" } }</code>; scripts match on the code, people read the message.</p>
<div class="table-wrap" role="region" aria-labelledby="error-codes-h" tabindex="0"><table class="docs-table"><thead><tr><th scope="col">code</th><th scope="col">status</th><th scope="col">meaning</th></tr></thead><tbody>
${doc.info['x-error-codes'].map((e) => html`<tr id="code-${e.code}"><td><code>${e.code}</code></td><td class="status">${e.status}</td><td>${inline(e.description)}</td></tr>`)}
</tbody></table></div></section>
<section id="schemas" aria-labelledby="schemas-h"><h2 id="schemas-h">Schemas</h2>
${Object.entries(doc.components.schemas).map(([name, s]) => html`<section class="docs-schema" id="schema-${name}" aria-labelledby="schema-${name}-h"><h3 id="schema-${name}-h"><code>${name}</code></h3>${schemaTree(s) || html`<p>${typeOf(s)}</p>`}<details><summary>JSON Schema</summary><pre>${JSON.stringify(s, null, 2)}</pre></details></section>`)}
</section>
</div>`;
  return page({ title: 'API reference', body, user: null, csrf: null });
}

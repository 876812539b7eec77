// People and sources: schema.org Person / Organization / Role and citations → our agents and sources.
import type { Agent, Source } from '../../../schemas/common.js';
import { LIMITS } from '../../../schemas/rules.js';
import type { IssuePath } from '../../../schemas/validate.js';
import type { WorkKind } from '../../../schemas/work.js';
import { JsonLdReader, compact, first, hasType, isNode, items, literal, prop, typesOf, type JsonLdNode } from '../json-ld.js';
import { clip, readDate, readName, readText, readUrl } from '../json-ld-values.js';
import { PEOPLE_PROPERTIES, agentTypeOf, canonicalRole } from '../vocabulary.js';

const ROLE_TYPES = ['Role', 'PerformanceRole', 'OrganizationRole', 'EmployeeRole', 'LinkRole'];


interface AgentOptions {
  /** Cast and crew: the role comes from the property or `Role`, not from `jobTitle`. */
  roleByProperty?: boolean;
  /** Several values where one is expected: warn that the first was used. */
  single?: boolean;
}

export function readAgent(reader: JsonLdReader, value: unknown, path: IssuePath, options: AgentOptions = {}): Agent | undefined {
  const list = items(value, 50);
  if (list.length > 1 && options.single) reader.warn(path, `has ${list.length} values; the first was used`, 'several-values');
  return agentFrom(reader, reader.resolve(literal(list[0])), list.length > 1 ? [...path, 0] : path, options);
}

/**
 * Every author (or creator) a node names, kept whole: one agent stays as it is; several become one
 * agent whose name lists them all in the document's language ("Ana Lima and Rui Costa"), with a
 * warning, since our schema has one author and one link per review.
 */
export function readAgents(reader: JsonLdReader, value: unknown, path: IssuePath, language: string | undefined): Agent | undefined {
  const list = items(value, 20);
  if (list.length <= 1) return readAgent(reader, value, path);
  const agents = list
    .map((v, i) => agentFrom(reader, reader.resolve(literal(v)), [...path, i], {}))
    .filter((a): a is Agent => a !== undefined)
    .filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i);
  if (agents.length <= 1) return agents[0];
  const names = agents.map((a) => a.name);
  let joined = names.join(', ');
  try {
    joined = new Intl.ListFormat(language ?? 'en', { type: 'conjunction' }).format(names);
  } catch {
    // An unknown language tag: commas.
  }
  const same = <K extends 'type' | 'affiliation'>(key: K): Agent[K] =>
    agents.every((a) => a[key] === agents[0]?.[key]) ? agents[0]?.[key] : undefined;
  reader.warn(path, `names ${agents.length} agents, shown together as one ("${clip(joined, 80)}"); their own links and roles are left out`, 'agents-joined');
  return compact<Agent>({ name: clip(joined, LIMITS.shortText), type: same('type'), affiliation: same('affiliation') });
}

function agentFrom(reader: JsonLdReader, value: unknown, path: IssuePath, options: AgentOptions): Agent | undefined {
  if (value === undefined) return undefined;
  if (!isNode(value)) {
    const name = readText(reader, value, path, LIMITS.shortText);
    return name ? { name } : undefined;
  }
  const name = readName(reader, value, path);
  if (!name) {
    reader.warn(path, 'has no name and was ignored', 'missing-name');
    return undefined;
  }
  const affiliationValue = prop(value, 'affiliation') ?? prop(value, 'worksFor') ?? prop(value, 'memberOf') ?? prop(value, 'parentOrganization');
  return compact({
    name,
    type: agentTypeOf(typesOf(value)),
    role: options.roleByProperty ? undefined : readRole(reader, value, path),
    affiliation: affiliationValue === undefined ? undefined : readName(reader, affiliationValue, [...path, 'affiliation']),
    url: readUrl(reader, prop(value, 'url'), [...path, 'url']) ?? readUrl(reader, prop(value, 'sameAs'), [...path, 'sameAs']),
  });
}

/** A person's `jobTitle`; an organisation's short `description` (where we write an organisation's role). */
function readRole(reader: JsonLdReader, agent: JsonLdNode, path: IssuePath): string | undefined {
  const jobTitle = prop(agent, 'jobTitle');
  if (jobTitle !== undefined) return readName(reader, jobTitle, [...path, 'jobTitle']);
  if (agentTypeOf(typesOf(agent)) !== 'organization') return undefined;
  const description = literal(first(prop(agent, 'description')));
  return typeof description === 'string' && description.trim().length <= LIMITS.shortText
    ? readText(reader, description, [...path, 'description'], LIMITS.shortText)
    : undefined;
}

/** Cast and crew from `director`, `actor`, `author`, … and `Role` wrappers (`roleName` keeps the exact role). */
export function readPeople(reader: JsonLdReader, work: JsonLdNode, path: IssuePath, kind: WorkKind): Agent[] {
  const people: Agent[] = [];
  for (const { property } of PEOPLE_PROPERTIES) {
    const values = items(prop(work, property), LIMITS.people);
    values.forEach((raw, i) => {
      if (people.length >= LIMITS.people) return;
      const itemPath = values.length > 1 ? [...path, property, i] : [...path, property];
      let value = reader.resolve(literal(raw));
      let role = canonicalRole(property, kind);
      if (isNode(value) && hasType(value, ...ROLE_TYPES)) {
        role = readText(reader, prop(value, 'roleName'), [...itemPath, 'roleName'], LIMITS.shortText) ?? role;
        value = reader.resolve(literal(first(prop(value, property) ?? prop(value, 'contributor'))));
      }
      const agent = agentFrom(reader, value, itemPath, { roleByProperty: true });
      if (agent) people.push(compact({ ...agent, role }));
    });
  }
  return people;
}

function readSource(reader: JsonLdReader, value: unknown, path: IssuePath): Source | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^(https?:)?\/\//i.test(trimmed) || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
      const url = readUrl(reader, trimmed, path);
      return url ? { url } : undefined;
    }
    const title = readText(reader, trimmed, path, LIMITS.shortText);
    return title ? { title } : undefined;
  }
  if (!isNode(value)) return undefined;
  const source = compact<Source>({
    url: readUrl(reader, prop(value, 'url') ?? prop(value, 'contentUrl'), [...path, 'url']),
    title: readText(reader, prop(value, 'name') ?? prop(value, 'headline'), [...path, 'name'], LIMITS.shortText),
    publisher: optionalName(reader, prop(value, 'publisher'), [...path, 'publisher']),
    author: optionalName(reader, prop(value, 'author') ?? prop(value, 'creator'), [...path, 'author']),
    datePublished: readDate(reader, prop(value, 'datePublished'), [...path, 'datePublished']),
    archivedUrl: readUrl(reader, prop(value, 'archivedAt'), [...path, 'archivedAt']),
    note: readText(reader, prop(value, 'description'), [...path, 'description'], 2_000, { html: true }),
  });
  if (source.url === undefined && source.title === undefined) {
    reader.warn(path, 'has neither a url nor a name and was ignored', 'empty-source');
    return undefined;
  }
  return source;
}

export const optionalName = (reader: JsonLdReader, value: unknown, path: IssuePath): string | undefined =>
  value === undefined ? undefined : readName(reader, value, path);

export function readSources(reader: JsonLdReader, values: unknown[], path: IssuePath, max = 50): Source[] {
  const out: Source[] = [];
  values.forEach((value, i) => {
    if (out.length >= max) return;
    const source = readSource(reader, reader.resolve(literal(value)), values.length > 1 ? [...path, i] : path);
    if (source) out.push(source);
  });
  return out;
}

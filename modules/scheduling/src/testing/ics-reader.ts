/**
 * For this module's tests: a small, strict iCalendar reader, so tests read a
 * feed back instead of matching strings. It checks the framing as it goes
 * (CRLF only, at most 75 octets per physical line, whole UTF-8 sequences per
 * line, balanced BEGIN/END) and throws on anything off.
 */

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  /** As written (still escaped). */
  raw: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The physical lines as octets; throws on a bare CR or LF, a missing final CRLF, a line over 75 octets or a cut UTF-8 sequence. */
export function physicalLines(ics: string): string[] {
  const bytes = Buffer.from(ics, 'utf8');
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d) {
      if (bytes[i + 1] !== 0x0a) throw new Error(`bare CR at octet ${i}`);
      const line = bytes.subarray(start, i);
      if (line.length > 75) throw new Error(`line ${lines.length + 1} has ${line.length} octets`);
      lines.push(strictUtf8.decode(line)); // throws on a split sequence
      start = i + 2;
      i++;
    } else if (bytes[i] === 0x0a) {
      throw new Error(`bare LF at octet ${i}`);
    }
  }
  if (start !== bytes.length) throw new Error('the last line has no CRLF');
  return lines;
}

/** Unfolding (RFC 5545 3.1): a line starting with a space or tab continues the one before. */
export function unfold(ics: string): string[] {
  const logical: string[] = [];
  for (const line of physicalLines(ics)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('continuation without a line');
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  return logical;
}

function parseLine(line: string): IcsProperty {
  let i = 0;
  while (i < line.length && line[i] !== ';' && line[i] !== ':') i++;
  const name = line.slice(0, i).toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) throw new Error(`bad property name in ${JSON.stringify(line)}`);
  const params: Record<string, string> = {};
  while (line[i] === ';') {
    const eq = line.indexOf('=', i);
    if (eq < 0) throw new Error(`bad parameter in ${JSON.stringify(line)}`);
    const key = line.slice(i + 1, eq).toUpperCase();
    let j = eq + 1;
    let value = '';
    if (line[j] === '"') {
      const close = line.indexOf('"', j + 1);
      if (close < 0) throw new Error(`unclosed quote in ${JSON.stringify(line)}`);
      value = line.slice(j + 1, close);
      j = close + 1;
    } else {
      while (j < line.length && line[j] !== ';' && line[j] !== ':') j++;
      value = line.slice(eq + 1, j);
    }
    params[key] = value;
    i = j;
  }
  if (line[i] !== ':') throw new Error(`no value in ${JSON.stringify(line)}`);
  return { name, params, raw: line.slice(i + 1) };
}

/** Parses the whole text into its component tree (the root is VCALENDAR). */
export function parseIcs(ics: string): IcsComponent {
  const stack: IcsComponent[] = [];
  let root: IcsComponent | undefined;
  for (const line of unfold(ics)) {
    const property = parseLine(line);
    if (property.name === 'BEGIN') {
      const component: IcsComponent = { name: property.raw, properties: [], components: [] };
      if (stack.length > 0) stack[stack.length - 1]!.components.push(component);
      else if (root) throw new Error('a second top-level component');
      else root = component;
      stack.push(component);
    } else if (property.name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== property.raw) throw new Error(`END:${property.raw} does not close ${open?.name}`);
    } else {
      if (stack.length === 0) throw new Error(`property outside a component: ${line}`);
      stack[stack.length - 1]!.properties.push(property);
    }
  }
  if (!root || stack.length > 0) throw new Error('unbalanced BEGIN/END');
  return root;
}

/** TEXT unescaping; throws on an unescaped `,` or `;` and on unknown escapes, which a TEXT value cannot contain. */
export function unescapeText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      const next = raw[++i];
      if (next === 'n' || next === 'N') out += '\n';
      else if (next === '\\' || next === ';' || next === ',') out += next;
      else throw new Error(`bad escape \\${next} in ${JSON.stringify(raw)}`);
    } else if (c === ',' || c === ';') {
      throw new Error(`unescaped ${c} in ${JSON.stringify(raw)}`);
    } else {
      out += c;
    }
  }
  return out;
}

/** The one value of a property (TEXT-unescaped); throws when it is missing or repeated. */
export function textOf(component: IcsComponent, name: string): string {
  const found = component.properties.filter((p) => p.name === name);
  if (found.length !== 1) throw new Error(`${component.name} has ${found.length} ${name}`);
  return unescapeText(found[0]!.raw);
}

export function has(component: IcsComponent, name: string): boolean {
  return component.properties.some((p) => p.name === name);
}

/** Every VEVENT of a feed as a flat record of unescaped values (and the LANGUAGE of SUMMARY). */
export function eventsOf(ics: string): Array<Record<string, string>> {
  return parseIcs(ics)
    .components.filter((c) => c.name === 'VEVENT')
    .map((event) => {
      const record: Record<string, string> = {};
      for (const p of event.properties) {
        if (record[p.name] !== undefined) throw new Error(`VEVENT repeats ${p.name}`);
        record[p.name] = unescapeText(p.raw);
        if (p.params.LANGUAGE) record[`${p.name};LANGUAGE`] = p.params.LANGUAGE;
      }
      return record;
    });
}

// The ingest stage's entry: seed files in, one merged corpus out; a bad file is reported and the rest still ingest.

import { mergeAliases, type CuratedAlias } from './aliases.js';
import { curatedAliases } from './curated.js';
import { mergeNotices } from './merge.js';
import { parseFile } from './notice.js';
import { decodeSource } from './source.js';
import type { Corpus, Debris, IngestIssue, Notice, SourceFile, SourceText } from './types.js';

export interface IngestOptions {
  curatedAliases?: CuratedAlias[];
}

export function ingestCorpus(files: SourceFile[], opts: IngestOptions = {}): Corpus {
  const issues: IngestIssue[] = [];
  const sources: SourceText[] = [];
  const notices: Notice[] = [];
  const debris: Debris[] = [];
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const decoded = decodeSource(file);
    issues.push(...decoded.issues);
    if (!decoded.source) continue;
    try {
      const parsed = parseFile(decoded.source);
      sources.push(decoded.source);
      notices.push(...parsed.notices);
      debris.push(...parsed.debris);
      issues.push(...parsed.issues);
    } catch (e) {
      issues.push({ file: file.name, line: null, code: 'SEED_PARSE_FAILED', severity: 'error',
        message: `${file.name}: could not be parsed (${(e as Error).message})` });
    }
  }
  const merged = mergeNotices(notices, issues);
  return { notices: merged, sources, aliases: mergeAliases(merged, opts.curatedAliases ?? curatedAliases), debris, issues };
}

export function findNotice(corpus: Corpus, id: string): Notice | undefined {
  return corpus.notices.find((n) => n.id === id);
}

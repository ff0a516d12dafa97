// The curated everyday forms people type (公租房 → 公共租赁住房), kept as data in data/aliases.json.

import curated from '../../data/aliases.json' with { type: 'json' };
import type { CuratedAlias } from './aliases.js';

export const curatedAliases: CuratedAlias[] = curated;

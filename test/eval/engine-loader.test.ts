// importEngineLoader: a missing engine module means "skip", a broken one is an error, an existing one yields loadEngine.

import { describe, expect, it } from 'vitest';
import { importEngineLoader } from '../../src/node/eval-files.js';

describe('importEngineLoader', () => {
  it('returns null when the module itself does not exist', async () => {
    expect(await importEngineLoader('./no-such-engine.js')).toBeNull();
  });

  it('rethrows when the module exists but one of its imports is missing', async () => {
    await expect(importEngineLoader('../../test/eval/fixtures/broken-engine.js')).rejects.toThrow(/no-such-package-for-eval-tests/);
  });

  it('rejects a module without loadEngine', async () => {
    await expect(importEngineLoader('./seeds.js')).rejects.toThrow('./seeds.js does not export loadEngine');
  });
});

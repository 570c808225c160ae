import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPermissionMatrix } from '@frontdesk/shared-kernel';

const security = readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');

describe('docs/security.md', () => {
  it('shows the permission matrix exactly as the code defines it', () => {
    const between = /<!-- permission-matrix:start -->\n([\s\S]*?)\n<!-- permission-matrix:end -->/.exec(security)?.[1];
    expect(between, 'paste the output of renderPermissionMatrix() between the markers').toBe(renderPermissionMatrix());
  });
});

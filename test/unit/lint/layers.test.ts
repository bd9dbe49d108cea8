import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../fixtures/temp-dir';

const repoRoot = path.resolve(__dirname, '../../..');

/** Lints code as if it lived at `filePath` in the repository, with the project's own configuration. */
async function lintAt(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
  const planted: { name: string; file: string; code: string }[] = [
    {
      name: 'domain importing db',
      file: 'electron/domain/planted.ts',
      code: "import { openDatabase } from '../../db/open';\nexport const x = openDatabase;\n",
    },
    {
      name: 'domain importing the API',
      file: 'electron/domain/planted.ts',
      code: "import { roleSchema } from '../api/contracts/roles';\nexport const x = roleSchema;\n",
    },
    {
      name: 'db importing services',
      file: 'db/repositories/planted.ts',
      code: "import { StoreRuntime } from '../../electron/services/store/runtime';\nexport const x = StoreRuntime;\n",
    },
    {
      name: 'services importing the API at run time',
      file: 'electron/services/caseload/planted.ts',
      code: "import { dispatch } from '../../api/dispatch';\nexport const x = dispatch;\n",
    },
    {
      name: 'services importing electron',
      file: 'electron/services/store/planted.ts',
      code: "import { app } from 'electron';\nexport const x = app;\n",
    },
    {
      name: 'the API importing the shell',
      file: 'electron/api/handlers/planted.ts',
      code: "import { registerIpc } from '../../main/ipc';\nexport const x = registerIpc;\n",
    },
    {
      name: 'the renderer importing services',
      file: 'renderer/src/pages/planted.tsx',
      code: "import { StoreRuntime } from '../../../electron/services/store/runtime';\nexport const x = StoreRuntime;\n",
    },
    {
      name: 'the renderer importing a handler',
      file: 'renderer/src/pages/planted.tsx',
      code: "import { handlers } from '../../../electron/api/handlers';\nexport const x = handlers;\n",
    },
  ];

  it.each(planted)('reports $name', async ({ file, code }) => {
    const messages = await lintAt(file, code);
    expect(messages.some((m) => m.startsWith('no-restricted-imports:'))).toBe(true);
  });

  it('accepts the imports each layer may make', async () => {
    const allowed = [
      {
        file: 'db/repositories/planted.ts',
        code: "import { roles } from '../../electron/domain/roles';\nexport const x = roles;\n",
      },
      {
        file: 'electron/services/store/planted.ts',
        code: "import { openDatabase } from '../../../db/open';\nimport { roles } from '../../domain/roles';\nexport const x = [openDatabase, roles];\n",
      },
      {
        file: 'electron/services/caseload/planted.ts',
        code: "import type { participantSchema } from '../../api/contracts/participants';\nexport type X = typeof participantSchema;\n",
      },
      {
        file: 'renderer/src/pages/planted.tsx',
        code: "import { permissions } from '../../../electron/api/permissions';\nimport { roles } from '../../../electron/domain/roles';\nexport const x = [permissions, roles];\n",
      },
    ];
    for (const { file, code } of allowed) {
      expect(await lintAt(file, code), file).toEqual([]);
    }
  });
});

describe('import cycles', () => {
  it('fails on a two-file cycle under the project configuration', async () => {
    const dir = tempDir('kesher-cycle-');
    mkdirSync(path.join(dir, 'electron', 'domain'), { recursive: true });
    writeFileSync(
      path.join(dir, 'electron/domain/first.ts'),
      "import { second } from './second';\nexport const first = () => second;\n",
    );
    writeFileSync(
      path.join(dir, 'electron/domain/second.ts'),
      "import { first } from './first';\nexport const second = () => first;\n",
    );
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ include: ['**/*.ts'] }));
    const config = (await import(path.join(repoRoot, 'eslint.config.mjs'))) as {
      default: ESLint.Options['overrideConfig'];
    };
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config.default });
    const results = await eslint.lintFiles(['electron/domain/first.ts']);
    const messages = results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
    expect(messages).toContain('import-x/no-cycle: Dependency cycle detected');
  });
});

/**
 * Reads the interfaces and type aliases of the `kubernetes-types` package with the TypeScript
 * compiler API, so the JSON schema is derived from a published source (types + upstream doc
 * comments) rather than written by hand.
 */
import { dirname, join, relative } from 'node:path'
import { createRequire } from 'node:module'
import ts from 'typescript'

/** kubernetes-types file (without `.d.ts`) → the upstream OpenAPI prefix of its definitions. */
const DEFINITION_PREFIX: Record<string, string> = {
  'core/v1': 'io.k8s.api.core.v1',
  'apps/v1': 'io.k8s.api.apps.v1',
  'batch/v1': 'io.k8s.api.batch.v1',
  'meta/v1': 'io.k8s.apimachinery.pkg.apis.meta.v1',
  'api/resource': 'io.k8s.apimachinery.pkg.api.resource',
  runtime: 'io.k8s.apimachinery.pkg.runtime',
}

/** The files the generator starts from; their imports (meta, resource, runtime) come along. */
const ENTRY_FILES = ['core/v1', 'apps/v1', 'batch/v1', 'meta/v1']

export interface Declaration {
  /** Upstream-style definition name, e.g. `io.k8s.api.core.v1.PodSpec`. */
  id: string
  node: ts.InterfaceDeclaration | ts.TypeAliasDeclaration
  description: string
}

export interface KubernetesDeclarations {
  byId: Map<string, Declaration>
  checker: ts.TypeChecker
  /** Definition id of the declaration a type reference points to. */
  resolveReference(node: ts.TypeReferenceNode): string
  /** The doc comment of a declaration or property, as plain text. */
  describe(node: ts.Declaration): string
  /** The version of the kubernetes-types package read. */
  packageVersion: string
}

export function readKubernetesDeclarations(): KubernetesDeclarations {
  const require = createRequire(import.meta.url)
  const packageJson = require.resolve('kubernetes-types/package.json')
  const root = dirname(packageJson)
  const packageVersion = (require(packageJson) as { version: string }).version
  const program = ts.createProgram(
    ENTRY_FILES.map((file) => join(root, `${file}.d.ts`)),
    { noEmit: true, types: [], lib: ['lib.es2022.d.ts'] },
  )
  const checker = program.getTypeChecker()
  const byId = new Map<string, Declaration>()
  const idOfFile = (fileName: string) => {
    const key = relative(root, fileName)
      .replace(/\.d\.ts$/, '')
      .split('\\')
      .join('/')
    const prefix = DEFINITION_PREFIX[key]
    if (!prefix) throw new Error(`No definition prefix for kubernetes-types/${key}`)
    return prefix
  }
  const describe = (node: ts.Declaration) => {
    const symbol = checker.getSymbolAtLocation(ts.getNameOfDeclaration(node)!)
    return symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() : ''
  }

  for (const sourceFile of program.getSourceFiles()) {
    if (!sourceFile.fileName.startsWith(root)) continue
    const prefix = idOfFile(sourceFile.fileName)
    for (const statement of sourceFile.statements) {
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
        const id = `${prefix}.${statement.name.text}`
        byId.set(id, { id, node: statement, description: describe(statement) })
      }
    }
  }

  const resolveReference = (node: ts.TypeReferenceNode) => {
    let symbol = checker.getSymbolAtLocation(node.typeName)
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
    const declaration = symbol?.declarations?.[0]
    if (!declaration || !(ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration))) {
      throw new Error(`Cannot resolve type ${node.typeName.getText()}`)
    }
    return `${idOfFile(declaration.getSourceFile().fileName)}.${declaration.name.text}`
  }

  return { byId, checker, resolveReference, describe, packageVersion }
}

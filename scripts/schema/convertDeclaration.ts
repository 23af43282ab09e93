/** Turns one kubernetes-types declaration into a JSON-schema definition. */
import ts from 'typescript'
import { enumFromDescription } from './enumFromDescription'
import { refTo, type JsonSchema } from './jsonSchema'
import type { Declaration, KubernetesDeclarations } from './readDeclarations'
import { ALIAS_CORRECTIONS } from './supplement'

export function convertDeclaration(declaration: Declaration, declarations: KubernetesDeclarations, closed: boolean): JsonSchema {
  const { node } = declaration
  const description: JsonSchema = declaration.description ? { description: declaration.description } : {}
  if (ts.isTypeAliasDeclaration(node)) {
    return { ...convertType(node.type, declarations), ...description }
  }
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue
    const name = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : undefined
    if (!name) throw new Error(`Unsupported property name ${member.name.getText()} in ${declaration.id}`)
    properties[name] = convertProperty(name, member, declarations)
    if (!member.questionToken) required.push(name)
  }
  if (Object.keys(properties).length === 0) {
    // Empty interfaces (RawExtension, FieldsV1) stand for free-form JSON objects.
    return { type: 'object', ...description }
  }
  return {
    type: 'object',
    ...description,
    properties,
    ...(required.length > 0 ? { required: required.sort() } : {}),
    ...(closed ? { additionalProperties: false } : {}),
  }
}

function convertProperty(name: string, member: ts.PropertySignature, declarations: KubernetesDeclarations): JsonSchema {
  const doc = declarations.describe(member)
  const description: JsonSchema = doc ? { description: doc } : {}
  // A resource's status is written by the cluster; pasted `kubectl get -o yaml` output may carry
  // one, but checking it would only grow the schema. Accept any object there.
  if (name === 'status' && ts.isTypeReferenceNode(member.type!) && /Status$/.test(member.type.typeName.getText())) {
    return { type: 'object', ...description }
  }
  const schema = convertType(member.type!, declarations)
  if (schema.type === 'string' && !schema.enum) {
    const values = enumFromDescription(doc)
    if (values) schema.enum = values
  }
  // An optional scalar may be written as null (`creationTimestamp: null` in kubectl output): the
  // API server treats that as unset.
  if (member.questionToken && typeof schema.type === 'string' && !schema.enum) {
    schema.type = [schema.type, 'null']
  } else if (member.questionToken && Array.isArray(schema.type)) {
    schema.type = [...schema.type, 'null']
  }
  return { ...schema, ...description }
}

function convertType(node: ts.TypeNode, declarations: KubernetesDeclarations): JsonSchema {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' }
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' }
    case ts.SyntaxKind.NumberKeyword:
      // Every number in core, apps, batch and meta v1 is an int32 or int64 upstream.
      return { type: 'integer' }
  }
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
    return { type: 'string', enum: [node.literal.text] }
  }
  if (ts.isUnionTypeNode(node)) {
    const members = node.types.map((member) => convertType(member, declarations))
    if (members.every((member) => typeof member.type === 'string' && Object.keys(member).length === 1)) {
      // int-or-string (ports, maxSurge, …).
      return { type: members.map((member) => member.type as string).sort() }
    }
    throw new Error(`Unsupported union ${node.getText()}`)
  }
  if (ts.isArrayTypeNode(node)) {
    return { type: 'array', items: convertType(node.elementType, declarations) }
  }
  if (ts.isTypeLiteralNode(node)) {
    const [index] = node.members
    if (node.members.length === 1 && index && ts.isIndexSignatureDeclaration(index)) {
      return { type: 'object', additionalProperties: convertType(index.type, declarations) }
    }
    throw new Error(`Unsupported object type ${node.getText()}`)
  }
  if (ts.isTypeReferenceNode(node)) {
    if (node.typeName.getText() === 'Array' && node.typeArguments?.length === 1) {
      return { type: 'array', items: convertType(node.typeArguments[0]!, declarations) }
    }
    const id = declarations.resolveReference(node)
    const target = declarations.byId.get(id)
    if (target && ts.isTypeAliasDeclaration(target.node)) {
      // Aliases (Time, Quantity) are inlined: their one-line type is smaller than a reference,
      // and the field's own description is what a hover should show.
      return { ...(ALIAS_CORRECTIONS[id] ?? convertType(target.node.type, declarations)) }
    }
    return refTo(id)
  }
  throw new Error(`Unsupported type ${node.getText()}`)
}

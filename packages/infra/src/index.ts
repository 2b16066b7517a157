// Public surface of @ctrl-alt-heal/infra.

// The stack and the app-level checks
export { CtrlAltHealStack } from './ctrl-alt-heal-stack';
export type { CtrlAltHealStackProps } from './ctrl-alt-heal-stack';
export { addComplianceChecks } from './compliance/add-compliance-checks';

// Deployment settings
export { DEFAULT_INFRA_CONFIG } from './config/infra-config';
export type { InfraConfig } from './config/infra-config';
export { InfraConfigError } from './config/infra-config-error';
export { readInfraConfig, CONTEXT_KEYS } from './config/read-infra-config';
export { validateInfraConfig } from './config/validate-infra-config';
export { FEATURE_FLAGS } from './config/feature-flags';
export { stackNameFor } from './config/stack-name';

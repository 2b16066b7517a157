// Public surface of @ctrl-alt-heal/infra.
export {};

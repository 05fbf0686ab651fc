// Tests use the same loopback registry server as the local pipeline.
export { freePort, startRegistry, type Registry, type RegistryOptions } from '../../scripts/local/registry-server.js';

export { PACKAGE_ROOT, VERSION } from '../core/package.js';

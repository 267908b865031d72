import 'server-only';

export { startServer } from './start';

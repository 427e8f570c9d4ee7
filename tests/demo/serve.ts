// `npm run demo:serve`: the mock SI SIAO and knowledge base, until Ctrl+C.
import { startDemoServer } from './server';

const server = await startDemoServer({ log: process.argv.includes('--log') });
console.log('SI SIAO de démo :            http://127.0.0.1:4310/menages/9100018');
console.log('Seconde instance SI SIAO :   http://127.0.0.2:4311/');
console.log('Base de connaissances :      http://localhost:4320/support');
console.log('Formulaire de support :      http://localhost:4320/support/kb-tickets/new');
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

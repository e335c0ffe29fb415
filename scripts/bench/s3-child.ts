// The embedded S3 server in its own process (as S3 or MinIO is in production), for benches that time
// our process: prints `{ endpoint, credentials }` as one JSON line once it listens; stops on SIGTERM.
import { startEmbeddedS3 } from '../../src/embedded/s3-server.ts';

const [directory, ...buckets] = process.argv.slice(2);
const s3 = await startEmbeddedS3(directory!, buckets);
process.stdout.write(`${JSON.stringify({ endpoint: s3.endpoint, credentials: s3.credentials })}\n`);
process.once('SIGTERM', () => void s3.stop().then(() => process.exit(0)));

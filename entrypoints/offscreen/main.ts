import { parseHere } from '../../utils/ext/kb-parse';
import { serveOffscreen } from '../../utils/ext/protocol/offscreen';

// Chrome only: the service worker has no DOM, this document parses knowledge-base pages for it.
serveOffscreen(parseHere);

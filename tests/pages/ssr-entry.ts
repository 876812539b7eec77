// The browser side of the server-rendered test pages: hydration support first, then the elements.
import '../../src/hydrate.js';
import '../../src/all.js';

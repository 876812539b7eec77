// Hostile input through every channel into <rc-review-card>: see tests/browser/helpers/hostile-matrix.ts.
import { ELEMENTS } from '../helpers/elements.js';
import { hostileMatrix, useHostilePage } from '../helpers/hostile-matrix.js';

useHostilePage();
hostileMatrix(ELEMENTS.find((k) => k.tag === 'rc-review-card')!);

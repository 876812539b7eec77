// Every state of every element at 1280 px in the dark scheme, against the committed baselines.
import { describePictures } from './visual.js';

describePictures(1280, 'dark', 'states');

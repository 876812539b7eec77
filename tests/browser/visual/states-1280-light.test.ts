// Every state of every element at 1280 px in the light scheme, against the committed baselines.
import { describePictures } from './visual.js';

describePictures(1280, 'light', 'states');

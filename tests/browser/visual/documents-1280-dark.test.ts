// Every data/ document at 1280 px in the dark scheme, against the committed baselines.
import { describePictures } from './visual.js';

describePictures(1280, 'dark', 'documents');

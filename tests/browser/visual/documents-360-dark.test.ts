// Every data/ document at 360 px in the dark scheme, against the committed baselines.
import { describePictures } from './visual.js';

describePictures(360, 'dark', 'documents');

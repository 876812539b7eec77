// Every data/ document at 360 px in the light scheme, against the committed baselines.
import { describePictures } from './visual.js';

describePictures(360, 'light', 'documents');

// `import 'review-cards/locales/de.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './de.js';

registerLanguage('de', strings);

// `import 'review-cards/locales/he.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './he.js';

registerLanguage('he', strings);

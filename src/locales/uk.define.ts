// `import 'review-cards/locales/uk.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './uk.js';

registerLanguage('uk', strings);

// `import 'review-cards/locales/es.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './es.js';

registerLanguage('es', strings);

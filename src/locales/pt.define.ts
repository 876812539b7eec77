// `import 'review-cards/locales/pt.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './pt.js';

registerLanguage('pt', strings);

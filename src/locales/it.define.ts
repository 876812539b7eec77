// `import 'review-cards/locales/it.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './it.js';

registerLanguage('it', strings);

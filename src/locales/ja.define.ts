// `import 'review-cards/locales/ja.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './ja.js';

registerLanguage('ja', strings);

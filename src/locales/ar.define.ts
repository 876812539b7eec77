// `import 'review-cards/locales/ar.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './ar.js';

registerLanguage('ar', strings);

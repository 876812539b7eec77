// `import 'review-cards/locales/pl.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './pl.js';

registerLanguage('pl', strings);

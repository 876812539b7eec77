// `import 'review-cards/locales/fr.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './fr.js';

registerLanguage('fr', strings);

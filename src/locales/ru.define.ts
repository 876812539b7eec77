// `import 'review-cards/locales/ru.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './ru.js';

registerLanguage('ru', strings);

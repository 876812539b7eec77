// `import 'review-cards/locales/zh.js'`: every element speaks this language where the nearest `lang` asks for it.
import { registerLanguage } from '../format/strings.js';
import { strings } from './zh.js';

registerLanguage('zh', strings);

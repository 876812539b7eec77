// `import 'review-cards/locales/all.js'`: every shipped language registered at once (server rendering, and
// apps that would rather not choose); each element still speaks its nearest `lang`.
import { registerLanguage } from '../format/strings.js';
import { strings as ar } from './ar.js';
import { strings as de } from './de.js';
import { strings as es } from './es.js';
import { strings as fr } from './fr.js';
import { strings as he } from './he.js';
import { strings as it } from './it.js';
import { strings as ja } from './ja.js';
import { strings as pl } from './pl.js';
import { strings as pt } from './pt.js';
import { strings as ru } from './ru.js';
import { strings as uk } from './uk.js';
import { strings as zh } from './zh.js';

for (const [lang, table] of Object.entries({ ar, de, es, fr, he, it, ja, pl, pt, ru, uk, zh })) registerLanguage(lang, table);

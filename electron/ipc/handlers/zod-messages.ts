import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships without messages ("Invalid input" for everything); the English locale says what was expected.
z.config(en());

import { checkEveryPage } from './every-page.js';

checkEveryPage('sv');

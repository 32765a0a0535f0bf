import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
const html = readFileSync('test/fixtures/generated/fuzz/nested.html', 'utf8');
let t = Date.now();
const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
console.log('parse', Date.now() - t); t = Date.now();
try { $('title').first().text(); console.log('title', Date.now() - t); } catch (e) { console.log('title err', e.message); }
t = Date.now();
try { $('script,style').remove(); console.log('remove', Date.now() - t); } catch (e) { console.log('remove err', e.message); }
t = Date.now();
try { $('body').text(); console.log('bodytext', Date.now() - t); } catch (e) { console.log('text err', e.message); }
t = Date.now();
try { $('[class],[id]').each(() => {}); console.log('attr sel', Date.now() - t); } catch (e) { console.log('sel err', e.message); }

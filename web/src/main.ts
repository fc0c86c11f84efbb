// The Suomi.fi typeface, served from our own origin (the CSP allows no font hosts). Imported here,
// so its stylesheet is linked from the page's head.
import './fonts.css';

// The server has drawn the page: the app's code (about 200 KB) is fetched once the browser has
// painted it, so the first paint does not share the connection with it. A hidden tab paints
// nothing, so a timer starts the app there too.
let started = false;
function start() {
  if (started) return;
  started = true;
  void import('./start.js');
}
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, 1000);

/*
 * The tab's script and style, kept as strings so the compiled server needs no asset copying. The script
 * is plain ES5-style JavaScript: it runs as written in every Teams client.
 */

/**
 * Outside Teams, `microsoftTeams.app.initialize()` only gives up after a minute, and teams-js fetches its
 * list of Teams origins from a Microsoft CDN as soon as it loads. So teams-js is loaded only when the page
 * is hosted the way Teams hosts it (a frame, or the mobile app's web view), and initialisation gives up
 * after five seconds; the page is fully usable before and without it. Inside Teams the page follows the
 * theme and opens deep links through the Teams client (a link followed inside the tab's frame would load
 * Teams inside Teams).
 */
export const tabScript = `(function () {
  'use strict';
  function setTheme(theme) {
    document.body.className = 'theme-' + (theme === 'dark' || theme === 'contrast' ? theme : 'default');
  }
  var hostedByTeams = window.parent !== window || Boolean(window.nativeInterface) || /Teams\\//.test(navigator.userAgent);
  if (!hostedByTeams) return;
  var script = document.createElement('script');
  script.src = '/tab/teams-js.js';
  script.onload = function () {
    var teams = window.microsoftTeams;
    var giveUp = new Promise(function (resolve, reject) { setTimeout(function () { reject(new Error('not in Teams')); }, 5000); });
    Promise.race([teams.app.initialize(), giveUp])
      .then(function () { return teams.app.getContext(); })
      .then(function (context) {
        setTheme(context.app && context.app.theme);
        teams.app.registerOnThemeChangeHandler(setTheme);
        var links = document.querySelectorAll('a.topic-link');
        for (var index = 0; index < links.length; index++) {
          links[index].addEventListener('click', function (event) {
            event.preventDefault();
            teams.app.openLink(event.currentTarget.href);
          });
        }
      })
      .catch(function () { /* not in Teams after all: the links open Teams on the web */ });
  };
  document.head.appendChild(script);
})();
`;

export const tabStyle = `body { margin: 0; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; font-size: 14px; line-height: 1.45; }
body.theme-default { --background: #ffffff; --text: #242424; --subtle: #616161; --accent: #6264a7; --card: #f5f5f5; }
body.theme-dark { --background: #1f1f1f; --text: #ffffff; --subtle: #d6d6d6; --accent: #a6a7dc; --card: #2d2c2c; }
body.theme-contrast { --background: #000000; --text: #ffffff; --subtle: #ffffff; --accent: #ffff01; --card: #000000; }
body { background: var(--background); color: var(--text); }
main { max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--accent); }
.topics { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
.topic { background: var(--card); border-radius: 6px; padding: 0.6rem 0.8rem; border: 1px solid transparent; }
body.theme-contrast .topic { border-color: #ffffff; }
.topic-link, .topic-title { font-weight: 600; text-decoration: none; }
.note { padding: 0.5rem 0.75rem; border-left: 4px solid var(--accent); background: var(--card); }
.topic p { margin: 0.2rem 0 0; color: var(--subtle); }
.contacts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; }
.contacts dt { font-weight: 600; }
.contacts dd { margin: 0; grid-column: 2; }
.disclaimer { color: var(--subtle); font-size: 0.9rem; margin-top: 2rem; }
`;

// Starts Web Chat on the page: asks latch's server for a conversation token (latch's own Direct Line, or
// Azure's when the server holds a secret), then renders the official control with the clinic's colours.
// This file runs before Web Chat's large bundle (both deferred, in order), so the token is asked for while
// the bundle still loads, and Web Chat is rendered once the document, bundle included, is ready.
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('latch-settings').textContent);
  var status = document.getElementById('latch-status');
  var colours = settings.colours;

  function showUnavailable() {
    status.textContent = settings.text.unavailable;
  }

  var sessionAsked = fetch(settings.sessionUrl, { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'omit' }).then(function (response) {
    if (!response.ok) throw new Error('session request failed with HTTP ' + response.status);
    return response.json();
  });
  // Deferred scripts run before DOMContentLoaded, in order: by then Web Chat's bundle has run too.
  var bundleReady = new Promise(function (resolve) {
    if (window.WebChat || document.readyState === 'complete') resolve();
    else document.addEventListener('DOMContentLoaded', resolve);
  });

  Promise.all([sessionAsked, bundleReady])
    .then(function (results) {
      var session = results[0];
      if (!window.WebChat) throw new Error('the Web Chat bundle did not load');
      var directLine = window.WebChat.createDirectLine({
        domain: new URL(session.domain, document.baseURI).href.replace(/\/+$/, ''),
        token: session.token,
        webSocket: session.webSocket === true
      });
      directLine.connectionStatus$.subscribe(function (connectionStatus) {
        // 2 online, 4 failed to connect, 5 ended (the conversation expired).
        if (connectionStatus === 2) status.textContent = '';
        if (connectionStatus === 4 || connectionStatus === 5) showUnavailable();
      });
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          locale: settings.locale,
          overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: settings.text.placeholder },
          styleOptions: {
            accent: colours.accent,
            backgroundColor: colours.background,
            bubbleTextColor: colours.text,
            bubbleFromUserBackground: colours.accent,
            bubbleFromUserTextColor: '#FFFFFF',
            bubbleFromUserBorderColor: colours.accent,
            suggestedActionLayout: 'flow',
            suggestedActionTextColor: colours.accent,
            suggestedActionBorderColor: colours.accent,
            sendBoxButtonColor: colours.accent,
            hideUploadButton: true,
            rootHeight: '100%',
            rootWidth: '100%'
          }
        },
        document.getElementById('latch-chat')
      );
    })
    .catch(showUnavailable);
})();

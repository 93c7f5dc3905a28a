// Starts Web Chat on the page: asks latch's server for a conversation token (latch's own Direct Line, or
// Azure's when the server holds a secret), then renders the official control with the clinic's colours.
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('latch-settings').textContent);
  var status = document.getElementById('latch-status');
  var colours = settings.colours;

  function showUnavailable() {
    status.textContent = settings.text.unavailable;
  }

  fetch(settings.sessionUrl, { method: 'POST', headers: { Accept: 'application/json' }, credentials: 'omit' })
    .then(function (response) {
      if (!response.ok) throw new Error('session request failed with HTTP ' + response.status);
      return response.json();
    })
    .then(function (session) {
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

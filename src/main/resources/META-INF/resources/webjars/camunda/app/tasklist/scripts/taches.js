// What Tasklist 7.24 does not say by itself, for the plan's people: after a task form is accepted, a French
// confirmation that names the task done (Tasklist returns silently to its list; a started process it confirms
// itself). A refusal shows the server's French message under "Envoi refusé" (locales/fr.json).

const TASK_DONE = /\/task\/([^/?]+)\/(submit-form|complete)(\?|$)/;

function notify(status, message) {
  const injector = window.angular && window.angular.element(document).injector();
  if (injector) {
    injector.get('Notifications').addMessage({status, message, duration: 15000});
  }
}

function openTaskName() {
  const heading = document.querySelector('.names h2.task');
  return heading ? heading.textContent.trim() : '';
}

// Tasklist's requests go through XMLHttpRequest: the confirmation is given on the server's own answer, not on a click
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.panRequest = {method: String(method).toUpperCase(), url: String(url)};
  return open.call(this, method, url, ...rest);
};
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...body) {
  const request = this.panRequest;
  if (request && request.method === 'POST' && TASK_DONE.test(request.url)) {
    const name = openTaskName(); // read now: once done, the task leaves the screen
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        notify('Tâche terminée',
            (name ? `« ${name} » est terminée` : 'La tâche est terminée') + ' : vos réponses sont enregistrées.');
      }
    });
  }
  return send.apply(this, body);
};

export default [];

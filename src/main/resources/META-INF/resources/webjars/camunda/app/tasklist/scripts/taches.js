// What Tasklist 7.24 does not say or do by itself, for the plan's people:
// - after a task form is accepted, a French confirmation that names the task done (Tasklist returns silently to its
//   list; a started process it confirms itself); a refusal shows the server's French message under "Envoi refusé"
//   (locales/fr.json);
// - a task only the secretariat can take (its one candidate group, nobody assigned) opens ready to work for a member
//   of the secretariat: Tasklist's own claim button is pressed once for her, so the claim goes through Tasklist and
//   the server's rules as if she had clicked. The task shown is known from the claim button's own view (Tasklist may
//   rewrite the address without the task); claimed, it stays in "Tâches de mes groupes" (TasklistFilters).

const SECRETARIAT = 'secretariat';
const TASK_DONE = /\/task\/([^/?]+)\/(submit-form|complete)(\?|$)/;
const CLAIM = '[cam-tasklist-task-meta] button.claim';

const appRoot = document.querySelector('base').getAttribute('app-root');
const engine = (window.location.pathname.match(/\/tasklist\/([^/]+)/) || [null, 'default'])[1];
const engineApi = `${appRoot}/api/engine/engine/${engine}`;

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

async function read(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`${response.status}`);
  }
  return response.json();
}

let groups = null;

async function inSecretariat() {
  if (groups === null) {
    const user = await read(`${appRoot}/api/admin/auth/user/${engine}`);
    const found = await read(`${engineApi}/identity/groups?userId=${encodeURIComponent(user.userId)}`);
    groups = found.groups.map(group => group.id);
  }
  return groups.includes(SECRETARIAT);
}

async function onlyForSecretariat(taskId) {
  const links = await read(`${engineApi}/task/${encodeURIComponent(taskId)}/identity-links`);
  const candidates = links.filter(link => link.type === 'candidate');
  return !links.some(link => link.type === 'assignee') && candidates.length === 1
      && candidates[0].groupId === SECRETARIAT;
}

/** The id of the task whose claim button is shown, from the button's Angular scope (the task view's own task). */
function shownTask(button) {
  const scope = button && window.angular && window.angular.element(button).scope();
  return scope && scope.task ? scope.task.id : null;
}

// once per task and page: someone who gives a task back keeps it given back
const handled = new Set();

async function readyToWork() {
  const button = document.querySelector(CLAIM);
  const taskId = shownTask(button);
  if (!taskId || button.disabled || handled.has(taskId)) {
    return;
  }
  handled.add(taskId);
  try {
    if (await inSecretariat() && await onlyForSecretariat(taskId)) {
      const now = document.querySelector(CLAIM);
      if (shownTask(now) === taskId && !now.disabled) {
        now.click();
      } else if (now) {
        handled.delete(taskId); // she moved on to another task meanwhile: done when this one is shown again
      }
    }
  } catch (unreadable) {
    // not signed in yet, or the task is gone or not hers to read (Tasklist says so itself): tried again a little
    // later, not at each of the page's changes
    groups = null;
    setTimeout(() => handled.delete(taskId), 5000);
  }
}

// Tasklist draws the task view when it likes (a link, a click in the list, a refresh): the button is watched for
new MutationObserver(readyToWork).observe(document.documentElement, {childList: true, subtree: true});

export default [];

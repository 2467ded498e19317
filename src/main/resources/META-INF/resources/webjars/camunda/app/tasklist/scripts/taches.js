// What Tasklist 7.24 does not say or do by itself, for the plan's people:
// - after a task form is accepted, a French confirmation that names the task done (Tasklist returns silently to its
//   list; a started process it confirms itself); a refusal shows the server's French message under "Envoi refusé"
//   (locales/fr.json);
// - a task only the secretariat can take (its one candidate group, nobody assigned) opens ready to work for a member
//   of the secretariat: Tasklist's own "Réclamer" is pressed once for her, so the claim goes through Tasklist and the
//   server's rules as if she had clicked (the server accepts a claim only for oneself).

const SECRETARIAT = 'secretariat';
const TASK_DONE = /\/task\/([^/?]+)\/(submit-form|complete)(\?|$)/;

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
    const info = await read(`${engineApi}/identity/groups?userId=${encodeURIComponent(user.userId)}`);
    groups = info.groups.map(group => group.id);
  }
  return groups.includes(SECRETARIAT);
}

/** The task's name when only the secretariat can take it and nobody has, else null. */
async function onlyForSecretariat(taskId) {
  const [task, links] = await Promise.all([
    read(`${engineApi}/task/${encodeURIComponent(taskId)}`),
    read(`${engineApi}/task/${encodeURIComponent(taskId)}/identity-links`)
  ]);
  const candidates = links.filter(link => link.type === 'candidate');
  const ours = !task.assignee && candidates.length > 0
      && candidates.every(link => link.groupId === SECRETARIAT && !link.userId);
  return ours ? task.name : null;
}

function openTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

/**
 * Presses Tasklist's claim button once the task's view shows it, if that task is the one shown (Tasklist may rewrite
 * the address without the task, so the shown task is known by its name, which starts with the commitment reference).
 */
function pressClaim(name) {
  const deadline = Date.now() + 15000;
  const attempt = () => {
    if (Date.now() > deadline) {
      return;
    }
    const claim = document.querySelector('button.claim');
    if (claim && !claim.disabled && openTaskName() === name) {
      claim.click();
    } else {
      setTimeout(attempt, 200);
    }
  };
  attempt();
}

// once per task and page: someone who gives a task back keeps it given back
const alreadyHandled = new Set();

async function readyToWork() {
  const taskId = openTaskId();
  if (!taskId || alreadyHandled.has(taskId)) {
    return;
  }
  alreadyHandled.add(taskId);
  try {
    const name = await inSecretariat() ? await onlyForSecretariat(taskId) : null;
    if (name) {
      pressClaim(name.trim());
    }
  } catch (unreadable) {
    // not signed in yet, or the task is gone or not hers to read (Tasklist says so itself): tried again next time
    alreadyHandled.delete(taskId);
    groups = null;
  }
}

window.addEventListener('hashchange', readyToWork);
readyToWork();

export default [];

// Claim Recovery: Tasklist and Cockpit show only the controls the person may use.
//
// Loaded by the webapps' config.js (customScripts) before they start. It asks the engine, through the webapps' own
// engine API and the person's session, the same permission questions the engine asks when the control is used
// (GET .../authorization/check, as Camunda's Admin does for its own controls), and marks the page with a class per
// answer; the rules below hide what the answer forbids. Until an answer arrives a control stays hidden; if the
// question itself fails it is shown, and the engine still refuses the change (the refusal then reads as a sentence,
// engine/WebappRefusals). Hiding is comfort, never the guard. No plugin is registered (the default export is empty).

const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root');
const app = base.getAttribute('app-name');
const page = document.documentElement;

// the engine's resource types (org.camunda.bpm.engine.authorization.Resources)
const TASK = ['Task', 7];
const PROCESS_DEFINITION = ['ProcessDefinition', 6];
const PROCESS_INSTANCE = ['ProcessInstance', 8];
const DEPLOYMENT = ['Deployment', 9];

const HIDE = {
  tasklist: `
    html:not(.cr-may-create-task) .create-task-action,
    html:not(.cr-may-start-process) .start-process-action,
    html:not(.cr-may-work-task) .task-card .assignee .claim,
    html:not(.cr-may-work-task) .task-card .form-actions,
    html:not(.cr-may-work-task):not(.cr-may-assign-task) .task-actions .createCommentLink,
    html:not(.cr-may-assign-task) .task-card .meta a[translate],
    html:not(.cr-may-assign-task) .task-card .reset-follow-up-date,
    html:not(.cr-may-assign-task) .task-card .reset-due-date,
    html:not(.cr-may-assign-task) .task-card .reset-assignee { display: none !important; }
    html:not(.cr-may-assign-task) .task-card .meta [cam-widget-inline-field],
    html:not(.cr-may-assign-task) .task-card .meta .groups > span { pointer-events: none; }`,
  cockpit: `
    html:not(.cr-may-change-cases) .ctn-toolbar > span,
    html:not(.cr-may-change-cases) [cam-widget-variables-table] td.actions,
    html:not(.cr-may-change-cases) td.action > span,
    html:not(.cr-may-change-cases) .jobs-tab .action-button,
    html:not(.cr-may-delete-deployments) .delete-deployment { display: none !important; }`
};

/** Whether the person may do it: true, false, or null when the engine could not be asked. */
async function may(permissionName, [resourceName, resourceType], resourceId) {
  const query = new URLSearchParams({permissionName, resourceName, resourceType});
  if (resourceId) {
    query.set('resourceId', resourceId);
  }
  try {
    const answer = await engineGet('/authorization/check?' + query);
    return answer.authorized === true;
  } catch (e) {
    return null;
  }
}

/** Allowed if any check allows it; shown (null) if none allows and one could not be asked. */
async function mayAny(checks) {
  const answers = await Promise.all(checks.map(check => may(...check)));
  return answers.includes(true) || answers.includes(null);
}

function engineName() {
  const path = location.pathname.split('/');
  const at = path.indexOf(app);
  return (at >= 0 && path[at + 1]) || 'default';
}

async function engineGet(path) {
  const response = await fetch(`${appRoot}/api/engine/engine/${engineName()}${path}`, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    throw new Error(`${response.status} for ${path}`);
  }
  return response.json();
}

async function currentUser() {
  try {
    const response = await fetch(`${appRoot}/api/admin/auth/user/${engineName()}`, {credentials: 'same-origin'});
    return response.ok ? (await response.json()).userId : null;
  } catch (e) {
    return null;
  }
}

function mark(name, allowed) {
  page.classList.toggle(name, allowed === true);
}

/** What the person may do anywhere in the app: asked once per login. */
const GLOBAL = {
  tasklist: {
    'cr-may-create-task': () => mayAny([['CREATE', TASK]]),
    // the start dialog lists what the person may start; without any, the button leads nowhere
    'cr-may-start-process': async () => {
      try {
        const startable = await engineGet('/process-definition/count?latestVersion=true&active=true'
            + '&startableInTasklist=true&startablePermissionCheck=true');
        return startable.count > 0;
      } catch (e) {
        return true;
      }
    }
  },
  cockpit: {
    'cr-may-change-cases': () => mayAny([
      ...['UPDATE', 'UPDATE_VARIABLE', 'SUSPEND', 'RETRY_JOB', 'DELETE'].map(p => [p, PROCESS_INSTANCE]),
      ...['UPDATE_INSTANCE', 'UPDATE_INSTANCE_VARIABLE', 'SUSPEND_INSTANCE', 'SUSPEND', 'RETRY_JOB',
        'DELETE_INSTANCE'].map(p => [p, PROCESS_DEFINITION])
    ]),
    'cr-may-delete-deployments': () => mayAny([['DELETE', DEPLOYMENT]])
  }
};

/** The engine's own checks for working and assigning a task of a process (AuthorizationCommandChecker). */
async function taskPermissions(taskId) {
  const task = await engineGet('/task/' + encodeURIComponent(taskId)).catch(() => null);
  // a definition's id is key:version:uuid
  const key = task && task.processDefinitionId && task.processDefinitionId.includes(':')
    ? task.processDefinitionId.split(':')[0] : null;
  const onDefinition = (...permissions) => key ? permissions.map(p => [p, PROCESS_DEFINITION, key]) : [];
  const [work, assign] = await Promise.all([
    mayAny([['TASK_WORK', TASK, taskId], ['UPDATE', TASK, taskId], ...onDefinition('TASK_WORK', 'UPDATE_TASK')]),
    mayAny([['TASK_ASSIGN', TASK, taskId], ['UPDATE', TASK, taskId], ...onDefinition('TASK_ASSIGN', 'UPDATE_TASK')])
  ]);
  return {'cr-may-work-task': work, 'cr-may-assign-task': assign};
}

let state = {route: undefined, user: undefined, task: undefined};

function selectedTask() {
  const query = location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

async function follow() {
  const route = location.hash.split('?')[0];
  if (route !== state.route || !state.user) {
    // a login or a logout changes the route; on the login page, ask until someone has logged in
    state = {...state, route};
    const user = await currentUser();
    if (user !== state.user) {
      state = {...state, user, task: undefined};
      Object.keys(GLOBAL[app]).forEach(name => mark(name, false));
      if (user) {
        for (const [name, question] of Object.entries(GLOBAL[app])) {
          question().then(allowed => state.user === user && mark(name, allowed));
        }
      }
    }
  }
  if (app === 'tasklist') {
    const task = selectedTask();
    if (task !== state.task) {
      state = {...state, task};
      mark('cr-may-work-task', false);
      mark('cr-may-assign-task', false);
      if (task && state.user) {
        const user = state.user;
        const answers = await taskPermissions(task);
        if (state.task === task && state.user === user) {
          Object.entries(answers).forEach(([name, allowed]) => mark(name, allowed));
        }
      }
    }
  }
}

// Tasklist's shortcuts would open what the hidden buttons open (config.js: startProcess, claimTask)
function guardShortcuts(event) {
  if (app !== 'tasklist' || !event.ctrlKey || !event.altKey) {
    return;
  }
  const key = event.key.toLowerCase();
  const hidden = (key === 'p' && !page.classList.contains('cr-may-start-process'))
    || (key === 'c' && !page.classList.contains('cr-may-work-task'));
  if (hidden) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
}

if (HIDE[app]) {
  const style = document.createElement('style');
  style.textContent = HIDE[app];
  document.head.appendChild(style);
  page.classList.add('cr-controls');
  window.addEventListener('keydown', guardShortcuts, true);
  let running = Promise.resolve();
  const check = () => {
    running = running.then(follow).catch(() => undefined);
  };
  window.addEventListener('hashchange', check);
  // Tasklist and Cockpit change the hash without a page load, and their login does not load a page either
  setInterval(check, 1000);
  check();
}

export default [];

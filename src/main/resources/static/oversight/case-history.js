'use strict';
(async () => {
  const claimId = decodeURIComponent(location.pathname.split('/').pop());
  const history = await oversight.json('/api/claims/' + encodeURIComponent(claimId) + '/history');
  const file = history.file;
  const facts = file.facts;
  const claim = facts.claim;
  document.getElementById('title').textContent = 'Case history: claim ' + claim.claimNumber;
  document.getElementById('facts').textContent = claim.payer.name + ' · ' + (claim.pathway || 'not classified') + ' · '
      + facts.outcome.status + (facts.outcome.outcome ? ' (' + facts.outcome.outcome + ')' : '') + ' · stage '
      + facts.outcome.stage;
  const base = '/api/claims/' + encodeURIComponent(claimId);
  document.getElementById('pdf').href = base + '/audit.pdf';
  document.getElementById('json').href = base + '/audit.json';
  document.getElementById('checksum').textContent = file.checksum;

  const diagrams = document.getElementById('diagrams');
  for (const diagram of history.diagrams) {
    const heading = document.createElement('h3');
    heading.textContent = (diagram.name || diagram.definitionKey) + ' (' + diagram.state + ')';
    const box = document.createElement('div');
    box.className = 'diagram';
    box.dataset.process = diagram.definitionKey;
    // the service draws the diagram itself and escapes every name in it; it holds no script
    box.innerHTML = diagram.svg;
    diagrams.append(heading, box);
  }

  const names = Object.fromEntries(facts.processes.map(process => [process.id, process.definitionName
      || process.definitionKey]));
  const rows = [];
  const taskOf = {};
  facts.tasks.forEach(task => { taskOf[task.id] = task; });
  for (const process of facts.processes) {
    for (const activity of process.activities) {
      if (activity.type === 'userTask') {
        continue; // shown with the task's own record below
      }
      rows.push({at: activity.startedAt, ended: activity.endedAt, what: activity.name || activity.activityId,
        kind: activity.type, process: names[process.id], who: '', submitted: ''});
    }
  }
  for (const task of facts.tasks) {
    rows.push({at: task.createdAt, ended: task.endedAt, what: task.name, kind: 'userTask', process:
        names[task.processInstanceId], who: task.completedBy ? 'completed by ' + task.completedBy
        : task.assignee ? 'held by ' + task.assignee : task.endedAt ? 'not recorded' : 'open',
      submitted: (task.submitted || []).map(value => value.name + ' = ' + value.value).join('; ')});
  }
  rows.sort((a, b) => String(a.at).localeCompare(String(b.at)));
  const timeline = document.querySelector('#timeline tbody');
  for (const entry of rows) {
    const row = document.createElement('tr');
    row.dataset.kind = entry.kind;
    [oversight.when(entry.at), oversight.when(entry.ended), entry.what, entry.kind, entry.process, entry.who,
      entry.submitted].forEach(value => oversight.cell(row, value));
    timeline.appendChild(row);
  }

  function table(id, items, cells) {
    const body = document.querySelector('#' + id + ' tbody');
    for (const item of items) {
      const row = document.createElement('tr');
      cells(item).forEach(value => oversight.cell(row, value));
      body.appendChild(row);
    }
  }
  const values = list => (list || []).map(value => value.name + ' = ' + value.value).join('; ');
  table('decisions', facts.decisions, d => [oversight.when(d.evaluatedAt), (d.decisionName || d.decisionKey),
    values(d.inputs), values(d.outputs)]);
  table('deadlines', facts.deadlines, d => [d.dueOn, d.title + ' (' + d.code + ')', d.binds,
    d.status + (d.statusReason ? ': ' + d.statusReason : ''), d.metOn, d.citation]);
  table('correspondence', facts.correspondence, c => [oversight.when(c.sentAt || c.receivedAt || c.createdAt),
    c.direction, c.kind, c.channel, c.deliveryStatus, c.sha256]);
  table('documents', facts.documents, d => [oversight.when(d.uploadedAt), d.type, d.fileName, d.uploadedBy, d.sha256]);
  table('operations', facts.operations, o => [oversight.when(o.at), o.userId, o.operation, o.entityType, o.property,
    o.oldValue, o.newValue]);
  table('readings', file.readings, r => [oversight.when(r.readAt), r.readBy, r.format]);
  document.body.dataset.loaded = 'true';
})();

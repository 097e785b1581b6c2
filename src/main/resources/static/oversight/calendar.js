'use strict';
(() => {
  const form = document.getElementById('filters');
  let page = 0;
  const size = 50;

  async function show() {
    const params = oversight.query(form);
    params.set('page', page);
    params.set('size', size);
    const answer = await oversight.json('/api/deadlines?' + params);
    const count = n => oversight.count(n, answer.countLimit);
    document.getElementById('summary').textContent = count(answer.total) + ' deadlines, ' + count(answer.atRisk)
        + ' at risk, ' + count(answer.missed) + ' missed (today ' + answer.today + ')';
    const body = document.querySelector('#calendar tbody');
    body.replaceChildren();
    for (const deadline of answer.deadlines) {
      const row = document.createElement('tr');
      row.className = deadline.missed ? 'missed' : deadline.atRisk ? 'at-risk' : '';
      row.dataset.code = deadline.code;
      oversight.cell(row, deadline.dueOn);
      const mark = oversight.cell(row, '');
      if (deadline.missed || deadline.atRisk) {
        const badge = document.createElement('span');
        badge.className = 'badge ' + (deadline.missed ? 'missed' : 'at-risk');
        badge.textContent = deadline.missed ? 'missed' : 'at risk';
        mark.appendChild(badge);
      }
      oversight.cell(row, deadline.title + ' (' + deadline.code + ')');
      const claim = oversight.cell(row, '');
      const link = document.createElement('a');
      link.href = '/audit/claims/' + encodeURIComponent(deadline.claimId);
      link.textContent = deadline.claimNumber;
      claim.appendChild(link);
      oversight.cell(row, deadline.payerName);
      oversight.cell(row, deadline.pathway);
      oversight.cell(row, deadline.binds);
      oversight.cell(row, deadline.escalationOn);
      oversight.cell(row, (deadline.assignees || []).join(', '));
      oversight.cell(row, deadline.citation, 'quiet');
      body.appendChild(row);
    }
    document.getElementById('previous').disabled = page === 0;
    document.getElementById('next').disabled = answer.deadlines.length < size
        || (answer.total <= answer.countLimit && (page + 1) * size >= answer.total);
    document.body.dataset.loaded = 'true';
  }

  form.addEventListener('submit', event => { event.preventDefault(); page = 0; show(); });
  document.getElementById('previous').addEventListener('click', () => { page = Math.max(0, page - 1); show(); });
  document.getElementById('next').addEventListener('click', () => { page += 1; show(); });
  show();
})();

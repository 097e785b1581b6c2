'use strict';
(() => {
  const form = document.getElementById('filters');

  async function search() {
    const params = oversight.query(form);
    params.set('size', '100');
    const answer = await oversight.json('/api/audit/cases?' + params);
    document.getElementById('summary').textContent = oversight.count(answer.total, answer.countLimit) + ' cases'
        + (answer.total > answer.cases.length
        ? ', the latest ' + answer.cases.length + ' shown' : '');
    const body = document.querySelector('#cases tbody');
    body.replaceChildren();
    for (const found of answer.cases) {
      const row = document.createElement('tr');
      const claim = oversight.cell(row, '');
      const link = document.createElement('a');
      link.href = '/audit/claims/' + encodeURIComponent(found.id);
      link.textContent = found.claimNumber;
      claim.appendChild(link);
      oversight.cell(row, found.payerName + ' (' + found.payerId + ')');
      oversight.cell(row, found.status);
      oversight.cell(row, found.stage);
      oversight.cell(row, found.pathway);
      oversight.cell(row, found.outcome);
      oversight.cell(row, oversight.when(found.openedAt));
      oversight.cell(row, oversight.when(found.closedAt));
      body.appendChild(row);
    }
    document.body.dataset.loaded = 'true';
  }

  form.addEventListener('submit', event => { event.preventDefault(); search(); });
  search();
})();

'use strict';
(async () => {
  const report = await oversight.json('/api/reports/outcomes');
  const percent = rate => rate == null ? 'none decided' : Math.round(rate * 100) + ' %';
  document.getElementById('closed').textContent = report.total.closed;
  document.getElementById('winRate').textContent = percent(report.total.winRate);
  document.getElementById('recovered').textContent = oversight.money(report.total.recovered);
  document.getElementById('days').textContent = report.total.averageDaysToResolution ?? '';
  document.getElementById('stillInDispute').textContent = oversight.money(report.stillInDispute);
  document.getElementById('openInDispute').textContent = report.openCasesInDispute;
  document.getElementById('stillOwed').textContent = oversight.money(report.stillOwed);

  // drawn as SVG, so the page (and a browser test) can see what is drawn
  function chart(id, groups) {
    const element = document.getElementById(id);
    const chart = echarts.init(element, null, {renderer: 'svg'});
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {data: ['Won', 'Lost or missed', 'Accepted', 'Recovered ($)']},
      xAxis: {type: 'category', data: groups.map(group => group.key)},
      yAxis: [{type: 'value', name: 'cases', minInterval: 1}, {type: 'value', name: 'recovered ($)'}],
      series: [
        {name: 'Won', type: 'bar', stack: 'cases', data: groups.map(group => group.won)},
        {name: 'Lost or missed', type: 'bar', stack: 'cases', data: groups.map(group => group.lost + group.missed)},
        {name: 'Accepted', type: 'bar', stack: 'cases', data: groups.map(group => group.accepted)},
        {name: 'Recovered ($)', type: 'line', yAxisIndex: 1, data: groups.map(group => Number(group.recovered))}
      ]
    });
    element.dataset.drawn = 'true';
  }
  chart('chart-month', report.byMonth);
  chart('chart-payer', report.byPayer);
  chart('chart-pathway', report.byPathway);
  chart('chart-mechanism', report.byMechanism);

  const body = document.querySelector('#table-payer tbody');
  for (const group of report.byPayer) {
    const row = document.createElement('tr');
    [group.key, group.closed, group.won, group.lost, group.missed, group.accepted, percent(group.winRate),
      oversight.money(group.recovered), group.averageDaysToResolution].forEach(value => oversight.cell(row, value));
    body.appendChild(row);
  }
  document.body.dataset.loaded = 'true';
})();

// Shared by the oversight pages: text is always set as text, never as markup, except the service's own diagrams.
'use strict';
const oversight = {
  async json(url) {
    const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      throw new Error(url + ' answered ' + response.status);
    }
    return response.json();
  },
  cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  },
  when(instant) {
    return instant ? new Date(instant).toLocaleString() : '';
  },
  // a count the service stopped at its limit reads "more than 1,000"
  count(n, limit) {
    return n > limit ? 'more than ' + limit.toLocaleString('en-US') : n.toLocaleString('en-US');
  },
  money(amount) {
    return amount == null ? '' : Number(amount).toLocaleString('en-US', {style: 'currency', currency: 'USD'});
  },
  query(form) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      if (String(value).trim() !== '') {
        params.set(name, String(value).trim());
      }
    }
    return params;
  }
};

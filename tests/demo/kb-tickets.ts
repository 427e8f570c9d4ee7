// « Mes tickets » on the demo knowledge base, in a HubSpot customer-portal-like table.

export interface DemoTicket {
  number: string;
  subject: string;
  content: string;
  email: string;
  fields: Record<string, string>;
  files: string[];
  status: string;
  createdAt: string;
}

function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${esc(title)} | Base de connaissances SI SIAO</title></head>
<body><header class="kb-header"><a class="kb-logo" href="/support">Base de connaissances SI SIAO</a>
<a class="kb-support-link" href="/support/kb-tickets/new">Ouvrir une demande de support</a></header>
<main>${body}</main><footer class="kb-footer"><p>SI SIAO – Plateforme numérique</p></footer></body></html>`;
}

export function renderMyTicketsPage(tickets: DemoTicket[]): string {
  const rows = tickets
    .map(
      (t) => `<tr><td><a href="/support/kb-tickets/${esc(t.number)}">${esc(t.number)}</a></td>
<td>${esc(t.subject)}</td><td>${esc(t.status)}</td><td>${new Date(t.createdAt).toLocaleDateString('fr-FR')}</td></tr>`,
    )
    .join('');
  return layout(
    'Mes tickets',
    `<h1>Mes tickets</h1>
<table class="hs-tickets-table"><thead><tr><th>N°</th><th>Objet</th><th>Statut</th><th>Date de création</th></tr></thead>
<tbody>${rows || '<tr><td colspan="4">Aucun ticket.</td></tr>'}</tbody></table>`,
  );
}

export function renderTicketPage(t: DemoTicket): string {
  return layout(
    `Ticket ${t.number}`,
    `<h1>Ticket n° ${esc(t.number)}</h1><p>Statut : ${esc(t.status)}</p><h2>${esc(t.subject)}</h2>
<pre>${esc(t.content)}</pre><p>${t.files.length} pièce(s) jointe(s)</p>`,
  );
}

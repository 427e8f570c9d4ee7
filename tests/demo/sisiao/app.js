// Mock SI SIAO: a small single-page app (history API routing) over a REST API shaped like the real
// one (/api/login/user, /api/fiches/ficheIdentite/{id}, /api/demandeInsertion/{id}). Fake data only.
(function () {
  'use strict';
  const app = document.getElementById('app');

  function esc(value) {
    return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  }

  function toast(message) {
    const el = document.createElement('div');
    el.className = 'toast';
    el.textContent = message;
    document.getElementById('toasts').appendChild(el);
    setTimeout(() => el.remove(), 8000);
  }

  async function renderUser() {
    const user = await api('GET', '/api/login/user');
    const menu = document.getElementById('user-menu');
    menu.innerHTML = `
      <span>${esc(user.prenom)} ${esc(user.nom)}</span>
      <a href="mailto:${esc(user.email)}">${esc(user.email)}</a>
      <label>Profil
        <select name="profil" id="profil">
          ${user.roles.map((r) => `<option ${r.libelle === user.currentRole.libelle ? 'selected' : ''}>${esc(r.libelle)}</option>`).join('')}
        </select>
      </label>`;
  }

  function dashboard() {
    document.title = 'Tableau de bord – SI SIAO';
    app.innerHTML = `
      <h1>Tableau de bord</h1>
      <div class="card"><p>Bienvenue sur le SI SIAO. 12 demandes à traiter, 3 demandes « À compléter ».</p>
      <p><a href="/demandes" data-link>Voir la liste des demandes</a></p></div>`;
  }

  async function list() {
    document.title = 'Liste des demandes – SI SIAO';
    const rows = await api('GET', '/api/demandeInsertion/search?statut=tous');
    app.innerHTML = `
      <h1>Liste des demandes</h1>
      <table>
        <thead><tr><th>N° de demande</th><th>ID ménage</th><th>Statut</th><th>Date</th><th></th></tr></thead>
        <tbody>${rows
          .map(
            (d) => `<tr><td>${esc(d.id)}</td><td>${esc(d.idGroupe)}</td><td>${esc(d.statut)}</td>
            <td>${esc(d.date)}</td><td><a href="/demandes/${esc(d.id)}" data-link>Ouvrir la demande</a></td></tr>`,
          )
          .join('')}</tbody>
      </table>`;
  }

  async function menage(id, tab) {
    const fiche = await api('GET', `/api/fiches/ficheIdentite/${id}`);
    const membres = await api('GET', `/api/personnes/search/findByCriteria?idGroupe=${id}`);
    document.title = `Fiche ménage ${fiche.id} – SI SIAO`;
    app.innerHTML = `
      <h1>Fiche ménage</h1>
      <section class="card">
        <dl class="ident">
          <dt>ID ménage</dt><dd>${esc(fiche.id)}</dd>
          <dt>Composition</dt><dd>${esc(fiche.composition)}</dd>
          <dt>Demande en cours</dt><dd><a href="/demandes/${esc(fiche.demandeEnCours)}" data-link>Voir la demande</a></dd>
        </dl>
      </section>
      <section class="card">
        <h2>Personnes du ménage</h2>
        <table>
          <thead><tr><th>ID personne</th><th>Nom</th><th>Prénom</th><th>Date de naissance</th><th>Téléphone</th></tr></thead>
          <tbody>${membres
            .map(
              (p) => `<tr><td>${esc(p.id)}</td><td class="nom">${esc(p.nom)}</td><td>${esc(p.prenom)}</td>
              <td>${esc(p.dateNaissance)}</td><td>${esc(p.telephone)}</td></tr>`,
            )
            .join('')}</tbody>
        </table>
      </section>
      <div class="tabs" role="tablist">
        <button role="tab" data-tab="situation" aria-selected="${tab !== 'pieces'}">Situation du ménage</button>
        <button role="tab" data-tab="pieces" aria-selected="${tab === 'pieces'}">Pièces justificatives</button>
      </div>
      <section class="card" role="tabpanel" id="tab-panel"></section>`;
    const panel = document.getElementById('tab-panel');
    const showTab = (name) => {
      for (const b of app.querySelectorAll('[data-tab]')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
      if (name === 'pieces') {
        panel.innerHTML = `
          <h2>Pièces justificatives</h2>
          <ul><li>Attestation d'hébergement (reçue)</li><li>Avis d'imposition (manquant)</li></ul>
          <label for="pj-comment">Commentaire</label>
          <textarea id="pj-comment" name="commentaire">Pièce reçue par courrier.</textarea>
          <p><button class="primary" id="save-pieces">Enregistrer les pièces justificatives</button></p>`;
        document.getElementById('save-pieces').addEventListener('click', async () => {
          try {
            await api('PUT', `/api/menages/${id}/pieces`, { commentaire: 'redacted' });
          } catch {
            toast('Une erreur technique est survenue. Les pièces justificatives n\'ont pas été enregistrées.');
          }
        });
      } else {
        panel.innerHTML = `
          <h2>Situation du ménage</h2>
          <p>Situation actuelle : sans domicile stable. Adresse de domiciliation : 1 rue de l'Exemple, 75000 Paris.</p>
          <p>Commentaire social : suivi par le travailleur social du CCAS.</p>`;
      }
    };
    for (const b of app.querySelectorAll('[data-tab]')) b.addEventListener('click', () => showTab(b.dataset.tab));
    showTab(tab);
  }

  async function demande(id) {
    const d = await api('GET', `/api/demandeInsertion/${id}`);
    document.title = `Demande ${d.id} – SI SIAO`;
    app.innerHTML = `
      <h1>Fiche demande</h1>
      <section class="card">
        <dl class="ident">
          <dt>ID demande</dt><dd>${esc(d.id)}</dd>
          <dt>ID ménage</dt><dd><a href="/menages/${esc(d.idGroupe)}" data-link>${esc(d.idGroupe)}</a></dd>
          <dt>Statut</dt><dd><span class="statut">${esc(d.statut)}</span></dd>
          <dt>Date de création</dt><dd>${esc(d.date)}</dd>
        </dl>
      </section>
      <p><button class="primary" id="cancel-demande">Annuler la demande</button></p>`;
    document.getElementById('cancel-demande').addEventListener('click', () => {
      toast('Action impossible : la demande est au statut « À compléter ».');
    });
  }

  async function route() {
    const path = location.pathname;
    let m;
    try {
      if ((m = path.match(/^\/menages\/(\d+)(?:\/(pieces))?$/))) await menage(m[1], m[2]);
      else if ((m = path.match(/^\/demandes\/(\d+)$/))) await demande(m[1]);
      else if (path === '/demandes') await list();
      else dashboard();
    } catch (err) {
      app.innerHTML = `<h1>Erreur</h1><p>La page n'a pas pu être chargée (${esc(err.message)}).</p>`;
    }
  }

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-link]');
    if (!link || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    route();
  });
  window.addEventListener('popstate', route);
  renderUser().catch(() => {});
  route();
})();

/*
 * Demo support form, standing in for HubSpot's embed on /support/kb-tickets/new.
 *
 * Like the real embed script it renders the form some time after the page loads, into
 * #hs-form-slot, with HubSpot's markup so that the extension meets what it meets in production:
 *   - default: the legacy `form.hs-form` (field wrappers `div.hs-form-field.hs_<name>`, inputs
 *     `email`, `TICKET.subject`, `TICKET.content`, native selects, `ul.hs-error-msgs`), announced
 *     by `postMessage({type: 'hsFormCallback', eventName: 'onFormReady'})`;
 *   - `?variant=new`: the newer `form.hsfc-Form` (inputs `0-1/email`, `0-5/subject`…, custom
 *     drop-downs whose options exist only while open), announced by `hs-form-event:on-ready`;
 *   - `?variant=radio`: the legacy form with the thématique as a radio list (`hs-fieldtype-radio`,
 *     `ul.inputs-list` of `li.hs-form-radio`), as a theme may render a short enumeration;
 *   - `?variant=steps`: the legacy form in two steps, the second rendered on « Suivant »;
 *   - `?variant=never`: the form never comes (the embed script "failed to load");
 *   - `?variant=national`: the legacy form with the national team's own lists (knowledge-base
 *     thématiques, HubSpot codes such as `gestion_des_menages` or `GDM.01.1`), each dependent list
 *     fetched by the page's script after each choice (/api/nomenclature/children.json);
 *   - `?variant=nomatch`: the same, with thématiques that match nothing the extension knows.
 * `&markup=new` renders the national or nomatch lists with the newer markup. A page may also set
 * its variant with `<html data-variant="…">` (the e2e tests serve the form at its plain address).
 * Thématique → motif → sous-motif options come from /api/nomenclature.json; a level's options load
 * a little after its parent is chosen. Submitting validates on the client, POSTs multipart data
 * to /api/tickets and shows the ticket number. Plain browser JavaScript, no build, no dependency.
 */
(function () {
  'use strict';

  var FORM_ID = '3f6c1e2a-8b4d-4e9a-9c1f-5a7b2d0e4c11';
  var PORTAL_ID = '143567890';
  var RENDER_DELAY_MS = 500; // HubSpot's embed script takes about this long on a good connection
  var OPTIONS_DELAY_MS = 250; // dependent options "load" after the parent changes
  var MAX_FILES = 5;
  var MAX_FILE_BYTES = 10 * 1024 * 1024;
  var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  var MESSAGES = {
    required: 'Veuillez compléter ce champ obligatoire.',
    choose: 'Veuillez sélectionner une option dans la liste déroulante.',
    email: 'Veuillez saisir une adresse e-mail valide.',
    imagesOnly: 'Seules les images sont acceptées (PNG, JPEG…).',
    tooMany: 'Vous pouvez joindre ' + MAX_FILES + ' fichiers au plus.',
    tooBig: 'Chaque fichier doit faire moins de 10 Mo.',
    rollup: 'Veuillez remplir tous les champs obligatoires.',
    sendFailed: "L'envoi a échoué. Réessayez dans quelques instants.",
    loadFailed: "Le formulaire n'a pas pu être chargé. Actualisez la page ou réessayez plus tard.",
  };

  var params = new URLSearchParams(location.search);
  var variant =
    params.get('variant') || document.documentElement.getAttribute('data-variant') || 'legacy';
  // Variants whose lists are the form's own, dependent ones fetched after each choice.
  var OWN_LISTS = { national: true, nomatch: true };
  var ownLists = OWN_LISTS[variant] === true;
  var slot = document.getElementById('hs-form-slot');

  /** Builds an element: h('div', {class: 'x', text: 'hello'}, child, …). */
  function h(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key === 'class') node.className = value;
      else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    });
    for (var i = 2; i < arguments.length; i++) {
      if (arguments[i]) node.append(arguments[i]);
    }
    return node;
  }

  function slug(name) {
    return name.replace(/[^A-Za-z0-9_-]/g, '-') + '-' + FORM_ID;
  }

  // ---------------------------------------------------------------------------------------------
  // Nomenclature: {thematiques: [{code, libelle, motifs: [{code, libelle, sousMotifs: [...]}]}]}

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  function loadNomenclature() {
    return getJson('/api/nomenclature.json' + (ownLists ? '?variant=' + variant : ''));
  }

  /** A dependent list as the page's script fetches it after a choice (empty on failure). */
  function loadChildren(parent) {
    if (!parent) return Promise.resolve([]);
    var query = '?variant=' + variant + '&parent=' + encodeURIComponent(parent);
    return getJson('/api/nomenclature/children.json' + query).catch(function () {
      return [];
    });
  }

  function byCode(list, code) {
    return (
      (list || []).filter(function (item) {
        return item.code === code;
      })[0] || null
    );
  }

  /** Options of each level for the current choice of its parent (a promise for fetched ones). */
  function levels(nomenclature) {
    if (ownLists) {
      return {
        thematique: function () {
          return nomenclature.thematiques || [];
        },
        motif: function (values) {
          return loadChildren(values.thematique);
        },
        sousMotif: function (values) {
          return loadChildren(values.motif);
        },
      };
    }
    return {
      thematique: function () {
        return nomenclature.thematiques || [];
      },
      motif: function (values) {
        var t = byCode(nomenclature.thematiques, values.thematique);
        return t ? t.motifs || [] : [];
      },
      sousMotif: function (values) {
        var t = byCode(nomenclature.thematiques, values.thematique);
        var m = t ? byCode(t.motifs, values.motif) : null;
        return m ? m.sousMotifs || [] : [];
      },
    };
  }

  // ---------------------------------------------------------------------------------------------
  // HubSpot's page-level signals

  function postCallback(eventName, data) {
    // What the legacy embed sends to its page; the extension listens for these.
    window.postMessage(
      { type: 'hsFormCallback', eventName: eventName, id: FORM_ID, data: data || {} },
      '*',
    );
  }

  function dispatchNewFormEvent(name, detail) {
    window.dispatchEvent(
      new CustomEvent(name, { detail: Object.assign({ formId: FORM_ID }, detail || {}) }),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Validation, shared by both variants: returns {fieldKey: message} for what is wrong.

  function validate(values, files, hasOptions) {
    var errors = {};
    if (!values.email.trim()) errors.email = MESSAGES.required;
    else if (!EMAIL.test(values.email.trim())) errors.email = MESSAGES.email;
    if (!values.subject.trim()) errors.subject = MESSAGES.required;
    if (!values.content.trim()) errors.content = MESSAGES.required;
    if (!values.thematique) errors.thematique = MESSAGES.choose;
    if (!values.motif) errors.motif = MESSAGES.choose;
    if (!values.sousMotif && hasOptions.sousMotif) errors.sousMotif = MESSAGES.choose;
    if (files.length > MAX_FILES) errors.files = MESSAGES.tooMany;
    else if (
      files.some(function (f) {
        return !/^image\//.test(f.type);
      })
    )
      errors.files = MESSAGES.imagesOnly;
    else if (
      files.some(function (f) {
        return f.size > MAX_FILE_BYTES;
      })
    )
      errors.files = MESSAGES.tooBig;
    return errors;
  }

  function describeFiles(files) {
    if (files.length === 0) return 'Aucun fichier sélectionné';
    var names = files
      .map(function (f) {
        return f.name;
      })
      .join(', ');
    return (
      files.length +
      (files.length > 1 ? ' fichiers sélectionnés : ' : ' fichier sélectionné : ') +
      names
    );
  }

  /** Sends the form's data as HubSpot does (multipart), then shows the thank-you message. */
  function send(form, onDone, onFail) {
    return fetch('/api/tickets', { method: 'POST', body: new FormData(form) })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      })
      .then(onDone, onFail);
  }

  function thankYou(className, ticket) {
    var link = h('a', { href: ticket.url, text: 'Suivre la demande' });
    return h(
      'div',
      { class: className, role: 'status' },
      h('p', { text: 'Merci ! Votre demande a bien été envoyée.' }),
      h('p', { text: 'Ticket n° ' + ticket.ticketNumber + ' — ' }, link),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Legacy markup (form.hs-form)

  var LEGACY_NAMES = {
    email: 'email',
    subject: 'TICKET.subject',
    content: 'TICKET.content',
    thematique: 'TICKET.thematique',
    motif: 'TICKET.motif',
    sousMotif: 'TICKET.sous_motif',
    files: 'TICKET.hs_file_upload',
  };

  function legacyField(name, label, type, control, opts) {
    opts = opts || {};
    var wrapper = h(
      'div',
      { class: 'hs_' + name + ' hs-' + name + ' hs-fieldtype-' + type + ' field hs-form-field' },
      h(
        'label',
        // HubSpot's radio lists have a label for each button and none `for` the group.
        { id: 'label-' + slug(name), for: type === 'radio' ? null : slug(name) },
        h('span', { text: label }),
        opts.required === false ? null : h('span', { class: 'hs-form-required', text: '*' }),
      ),
      h('legend', {
        class: 'hs-field-desc',
        style: opts.help ? null : 'display: none;',
        text: opts.help || '',
      }),
      h('div', { class: 'input' }, control),
    );
    return opts.dependent ? h('div', { class: 'hs-dependent-field' }, wrapper) : wrapper;
  }

  function legacyInput(name, type, autocomplete) {
    return h('input', {
      id: slug(name),
      name: name,
      type: type,
      class: 'hs-input',
      required: true,
      autocomplete: autocomplete || 'off',
      inputmode: type === 'email' ? 'email' : 'text',
      value: '',
    });
  }

  function fillSelect(select, items) {
    select.replaceChildren(
      h('option', { value: '', disabled: true, selected: true, text: 'Veuillez sélectionner' }),
    );
    items.forEach(function (item) {
      select.append(h('option', { value: item.code, text: item.libelle }));
    });
    select.disabled = items.length === 0;
    select.classList.add('is-placeholder');
  }

  /**
   * A legacy radio list standing where a select would: its `value` is the checked button's, and
   * `change` bubbles to it from the buttons, so the rest of the form treats both alike.
   */
  function radioList(name, items) {
    var list = h('ul', { class: 'inputs-list multi-container', role: 'radiogroup' });
    items.forEach(function (item, i) {
      var id = slug(name) + '-' + i;
      list.append(
        h(
          'li',
          { class: 'hs-form-radio' },
          h(
            'label',
            { for: id, class: 'hs-form-radio-display' },
            h('input', { id: id, type: 'radio', name: name, value: item.code, class: 'hs-input' }),
            h('span', { text: item.libelle }),
          ),
        ),
      );
    });
    Object.defineProperty(list, 'value', {
      get: function () {
        var checked = list.querySelector('input:checked');
        return checked ? checked.value : '';
      },
    });
    return list;
  }

  function showLegacyErrors(form, errors) {
    form.querySelectorAll('.hs-error-msgs, .hs_error_rollup').forEach(function (n) {
      n.remove();
    });
    form.querySelectorAll('.hs-input.invalid').forEach(function (n) {
      n.classList.remove('invalid', 'error');
    });
    Object.keys(errors).forEach(function (key) {
      var input = form.querySelector('[name="' + LEGACY_NAMES[key] + '"]');
      input.classList.add('invalid', 'error');
      input
        .closest('.hs-form-field')
        .append(
          h(
            'ul',
            { class: 'no-list hs-error-msgs inputs-list', role: 'alert' },
            h(
              'li',
              {},
              h('label', { class: 'hs-error-msg hs-main-font-element', text: errors[key] }),
            ),
          ),
        );
    });
    if (Object.keys(errors).length) {
      form
        .querySelector('.hs_submit')
        .before(
          h(
            'div',
            { class: 'hs_error_rollup' },
            h(
              'ul',
              { class: 'no-list hs-error-msgs inputs-list', role: 'alert' },
              h('li', {}, h('label', { class: 'hs-main-font-element', text: MESSAGES.rollup })),
            ),
          ),
        );
    }
  }

  function renderLegacy(nomenclature) {
    var level = levels(nomenclature);
    var radios = variant === 'radio';
    var selects = {
      thematique: radios
        ? radioList(LEGACY_NAMES.thematique, level.thematique())
        : h('select', {
            id: slug(LEGACY_NAMES.thematique),
            name: LEGACY_NAMES.thematique,
            class: 'hs-input',
            required: true,
          }),
      motif: h('select', {
        id: slug(LEGACY_NAMES.motif),
        name: LEGACY_NAMES.motif,
        class: 'hs-input',
        required: true,
      }),
      sousMotif: h('select', {
        id: slug(LEGACY_NAMES.sousMotif),
        name: LEGACY_NAMES.sousMotif,
        class: 'hs-input',
      }),
    };
    var fileInput = h('input', {
      id: slug(LEGACY_NAMES.files),
      name: LEGACY_NAMES.files,
      type: 'file',
      class: 'hs-input',
      multiple: true,
      accept: 'image/*',
    });
    var fileList = h('p', {
      class: 'kb-file-list',
      'aria-live': 'polite',
      text: describeFiles([]),
    });
    var submit = h('input', { type: 'submit', class: 'hs-button primary large', value: 'Envoyer' });
    var form = h(
      'form',
      {
        id: 'hsForm_' + FORM_ID,
        novalidate: true,
        'accept-charset': 'UTF-8',
        method: 'POST',
        enctype: 'multipart/form-data',
        action: '/api/tickets',
        'data-form-id': FORM_ID,
        'data-portal-id': PORTAL_ID,
        class: 'hs-form-private hsForm_' + FORM_ID + ' hs-form-' + FORM_ID + ' hs-form stacked',
      },
      legacyField(
        LEGACY_NAMES.email,
        'Adresse e-mail',
        'text',
        legacyInput(LEGACY_NAMES.email, 'email', 'email'),
      ),
      legacyField(LEGACY_NAMES.subject, 'Objet', 'text', legacyInput(LEGACY_NAMES.subject, 'text')),
      legacyField(
        LEGACY_NAMES.content,
        'Description',
        'textarea',
        h('textarea', {
          id: slug(LEGACY_NAMES.content),
          name: LEGACY_NAMES.content,
          class: 'hs-input hs-fieldtype-textarea',
          required: true,
        }),
      ),
      legacyField(
        LEGACY_NAMES.thematique,
        'Thématique',
        radios ? 'radio' : 'select',
        selects.thematique,
      ),
      legacyField(LEGACY_NAMES.motif, 'Motif', 'select', selects.motif, { dependent: true }),
      legacyField(LEGACY_NAMES.sousMotif, 'Sous-motif', 'select', selects.sousMotif, {
        dependent: true,
        required: false,
      }),
      legacyField(LEGACY_NAMES.files, 'Pièces jointes', 'file', h('div', {}, fileInput, fileList), {
        required: false,
        help: "Captures d'écran, données personnelles masquées (" + MAX_FILES + ' images au plus).',
      }),
      h('input', {
        type: 'hidden',
        name: 'hs_context',
        value: JSON.stringify({ lang: 'fr', embedAtTimestamp: String(Date.now()) }),
      }),
      h('div', { class: 'hs_submit hs-submit' }, h('div', { class: 'actions' }, submit)),
    );

    if (!radios) fillSelect(selects.thematique, level.thematique());
    fillSelect(selects.motif, []);
    fillSelect(selects.sousMotif, []);

    if (variant === 'steps') {
      // Two steps: the nomenclature, the attachments and the submit button are rendered only
      // when « Suivant » is clicked; the first step's fields stay in the form, hidden.
      var firstStep = Array.prototype.slice.call(form.children, 0, 3);
      var secondStep = Array.prototype.slice.call(form.children, 3);
      secondStep.forEach(function (node) {
        node.remove();
      });
      var nextButton = h('button', { type: 'button', class: 'hs-button', text: 'Suivant' });
      var navigation = h('div', { class: 'hs-form-navigation' }, nextButton);
      form.append(navigation);
      nextButton.addEventListener('click', function () {
        firstStep.forEach(function (node) {
          node.hidden = true;
        });
        navigation.remove();
        secondStep.forEach(function (node) {
          form.append(node);
        });
      });
    }

    var pending = { motif: 0, sousMotif: 0 };
    function values() {
      return {
        email: form.elements[LEGACY_NAMES.email].value,
        subject: form.elements[LEGACY_NAMES.subject].value,
        content: form.elements[LEGACY_NAMES.content].value,
        thematique: selects.thematique.value,
        motif: selects.motif.value,
        sousMotif: selects.sousMotif.value,
      };
    }
    /** Empties a level, then loads its options after a short delay (stale loads are dropped). */
    function reload(key) {
      var ticket = ++pending[key];
      fillSelect(selects[key], []);
      var asked = values();
      setTimeout(function () {
        Promise.resolve(level[key](asked)).then(function (items) {
          if (ticket === pending[key]) fillSelect(selects[key], items);
        });
      }, OPTIONS_DELAY_MS);
    }
    selects.thematique.addEventListener('change', function () {
      selects.thematique.classList.remove('is-placeholder');
      reload('motif');
      pending.sousMotif++;
      fillSelect(selects.sousMotif, []);
    });
    selects.motif.addEventListener('change', function () {
      selects.motif.classList.remove('is-placeholder');
      reload('sousMotif');
    });
    fileInput.addEventListener('change', function () {
      fileList.textContent = describeFiles(Array.from(fileInput.files || []));
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var files = Array.from(fileInput.files || []);
      var errors = validate(values(), files, { sousMotif: selects.sousMotif.options.length > 1 });
      showLegacyErrors(form, errors);
      if (Object.keys(errors).length) return;
      postCallback('onBeforeFormSubmit', { submissionValues: values() });
      submit.disabled = true;
      send(
        form,
        function (ticket) {
          var data = {
            submissionValues: values(),
            ticketNumber: ticket.ticketNumber,
            redirectUrl: ticket.url,
          };
          form.parentElement.replaceChildren(
            thankYou('submitted-message hs-main-font-element hs-form-' + FORM_ID, ticket),
          );
          postCallback('onFormSubmitted', data);
        },
        function () {
          submit.disabled = false;
          showLegacyErrors(form, {});
          form.querySelector('.hs_submit').before(
            h('div', {
              class: 'hs_error_rollup kb-form-error',
              role: 'alert',
              text: MESSAGES.sendFailed,
            }),
          );
        },
      );
    });

    var embed = h('div', { class: 'hbspt-form', id: 'hbspt-form-' + FORM_ID }, form);
    slot.replaceChildren(embed);
    postCallback('onFormReady');
  }

  // ---------------------------------------------------------------------------------------------
  // Newer markup (form.hsfc-Form), with its custom drop-down

  var NEW_NAMES = {
    email: '0-1/email',
    subject: '0-5/subject',
    content: '0-5/content',
    thematique: '0-5/thematique',
    motif: '0-5/motif',
    sousMotif: '0-5/sous_motif',
    files: '0-5/hs_file_upload',
  };

  function newLabel(id, text, required) {
    return h(
      'label',
      { id: id + '-label', class: 'hsfc-FieldLabel', for: id },
      h('span', { text: text }),
      required
        ? h('span', {
            class: 'hsfc-FieldLabel__RequiredIndicator',
            'aria-hidden': 'true',
            text: ' *',
          })
        : null,
    );
  }

  function newRow(fieldClass, id, label, control, required) {
    return h(
      'div',
      { class: 'hsfc-Row' },
      h(
        'div',
        { class: fieldClass, 'data-hsfc-id': fieldClass.replace('hsfc-', '') },
        newLabel(id, label, required),
        control,
      ),
    );
  }

  /**
   * A drop-down like HubSpot's: a hidden input carries the value, a read-only text input acts as
   * the button, and the option list exists only while open (clicking an option chooses it).
   */
  function newDropdown(name, onChange) {
    var id = 'hs-' + name.replace('/', '-') + '-' + FORM_ID.slice(0, 4);
    var items = [];
    var hidden = h('input', { type: 'hidden', 'aria-hidden': 'true', name: name, value: '' });
    var button = h('input', {
      id: id,
      class: 'hsfc-TextInput hsfc-TextInput--button',
      role: 'combobox',
      readonly: true,
      'aria-haspopup': 'listbox',
      'aria-expanded': 'false',
      'aria-controls': id + '-options',
      placeholder: 'Veuillez sélectionner',
      value: '',
    });
    var container = h(
      'div',
      { class: 'hsfc-DropdownInput' },
      hidden,
      button,
      h('span', { class: 'hsfc-DropdownInput__Caret', 'aria-hidden': 'true' }),
    );
    var list = null;

    function close() {
      if (list) list.remove();
      list = null;
      button.setAttribute('aria-expanded', 'false');
    }
    function open() {
      var ul = h('ul', {
        class: 'hsfc-DropdownOptions__List',
        role: 'listbox',
        id: id + '-options',
      });
      items.forEach(function (item) {
        ul.append(
          h('li', {
            class: 'hsfc-DropdownOptions__List__ListItem',
            role: 'option',
            'aria-selected': String(item.code === hidden.value),
            text: item.libelle,
            onclick: function () {
              choose(item);
            },
          }),
        );
      });
      list = h('div', { class: 'hsfc-DropdownOptions' }, ul);
      container.append(list);
      button.setAttribute('aria-expanded', 'true');
    }
    function choose(item) {
      hidden.value = item ? item.code : '';
      button.value = item ? item.libelle : '';
      close();
      onChange(hidden.value);
    }
    button.addEventListener('click', function () {
      (list ? close : open)();
    });
    document.addEventListener('mousedown', function (event) {
      if (list && !container.contains(event.target)) close();
    });
    return {
      element: container,
      label: id,
      value: function () {
        return hidden.value;
      },
      setItems: function (next) {
        items = next;
        choose(null);
        if (list) {
          close();
          open();
        }
      },
      hasItems: function () {
        return items.length > 0;
      },
    };
  }

  function showNewErrors(form, errors) {
    form.querySelectorAll('.hsfc-ErrorAlert').forEach(function (n) {
      n.remove();
    });
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (n) {
      n.setAttribute('aria-invalid', 'false');
    });
    Object.keys(errors).forEach(function (key) {
      var field = form.querySelector('[name="' + NEW_NAMES[key] + '"]').closest('.hsfc-Row');
      var visible = field.querySelector('.hsfc-TextInput, .hsfc-TextareaInput, .hsfc-FileInput');
      if (visible) visible.setAttribute('aria-invalid', 'true');
      field.append(
        h('div', {
          class: 'hsfc-ErrorAlert',
          'data-hsfc-id': 'ErrorAlert',
          role: 'alert',
          text: errors[key],
        }),
      );
    });
  }

  function renderNew(nomenclature) {
    var level = levels(nomenclature);
    var text = function (name, type, cls) {
      return h('input', {
        id: 'hs-' + name.replace('/', '-'),
        class: cls || 'hsfc-TextInput',
        name: name,
        type: type,
        'aria-required': 'true',
        'aria-invalid': 'false',
        value: '',
      });
    };
    var email = text(NEW_NAMES.email, 'email');
    var subject = text(NEW_NAMES.subject, 'text');
    var content = h('textarea', {
      id: 'hs-' + NEW_NAMES.content.replace('/', '-'),
      class: 'hsfc-TextareaInput',
      name: NEW_NAMES.content,
      rows: '6',
      'aria-required': 'true',
      'aria-invalid': 'false',
    });
    var fileInput = h('input', {
      id: 'hs-0-5-hs_file_upload',
      class: 'hsfc-FileInput',
      name: NEW_NAMES.files,
      type: 'file',
      multiple: true,
      accept: 'image/*',
    });
    var fileList = h('p', {
      class: 'kb-file-list',
      'aria-live': 'polite',
      text: describeFiles([]),
    });
    var pending = { motif: 0, sousMotif: 0 };
    var dropdowns = {};
    function later(key, parentValues) {
      var ticket = ++pending[key];
      dropdowns[key].setItems([]);
      var asked = parentValues();
      setTimeout(function () {
        Promise.resolve(level[key](asked)).then(function (items) {
          if (ticket === pending[key]) dropdowns[key].setItems(items);
        });
      }, OPTIONS_DELAY_MS);
    }
    function values() {
      return {
        email: email.value,
        subject: subject.value,
        content: content.value,
        thematique: dropdowns.thematique.value(),
        motif: dropdowns.motif.value(),
        sousMotif: dropdowns.sousMotif.value(),
      };
    }
    dropdowns.thematique = newDropdown(NEW_NAMES.thematique, function (v) {
      pending.sousMotif++;
      dropdowns.sousMotif.setItems([]);
      if (v) later('motif', values);
    });
    dropdowns.motif = newDropdown(NEW_NAMES.motif, function (v) {
      if (v) later('sousMotif', values);
    });
    dropdowns.sousMotif = newDropdown(NEW_NAMES.sousMotif, function () {});
    dropdowns.thematique.setItems(level.thematique());

    var submit = h('button', {
      type: 'submit',
      class: 'hsfc-Button',
      'data-hsfc-id': 'Button',
      text: 'Envoyer',
    });
    var form = h(
      'form',
      { class: 'hsfc-Form', novalidate: true, 'data-hsfc-id': 'Form' },
      h(
        'div',
        { class: 'hsfc-Step', 'data-hsfc-id': 'Step' },
        h(
          'div',
          { class: 'hsfc-Step__Content' },
          newRow('hsfc-EmailField', email.id, 'Adresse e-mail', email, true),
          newRow('hsfc-TextField', subject.id, 'Objet', subject, true),
          newRow('hsfc-TextareaField', content.id, 'Description', content, true),
          newRow(
            'hsfc-DropdownField',
            dropdowns.thematique.label,
            'Thématique',
            dropdowns.thematique.element,
            true,
          ),
          newRow(
            'hsfc-DropdownField',
            dropdowns.motif.label,
            'Motif',
            dropdowns.motif.element,
            true,
          ),
          newRow(
            'hsfc-DropdownField',
            dropdowns.sousMotif.label,
            'Sous-motif',
            dropdowns.sousMotif.element,
            false,
          ),
          newRow(
            'hsfc-FileField',
            fileInput.id,
            'Pièces jointes',
            h('div', {}, fileInput, fileList),
            false,
          ),
          h(
            'div',
            { class: 'hsfc-NavigationRow' },
            h('div', { class: 'hsfc-NavigationRow__Buttons' }, submit),
          ),
        ),
      ),
    );
    fileInput.addEventListener('change', function () {
      fileList.textContent = describeFiles(Array.from(fileInput.files || []));
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var files = Array.from(fileInput.files || []);
      var errors = validate(values(), files, { sousMotif: dropdowns.sousMotif.hasItems() });
      showNewErrors(form, errors);
      if (Object.keys(errors).length) return;
      submit.disabled = true;
      send(
        form,
        function (ticket) {
          form.parentElement.replaceChildren(thankYou('hsfc-PostSubmit', ticket));
          dispatchNewFormEvent('hs-form-event:on-submission:success', {
            ticketNumber: ticket.ticketNumber,
            redirectUrl: ticket.url,
          });
        },
        function () {
          submit.disabled = false;
          showNewErrors(form, {});
          form.prepend(
            h('div', {
              class: 'hsfc-ErrorAlert kb-form-error',
              role: 'alert',
              text: MESSAGES.sendFailed,
            }),
          );
        },
      );
    });

    slot.replaceChildren(
      h(
        'div',
        { class: 'hs-form-frame', 'data-form-id': FORM_ID, 'data-portal-id': PORTAL_ID },
        h('div', { class: 'hsfc-FormWrapper', 'data-hsfc-id': 'FormWrapper' }, form),
      ),
    );
    dispatchNewFormEvent('hs-form-event:on-ready');
  }

  // ---------------------------------------------------------------------------------------------

  function start() {
    if (variant === 'never') return; // the embed script never answers: the slot keeps "Chargement…"
    var delay = new Promise(function (resolve) {
      setTimeout(resolve, RENDER_DELAY_MS);
    });
    Promise.all([loadNomenclature(), delay]).then(
      function (results) {
        if (variant === 'new' || params.get('markup') === 'new') renderNew(results[0]);
        else renderLegacy(results[0]);
      },
      function () {
        slot.replaceChildren(
          h('p', { class: 'kb-form-error', role: 'alert', text: MESSAGES.loadFailed }),
        );
      },
    );
  }

  start();
})();

// The Camunda Forms of Tasklist (form-js 1.x) in French, with dates that cannot be misread. Tasklist builds its form-js
// viewer without any translation or locale option, so this file works from outside: it translates form-js's own
// texts where they appear in a form, and configures flatpickr (form-js's date picker) through flatpickr's public
// defaults: day first (dd/mm/yyyy) whatever the browser's language, weeks from Monday, French month and day names, and
// the chosen date repeated in words under the field ("mardi 4 mars 2024") before anything is stored.

const FORM = '.fjs-container';

const TEXTS = new Map([
  ['Field is required.', 'Ce champ est obligatoire.'],
  ['Field must be a valid email.', 'Saisissez une adresse électronique valide.'],
  ['Date and time must both be entered.', 'Saisissez la date et l\u2019heure.'],
  ['Value is not a number.', 'Saisissez un nombre.'],
  ['Select', 'Choisir'],
  ['Search', 'Rechercher'],
  ['Add new', 'Ajouter'],
  ['No results', 'Aucun résultat'],
  ['All values selected', 'Toutes les valeurs sont choisies'],
  ['Nothing to show.', 'Rien à afficher.'],
  ['No content to show.', 'Aucun contenu à afficher.'],
  ['External content couldn\'t be loaded.', 'Le contenu externe n\u2019a pas pu être chargé.'],
  ['Remove tag', 'Retirer'],
  ['Collapse', 'Replier'],
  ['Increment', 'Augmenter'],
  ['Decrement', 'Diminuer'],
  ['Previous page', 'Page précédente'],
  ['Next page', 'Page suivante']
]);

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, 'La valeur doit être au moins $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'La valeur doit être au plus $1.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Saisissez au moins $1 caractères.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Saisissez au plus $1 caractères.'],
  [/^Field must match pattern (.+)\.$/, 'La valeur ne respecte pas le format attendu.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Choisissez une valeur valide ; les deux plus proches sont $1 et $2.'],
  [/^Expand all \((\d+)\)$/, 'Tout déplier ($1)'],
  [/^Remove list item (\d+)$/, 'Retirer l\u2019élément $1'],
  [/^Click to sort by (.+) ascending$/, 'Trier par $1, ordre croissant'],
  [/^Click to sort by (.+) descending$/, 'Trier par $1, ordre décroissant'],
  [/^Click to remove sorting$/, 'Retirer le tri']
];

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function french(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (TEXTS.has(trimmed)) {
    return text.replace(trimmed, TEXTS.get(trimmed));
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, replacement));
    }
  }
  return null;
}

// Only form-js's own texts are touched: labels and values come from our forms and are already French. A text node's
// data is changed in place, which Preact (form-js's renderer) keeps until it renders a different text there.
function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest('.fjs-form-field-label, .fjs-form-field-text, textarea')) {
      const translated = french(node.data);
      if (translated !== null && translated !== node.data) {
        node.data = translated;
      }
    }
  }
  const elements = root.querySelectorAll ? [root, ...root.querySelectorAll('[placeholder], [aria-label], [title]')] : [];
  for (const element of elements) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute && element.getAttribute(name);
      const translated = value ? french(value) : null;
      if (translated !== null && translated !== value) {
        element.setAttribute(name, translated);
      }
    }
  }
}

function watchForms() {
  new MutationObserver(mutations => {
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentElement : mutation.target;
      if (target && target.closest(FORM)) {
        translate(target);
      } else {
        for (const added of mutation.addedNodes) {
          if (added.nodeType === Node.ELEMENT_NODE && added.querySelector(FORM)) {
            added.querySelectorAll(FORM).forEach(translate);
          }
        }
      }
    }
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
}

const FRENCH_DATES = {
  weekdays: {
    shorthand: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    longhand: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
  },
  months: {
    shorthand: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    longhand: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
      'novembre', 'décembre']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' au ',
  weekAbbreviation: 'Sem.',
  scrollTitle: 'Défiler pour changer',
  toggleTitle: 'Cliquer pour basculer',
  time_24hr: true
};

const IN_WORDS = new Intl.DateTimeFormat('fr-FR', {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'});

let wordsId = 0;

/** Under a form-js date field, the date it holds in words: what will be stored, read back before it is. */
function showInWords(picker) {
  const group = picker.input.closest('.fjs-input-group') || picker.input;
  const words = document.createElement('p');
  words.className = 'pan-date-en-lettres';
  words.id = 'pan-date-en-lettres-' + (++wordsId);
  words.setAttribute('aria-live', 'polite');
  group.insertAdjacentElement('afterend', words);
  const update = () => {
    const date = picker.selectedDates[0];
    words.textContent = date ? IN_WORDS.format(date) : '';
  };
  picker.config.onValueUpdate.push(update);
  picker.config.onClose.push(update);
  picker.input.addEventListener('blur', () => setTimeout(update));
  picker.config.onDestroy.push(() => words.remove());
  update();
}

/** A flatpickr plugin: runs while each picker reads its options, so the day-first format is the one it parses with. */
function dayFirst(picker) {
  if (!picker.element || !picker.element.closest || !picker.element.closest(FORM) || picker.config.enableTime
      || picker.config.noCalendar) {
    return {};
  }
  picker.config.dateFormat = 'd/m/Y';
  return {
    onReady: [() => {
      picker.input.setAttribute('placeholder', 'jj/mm/aaaa');
      showInWords(picker);
    }]
  };
}

function configure(flatpickr) {
  flatpickr.localize(FRENCH_DATES);
  flatpickr.setDefaults({plugins: [...(flatpickr.defaultConfig.plugins || []), dayFirst]});
}

// flatpickr publishes itself as window.flatpickr when Tasklist's libraries load it, before or after this file
function whenFlatpickrLoads(callback) {
  if (window.flatpickr) {
    callback(window.flatpickr);
    return;
  }
  let loaded;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => loaded,
    set: value => {
      loaded = value;
      if (value) {
        callback(value);
      }
    }
  });
}

whenFlatpickrLoads(configure);
if (document.body) {
  watchForms();
} else {
  document.addEventListener('DOMContentLoaded', watchForms);
}

export default [];

// Tasklist as this project configures it (replaces the webjar's config.js): French first, English for browsers that
// ask for it; dates come from the locale file (day first, weeks from Monday). The custom scripts (same-origin files of
// this folder, as the webapps' CSP wants) put the Camunda Forms in French with day-first dates (formulaires-fr.js), and
// confirm completed tasks and open the secretariat's own tasks ready to work (taches.js).
export default {
  customScripts: ['scripts/formulaires-fr', 'scripts/taches'],
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'réclame la tâche ouverte'},
    focusFilter: {key: 'ctrl+shift+f', description: 'va au premier filtre de la liste'},
    focusList: {key: 'ctrl+alt+l', description: 'va à la première tâche de la liste'},
    focusForm: {key: 'ctrl+alt+f', description: 'va au premier champ du formulaire de la tâche'},
    startProcess: {key: 'ctrl+alt+p', description: 'ouvre la fenêtre « Démarrer un processus »'}
  }
};

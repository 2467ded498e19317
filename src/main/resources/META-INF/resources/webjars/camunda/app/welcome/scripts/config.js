// Welcome (the profile page) as this project configures it (replaces the webjar's config.js, whose settings are all commented out):
// French first, English for browsers that ask for it; dates come from the locale file (day first, weeks from Monday).
export default {
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  // no "Welcome to Camunda" box pointing to Camunda's own welcome page
  disableWelcomeMessage: true
};

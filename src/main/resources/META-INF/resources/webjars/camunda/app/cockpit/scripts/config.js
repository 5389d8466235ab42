// Served instead of the config.js shipped in the Camunda webapp jar (same path, our classpath comes first).
import {locales} from '../../crmflow-locale.js';

export default {
  locales,
  // the figures plugin for managers: a dashboard panel and the page #/crmflow-kpis (app/cockpit/scripts/crmflow-kpis.js)
  customScripts: ['scripts/crmflow-kpis']
};

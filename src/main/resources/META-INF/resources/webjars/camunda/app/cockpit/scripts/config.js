// Served instead of the config.js shipped in the Camunda webapp jar (same path, our classpath comes first).
import {locales} from '../../crmflow-locale.js';

export default {
  locales
};

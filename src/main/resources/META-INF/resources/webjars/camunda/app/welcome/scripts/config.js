// Served instead of the config.js shipped in the Camunda webapp jar (same path, our classpath comes first).
import {locales} from '../../crmflow-locale.js';

export default {
  locales,
  links: [
    {
      label: '简体中文',
      href: '?lang=zh-CN',
      description: '以简体中文显示任务列表（Tasklist）、Cockpit 和 Admin'
    },
    {
      label: 'English',
      href: '?lang=en',
      description: 'Show Tasklist, Cockpit and Admin in English (remembered in this browser)'
    }
  ]
};

// Served instead of the config.js shipped in the Camunda webapp jar (same path, our classpath comes first).
// The keyboard shortcuts are Camunda's defaults; only their descriptions are translated.
import {locales, isChinese} from '../../crmflow-locale.js';

const describe = (zh, en) => (isChinese ? zh : en);

export default {
  locales,
  // Camunda Forms: 完成 also for forms with add-a-row lists, and form-js' own texts in Chinese;
  // the task tab 协议文件 (agreement documents and the signed copy's upload, form-js has no file field)
  customScripts: ['scripts/crmflow-forms.js', 'scripts/crmflow-agreement-documents.js'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: describe('认领当前选中的任务', 'claims the currently selected task')
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: describe('将焦点移到第一个过滤器', 'set the focus to the first filter in the list')
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: describe('将焦点移到任务列表的第一个任务', 'sets the focus to the first task in the list')
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: describe('将焦点移到任务表单的第一个输入框', 'sets the focus to the first input field in a task form')
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: describe('打开“发起流程”对话框', 'opens the start process modal dialog')
    }
  }
};

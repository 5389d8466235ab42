/*
 * Tasklist custom script (config.js customScripts) for the Camunda Forms (form-js) that Tasklist renders.
 *
 * 1. 完成 for forms with add-a-row lists (dynamic lists).
 *    Tasklist 7.24 (camunda-tasklist-bootstrap.js, directive camTasklistFormCamunda) listens to form-js' "changed"
 *    event and disables 完成 while `Object.keys(state.errors).length` is not 0. form-js (Form#_update in lib/deps.js)
 *    records the errors of a field inside a dynamic list under [fieldId, rowIndex] with min-dash `set`, and a valid
 *    value "sets" undefined there: `set` deletes errors[fieldId][rowIndex] but leaves the now empty array
 *    errors[fieldId] behind. So after any edit in a list row the errors object keeps a key although no field has an
 *    error, and 完成 stays disabled until the task is opened again. Here every state form-js stores drops such empty
 *    entries (arrays/objects without a message), so the errors object has a key exactly when a message is shown.
 *
 * 2. Chinese instead of form-js' built-in English (only while the web apps speak Chinese, see crmflow-locale.js).
 *    form-js 1.x has no translation module: its texts (select placeholder "Select", validation messages such as
 *    "Field is required.", the list buttons "Add new" / "Collapse", ...) are literals in its preact components and in
 *    its Validator. Every element form-js renders goes through preact's `options.vnode` hook; there the known English
 *    texts (text children, placeholder, aria-label, title) are replaced by their Chinese. Everything else (labels,
 *    values, our own Chinese texts) is left as it is.
 *
 * Both form-js and preact are modules of Camunda's webpack bundle lib/deps.js; they are reached through the bundle's
 * chunk loading (a chunk without modules whose runtime function gets webpack's require). The module ids belong to the
 * webapp build 7.24.0: on another build the ids may differ, which is detected (console warning) and leaves Tasklist
 * unchanged; TasklistFormsScriptTest checks the ids and texts against the Camunda jar (docs/user-guide.md).
 */
import {isChinese} from '../../crmflow-locale.js';

const WEBPACK_CHUNKS = 'webpackChunkcamunda_bpm_webapp';
const FORM_JS_VIEWER = 11306; // @bpmn-io/form-js-viewer (exports Form)
const PREACT = 56345; // preact, used by form-js' components (exports options)

const TEXTS = {
  'Select': '请选择',
  'Search': '搜索',
  'Add new': '添加',
  'Collapse': '收起',
  'No results': '无匹配项',
  'All values selected': '已全部选择',
  'Nothing to show.': '暂无数据。',
  'No content to show.': '暂无内容。',
  'Increment': '增加',
  'Decrement': '减少',
  'Next page': '下一页',
  'Previous page': '上一页',
  'Remove tag': '移除',
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请输入有效的电子邮箱地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    '请输入有效的国际电话号码（例如 +8613800138000）。',
  'Value is not a number.': '请输入数字。',
  'Value is expected to be an integer.': '请输入整数。'
};

const PATTERNS = [
  [/^Expand all \((\d+)\)$/, '全部展开（$1）'],
  [/^Remove list item (\d+)$/, '删除第 $1 项'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must have minimum length of (.+)\.$/, '至少填写 $1 个字符。'],
  [/^Field must have maximum length of (.+)\.$/, '最多填写 $1 个字符。'],
  [/^Field must match pattern .+\.$/, '格式不符合要求。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多保留 $1 位小数。'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    '请输入有效的数值，最接近的有效值为 $1 和 $2。']
];

export function chinese(text) {
  if (typeof text !== 'string') {
    return text;
  }
  if (Object.prototype.hasOwnProperty.call(TEXTS, text)) {
    return TEXTS[text];
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(text)) {
      return text.replace(pattern, replacement);
    }
  }
  return text;
}

const TRANSLATED_PROPS = ['children', 'placeholder', 'aria-label', 'title', 'text'];

function translateVnode(vnode) {
  const props = vnode && vnode.props;
  if (!props || typeof props !== 'object') {
    return;
  }
  for (const name of TRANSLATED_PROPS) {
    const value = props[name];
    if (typeof value === 'string') {
      const translated = chinese(value);
      if (translated !== value) {
        props[name] = translated;
      }
    } else if (name === 'children' && Array.isArray(value) && value.some(v => chinese(v) !== v)) {
      props.children = value.map(chinese);
    }
  }
}

/** Removes, in place, arrays and objects that hold no error message; true when nothing is left in `errors`. */
function pruneEmpty(errors) {
  if (typeof errors === 'string') {
    return false;
  }
  if (errors === null || errors === undefined || typeof errors !== 'object') {
    return true;
  }
  if (Array.isArray(errors) && errors.some(e => typeof e === 'string')) {
    return false; // the messages of one field
  }
  for (const key of Object.keys(errors)) {
    if (pruneEmpty(errors[key])) {
      delete errors[key];
    }
  }
  return Object.keys(errors).length === 0;
}

function patch(require) {
  const viewer = require(FORM_JS_VIEWER);
  const preact = require(PREACT);
  const Form = viewer && viewer.Form;
  if (!Form || typeof Form.prototype._setState !== 'function' || !preact || !preact.options) {
    console.warn('crmflow-forms.js: form-js not found in this Camunda build; Tasklist forms are left unchanged');
    return;
  }
  if (Form.prototype._setState.crmflow) {
    return;
  }
  const setState = Form.prototype._setState;
  const patchedSetState = function (state) {
    if (state && state.errors && typeof state.errors === 'object') {
      pruneEmpty(state.errors);
    }
    return setState.call(this, state);
  };
  patchedSetState.crmflow = true;
  Form.prototype._setState = patchedSetState;

  if (isChinese) {
    const options = preact.options;
    const previous = options.vnode;
    options.vnode = vnode => {
      translateVnode(vnode);
      if (previous) {
        previous(vnode);
      }
    };
  }
}

const chunks = (self[WEBPACK_CHUNKS] = self[WEBPACK_CHUNKS] || []);
chunks.push([['crmflow-forms'], {}, require => {
  try {
    patch(require);
  } catch (e) {
    console.warn('crmflow-forms.js: Tasklist forms are left unchanged', e);
  }
}]);

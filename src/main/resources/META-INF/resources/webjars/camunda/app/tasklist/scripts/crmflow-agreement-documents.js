/*
 * Tasklist task-detail tab 协议文件 (Camunda 7.14+ frontend plugin, pluginPoint tasklist.task.detail).
 *
 * Camunda Forms (form-js 1.x in Tasklist 7.24) has no file field, yet 登记协议签订 of 合作协议 needs the signed copy
 * (签署版) uploaded (SPEC P6.3). For a task of an agreement (process variable agreementNumber) this tab lists the
 * agreement's documents with download links and uploads a draft, an attachment or the signed copy, all through
 * /api/agreements/{number}/documents with the webapps' session (WebappSessionApiFilter): reading with the session,
 * the upload with the webapps' CSRF token (render's api.CSRFToken) — the same rules as for an HTTP Basic caller
 * (who may upload, which types and sizes, never after the signature) are checked by the server, whose Chinese
 * messages are shown as they come. File names and other values are written as text, never as HTML.
 */
const ROOT = new URL('../../../../', import.meta.url); // /camunda/app/tasklist/scripts/ -> the context root

const KINDS = [['signed', '签署版'], ['attachment', '附件'], ['draft', '草稿']];
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx';

function element(tag, attributes = {}, text) {
  const e = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => e.setAttribute(name, value));
  if (text !== undefined && text !== null) {
    e.textContent = String(text);
  }
  return e;
}

async function problem(response, fallback) {
  try {
    const body = await response.json();
    return body.detail || body.message || fallback;
  } catch (e) {
    return fallback;
  }
}

function size(bytes) {
  return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB'
    : bytes >= 1024 ? Math.round(bytes / 1024) + ' KB' : bytes + ' 字节';
}

function time(instant) {
  return instant ? new Date(instant).toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai', hour12: false}) : '';
}

/** The agreement number of the task's process, or null when the task has none (not an agreement task). */
async function agreementOf(api, taskId) {
  const response = await fetch(api.engineApi + '/task/' + encodeURIComponent(taskId)
    + '/variables/agreementNumber?deserializeValue=false', {credentials: 'same-origin',
    headers: {Accept: 'application/json'}});
  if (response.status === 404) {
    return null;
  }
  if (!response.ok) {
    throw new Error(await problem(response, '读取任务信息失败（' + response.status + '）'));
  }
  const variable = await response.json();
  return typeof variable.value === 'string' && variable.value ? variable.value : null;
}

async function taskDefinitionKey(api, taskId) {
  const response = await fetch(api.engineApi + '/task/' + encodeURIComponent(taskId), {credentials: 'same-origin',
    headers: {Accept: 'application/json'}});
  return response.ok ? (await response.json()).taskDefinitionKey : null;
}

function documentsUrl(number) {
  return new URL('api/agreements/' + encodeURIComponent(number) + '/documents', ROOT).href;
}

async function listDocuments(number) {
  const response = await fetch(documentsUrl(number), {credentials: 'same-origin',
    headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(await problem(response, '读取协议文件失败（' + response.status + '）'));
  }
  return response.json();
}

function renderList(target, documents) {
  target.replaceChildren();
  if (!documents.length) {
    target.appendChild(element('p', {class: 'crmflow-documents-empty'}, '尚无文件。'));
    return;
  }
  const table = element('table', {class: 'table table-condensed crmflow-documents'});
  const head = element('tr');
  ['类别', '文件名', '大小', '上传人', '上传时间'].forEach(h => head.appendChild(element('th', {}, h)));
  table.appendChild(element('thead')).appendChild(head);
  const body = table.appendChild(element('tbody'));
  documents.forEach(d => {
    const row = element('tr');
    row.appendChild(element('td', {}, d.kindLabel));
    const name = element('td');
    const link = element('a', {href: new URL(d.href.replace(/^\//, ''), ROOT).href, download: ''}, d.fileName);
    name.appendChild(link);
    row.appendChild(name);
    row.appendChild(element('td', {}, size(d.size)));
    row.appendChild(element('td', {}, d.uploadedBy));
    row.appendChild(element('td', {}, time(d.uploadedAt)));
    body.appendChild(row);
  });
  target.appendChild(table);
}

async function mount(node, {api, taskId}) {
  const section = element('section', {class: 'crmflow-agreement-documents', style: 'padding: 10px 15px'});
  node.appendChild(section);
  const status = element('p', {class: 'crmflow-documents-status'}, '正在读取…');
  section.appendChild(status);
  let number;
  try {
    number = await agreementOf(api, taskId);
  } catch (e) {
    status.textContent = e.message;
    return;
  }
  if (!number) {
    status.textContent = '此任务不涉及合作协议文件。';
    return;
  }
  status.textContent = '';
  section.insertBefore(element('h4', {}, '合作协议 ' + number + ' 的文件'), status);
  const list = element('div', {class: 'crmflow-documents-list'});
  section.insertBefore(list, status);

  const form = element('form', {class: 'form-inline crmflow-documents-upload', style: 'margin-top: 10px'});
  const kindLabel = element('label', {for: 'crmflow-document-kind', style: 'margin-right: 5px'}, '文件类别');
  const kind = element('select', {id: 'crmflow-document-kind', name: 'kind', class: 'form-control'});
  KINDS.forEach(([code, label]) => kind.appendChild(element('option', {value: code}, label)));
  const fileLabel = element('label', {for: 'crmflow-document-file', style: 'margin: 0 5px 0 10px'}, '选择文件');
  const file = element('input', {id: 'crmflow-document-file', name: 'file', type: 'file', accept: ACCEPT,
    style: 'display: inline-block'});
  const submit = element('button', {type: 'submit', class: 'btn btn-primary', style: 'margin-left: 10px'}, '上传');
  [kindLabel, kind, fileLabel, file, submit].forEach(e => form.appendChild(e));
  form.appendChild(element('p', {class: 'help-block'},
    '只接受 PDF、PNG、JPEG 图片、Word（docx）和 Excel（xlsx）文件。登记协议签订前请先上传双方签署的签署版。'));
  section.insertBefore(form, status);

  const key = await taskDefinitionKey(api, taskId);
  kind.value = key === 'Task_RecordSigning' ? 'signed' : key === 'Task_DraftAgreement' || key === 'Task_Revise'
    ? 'draft' : 'attachment';

  const refresh = async () => {
    try {
      renderList(list, await listDocuments(number));
    } catch (e) {
      status.textContent = e.message;
    }
  };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!file.files.length) {
      status.textContent = '请选择要上传的文件。';
      return;
    }
    const data = new FormData();
    data.append('kind', kind.value);
    data.append('file', file.files[0]);
    submit.disabled = true;
    status.textContent = '正在上传…';
    try {
      const response = await fetch(documentsUrl(number), {method: 'POST', credentials: 'same-origin',
        headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || ''}, body: data});
      if (!response.ok) {
        status.textContent = '上传失败：' + await problem(response, '服务器返回 ' + response.status);
        return;
      }
      const stored = await response.json();
      status.textContent = '已上传' + stored.kindLabel + '《' + stored.fileName + '》。';
      form.reset();
      kind.value = stored.kind;
      await refresh();
    } catch (e) {
      status.textContent = '上传失败：' + e.message;
    } finally {
      submit.disabled = false;
    }
  });
  await refresh();
}

export default [
  {
    id: 'crmflowAgreementDocuments',
    pluginPoint: 'tasklist.task.detail',
    priority: 150,
    properties: {label: '协议文件'},
    render: (node, params) => {
      mount(node, params);
    }
  }
];

// Cockpit figures plugin (frontend only, Camunda 7.14+ plugin API): a dashboard panel and a page of its own
// (#/crmflow-kpis, with a navigation entry). Data from our /api/kpis/** endpoints, read with the webapps' session
// (GET only, see WebappSessionKpiFilter); charts with Apache ECharts served by this application (no CDN).
const ROOT = new URL('../../../../', import.meta.url); // /camunda/app/cockpit/scripts/ -> the context root
const ECHARTS = new URL('webjars/echarts/5.3.1/dist/echarts.min.js', ROOT).href;
const MONTHS = 6;

let echartsLoading;
function loadEcharts() {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      // ECharts is a UMD bundle: with an AMD loader on the page (Cockpit's RequireJS for legacy plugins) it would
      // register itself there instead of as window.echarts — hide the loader while the script runs
      const amd = window.define;
      window.define = undefined;
      const restore = () => {
        window.define = amd;
      };
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = () => {
        restore();
        window.echarts ? resolve(window.echarts) : reject(new Error('图表库加载失败：' + ECHARTS));
      };
      script.onerror = () => {
        restore();
        reject(new Error('图表库加载失败：' + ECHARTS));
      };
      document.head.appendChild(script);
    });
  }
  return echartsLoading;
}

async function getJson(path) {
  const response = await fetch(new URL(path, ROOT).href, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    let detail = '';
    try {
      detail = (await response.json()).detail || '';
    } catch (e) {
      // not JSON
    }
    throw new Error(response.status === 403 ? (detail || '您没有查看这些统计的权限')
      : response.status === 401 ? '登录已过期，请重新登录 Cockpit' : ('统计数据读取失败（' + response.status + '）'));
  }
  return response.json();
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** Today's date in Beijing as [year, month (1-12)]: the figures' months are Beijing's, whatever the browser's zone. */
function beijingToday(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit'}).formatToParts(now);
  const part = type => Number(parts.find(p => p.type === type).value);
  return [part('year'), part('month')];
}

/** The last MONTHS calendar months (Beijing), oldest first, as {label, from, to} (to: the month's last day). */
function lastMonths() {
  const [year, month] = beijingToday();
  const months = [];
  for (let i = MONTHS - 1; i >= 0; i--) {
    const first = new Date(year, month - 1 - i, 1);
    const last = new Date(first.getFullYear(), first.getMonth() + 1, 0);
    const ym = first.getFullYear() + '-' + pad(first.getMonth() + 1);
    months.push({label: ym, from: ym + '-01', to: ym + '-' + pad(last.getDate())});
  }
  return months;
}

function percent(rate) {
  return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
}

function shown(value) {
  return value === null ? '—' : value + '%';
}

/** Complaint on-time initial response and feedback rates per month: a line chart and the same numbers in a table. */
async function complaintRates(node) {
  node.className = 'crmflow-kpi crmflow-kpi-complaints';
  node.innerHTML = '<h3>投诉按时响应率与按时反馈率（近' + MONTHS + '个月）</h3>'
    + '<div class="crmflow-kpi-status">正在读取……</div>'
    + '<div class="crmflow-kpi-chart" style="width:100%;height:320px"></div>'
    + '<table class="table table-condensed crmflow-kpi-table"><thead><tr><th>月份</th><th>投诉数</th>'
    + '<th>按时响应率</th><th>按时反馈率</th></tr></thead><tbody></tbody></table>';
  const status = node.querySelector('.crmflow-kpi-status');
  try {
    const months = lastMonths();
    const figures = await Promise.all(months.map(m =>
      getJson('api/kpis/complaints?from=' + m.from + '&to=' + m.to)));
    const response = figures.map(f => percent(f.onTimeInitialResponseRate));
    const feedback = figures.map(f => percent(f.onTimeFeedbackRate));
    node.querySelector('tbody').innerHTML = months.map((m, i) =>
      '<tr data-month="' + m.label + '"><td>' + m.label + '</td><td class="total">' + figures[i].total
      + '</td><td class="response">' + shown(response[i]) + '</td><td class="feedback">' + shown(feedback[i])
      + '</td></tr>').join('');
    const echarts = await loadEcharts();
    const chartNode = node.querySelector('.crmflow-kpi-chart');
    const chart = echarts.init(chartNode);
    chart.setOption({
      tooltip: {trigger: 'axis', valueFormatter: v => (v === null || v === undefined ? '—' : v + '%')},
      legend: {data: ['按时响应率', '按时反馈率']},
      xAxis: {type: 'category', data: months.map(m => m.label)},
      yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
      series: [
        {name: '按时响应率', type: 'line', data: response, connectNulls: false, label: {show: true, formatter: '{c}%'}},
        {name: '按时反馈率', type: 'line', data: feedback, connectNulls: false, label: {show: true, formatter: '{c}%'}}
      ]
    });
    chartNode.crmflowChart = chart; // read back by the browser test
    status.textContent = '';
    status.setAttribute('data-loaded', 'true');
    return chart;
  } catch (e) {
    status.textContent = e.message;
    status.setAttribute('data-error', 'true');
    return null;
  }
}

/**
 * One figure: a heading, a status line, a chart and a table. {@code load} reads the API and returns
 * {option, rows, head} — the chart's ECharts option (or null for a table only), and the table's rows (arrays of
 * cells) under the header cells. A failure (e.g. 403 for a role that may not see the figure) is shown in the status
 * line, the other figures are not affected.
 */
async function figure(node, key, title, load, height = 300) {
  node.className = 'crmflow-kpi crmflow-kpi-' + key;
  node.innerHTML = '<h3>' + title + '</h3><div class="crmflow-kpi-status">正在读取……</div>'
    + '<div class="crmflow-kpi-chart" style="width:100%;height:' + height + 'px"></div>'
    + '<table class="table table-condensed crmflow-kpi-table"><thead></thead><tbody></tbody></table>';
  const status = node.querySelector('.crmflow-kpi-status');
  const chartNode = node.querySelector('.crmflow-kpi-chart');
  try {
    const shownData = await load();
    node.querySelector('thead').innerHTML = '<tr>' + shownData.head.map(h => '<th>' + esc(h) + '</th>').join('')
      + '</tr>';
    node.querySelector('tbody').innerHTML = shownData.rows.map(r => '<tr>' + r.map(c =>
      '<td>' + esc(c === null || c === undefined ? '—' : c) + '</td>').join('') + '</tr>').join('');
    if (!shownData.option) {
      chartNode.style.display = 'none';
      status.textContent = shownData.rows.length ? '' : '暂无数据';
      status.setAttribute('data-loaded', 'true');
      return null;
    }
    const echarts = await loadEcharts();
    const chart = echarts.init(chartNode);
    chart.setOption(shownData.option);
    chartNode.crmflowChart = chart; // read back by the browser test
    status.textContent = '';
    status.setAttribute('data-loaded', 'true');
    return chart;
  } catch (e) {
    chartNode.style.display = 'none';
    status.textContent = e.message;
    status.setAttribute('data-error', 'true');
    return null;
  }
}

function esc(value) {
  return String(value).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
}

function bars(labels, series, percentAxis = false) {
  return {
    tooltip: {trigger: 'axis'},
    legend: series.length > 1 ? {data: series.map(s => s.name)} : undefined,
    xAxis: {type: 'category', data: labels, axisLabel: {interval: 0, rotate: labels.length > 5 ? 20 : 0}},
    yAxis: percentAxis ? {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}}
      : {type: 'value', minInterval: 1},
    series: series.map(s => ({name: s.name, type: 'bar', data: s.data, label: {show: true,
      formatter: percentAxis ? (p => (p.value === null || p.value === undefined ? '' : p.value + '%')) : '{c}'}}))
  };
}

const FIGURES = [
  ['complaints', '投诉按时响应率与按时反馈率（近' + MONTHS + '个月）', null],
  ['open-complaints', '未结投诉（按超时级别）', async () => {
    const f = await getJson('api/kpis/complaints/open');
    return {head: ['超时级别', '投诉数'], rows: f.byBreachLevel.map(l => [l.label, l.count]),
      option: bars(f.byBreachLevel.map(l => l.label), [{name: '未结投诉', data: f.byBreachLevel.map(l => l.count)}])};
  }],
  ['satisfaction', '各客户负责人满意率（按季度，总体评分≥4分的占比）', async () => {
    const f = await getJson('api/kpis/satisfaction?quarters=4');
    const owners = [...new Set(f.quarters.flatMap(q => q.owners.map(o => o.owner)))].sort();
    const rate = (q, owner) => {
      const o = q.owners.find(x => x.owner === owner);
      return o && o.rate !== null ? Number(o.rate) : null;
    };
    const rows = [];
    f.quarters.forEach(q => q.owners.forEach(o => rows.push([q.label, o.owner, o.surveys, o.satisfied,
      o.rate === null ? null : o.rate + '%'])));
    return {head: ['季度', '客户负责人', '调查数', '满意数', '满意率'], rows,
      option: bars(f.quarters.map(q => q.quarter), owners.map(owner => ({name: owner,
        data: f.quarters.map(q => rate(q, owner))})), true)};
  }],
  ['grades', '客户等级分布与等级变化', async () => {
    const f = await getJson('api/kpis/grades?quarters=4');
    const names = {A: 'A 级', B: 'B 级', C: 'C 级', D: 'D 级', '': '未分级'};
    const rows = Object.entries(f.distribution).map(([g, n]) => ['当前', names[g], n]);
    f.changes.forEach(c => rows.push([c.label, '升级 / 降级 / 新增A级', c.upgrades + ' / ' + c.downgrades + ' / ' + c.newA]));
    return {head: ['时间', '等级', '客户数'], rows, option: {
      tooltip: {trigger: 'item'},
      legend: {top: 0},
      grid: {left: '45%'},
      xAxis: {type: 'category', data: f.changes.map(c => c.quarter), gridIndex: 0},
      yAxis: {type: 'value', minInterval: 1},
      series: [
        {name: '当前分布', type: 'pie', radius: '55%', center: ['20%', '55%'], label: {formatter: '{b}: {c}'},
          data: Object.entries(f.distribution).map(([g, n]) => ({name: names[g], value: n}))},
        {name: '升级', type: 'bar', data: f.changes.map(c => c.upgrades), label: {show: true}},
        {name: '降级', type: 'bar', data: f.changes.map(c => c.downgrades), label: {show: true}},
        {name: '新增A级', type: 'bar', data: f.changes.map(c => c.newA), label: {show: true}}
      ]}};
  }],
  ['overdue-visits', '逾期未完成的定期回访', async () => {
    const f = await getJson('api/kpis/return-visits/overdue');
    const owners = Object.keys(f.byOwner);
    const level = ['未提醒', '已提醒负责人', '已升级督办'];
    return {head: ['回访编号', '客户', '客户负责人', '应回访日期', '逾期天数', '状态'],
      rows: f.visits.map(v => [v.visitNumber, v.customerName, v.owner, v.dueDate, v.daysOverdue, level[v.level] || v.level]),
      option: owners.length ? bars(owners.map(o => o || '（无负责人）'),
        [{name: '逾期回访', data: owners.map(o => f.byOwner[o])}]) : null};
  }],
  ['projects', '项目阶段分布', async () => {
    const f = await getJson('api/kpis/projects');
    return {head: ['阶段', '项目数'], rows: f.stages.map(s => [s.label, s.count]),
      option: bars(f.stages.map(s => s.label), [{name: '项目数', data: f.stages.map(s => s.count)}])};
  }],
  ['expiring-agreements', '90天内到期的合作协议', async () => {
    const f = await getJson('api/kpis/agreements/expiring?days=90');
    return {head: ['协议编号', '协议名称', '客户', '客户负责人', '到期日', '剩余天数'],
      rows: f.agreements.map(a => [a.agreementNumber, a.title, a.customerName, a.owner, a.endDate, a.daysLeft]),
      option: null};
  }]
];

const charts = new WeakMap();

/** The dashboard shows the complaint figures and links to the page with all of them. */
const DASHBOARD = ['complaints', 'open-complaints'];

function mount(node, title, keys) {
  const shown = FIGURES.filter(([key]) => !keys || keys.includes(key));
  const section = document.createElement('section');
  section.className = 'crmflow-kpis';
  section.innerHTML = (title ? '<h2>' + title + '</h2>' : '')
    + (keys ? '<p><a href="#/crmflow-kpis">全部管理指标（满意率、客户等级、逾期回访、项目阶段、到期协议）</a></p>' : '')
    + shown.map(([key]) => '<div class="crmflow-kpi-' + key + '"></div>').join('');
  node.appendChild(section);
  const mounted = [];
  charts.set(node, mounted);
  shown.forEach(([key, heading, load]) => {
    const target = section.querySelector('.crmflow-kpi-' + key);
    const done = load ? figure(target, key, heading, load) : complaintRates(target);
    done.then(chart => {
      if (chart) {
        mounted.push(chart);
      }
    });
  });
}

function unmount(node) {
  (charts.get(node) || []).forEach(chart => chart.dispose());
  charts.delete(node);
}

export default [
  {
    id: 'crmflowKpiDashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: node => mount(node, '客户管理指标', DASHBOARD),
    unmount
  },
  {
    id: 'crmflowKpiRoute',
    pluginPoint: 'cockpit.route',
    properties: {path: '/crmflow-kpis', label: '/crmflow-kpis'},
    render: node => mount(node, '客户管理指标'),
    unmount
  },
  {
    id: 'crmflowKpiNavigation',
    pluginPoint: 'cockpit.navigation',
    priority: 9,
    properties: {path: '/crmflow-kpis'},
    render: node => {
      node.innerHTML = '<a href="#/crmflow-kpis">管理指标</a>';
    }
  }
];

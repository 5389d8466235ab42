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

/** The last MONTHS calendar months, oldest first, as {label, from, to} (to: the month's last day). */
function lastMonths(today = new Date()) {
  const months = [];
  for (let i = MONTHS - 1; i >= 0; i--) {
    const first = new Date(today.getFullYear(), today.getMonth() - i, 1);
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

const charts = new WeakMap();

function mount(node, title) {
  const section = document.createElement('section');
  section.className = 'crmflow-kpis';
  section.innerHTML = (title ? '<h2>' + title + '</h2>' : '') + '<div class="crmflow-kpi-complaints"></div>';
  node.appendChild(section);
  complaintRates(section.querySelector('.crmflow-kpi-complaints')).then(chart => {
    if (chart) {
      charts.set(node, chart);
    }
  });
}

function unmount(node) {
  const chart = charts.get(node);
  if (chart) {
    chart.dispose();
    charts.delete(node);
  }
}

export default [
  {
    id: 'crmflowKpiDashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: node => mount(node, '客户管理指标'),
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

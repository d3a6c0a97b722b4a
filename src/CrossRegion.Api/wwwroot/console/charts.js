// The console's charts: Apache ECharts (shipped by the Vizor.ECharts package) drawn as SVG from options the server
// sends as JSON — parsed, never evaluated, so the console's Content-Security-Policy needs no 'unsafe-eval'. Charts
// follow their container's width, also when the page is printed.
window.crCharts = {
  render: function (element, json, dotnet) {
    var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(JSON.parse(json), true);
    if (dotnet && !element.__crClick) {
      element.__crClick = true;
      chart.on('click', function (p) { if (typeof p.dataIndex === 'number') { dotnet.invokeMethodAsync('PointClicked', p.dataIndex); } });
    }
  },
  dispose: function (element) {
    var chart = element && echarts.getInstanceByDom(element);
    if (chart) { chart.dispose(); }
  }
};
(function () {
  function resizeAll() {
    document.querySelectorAll('[data-chart]').forEach(function (e) {
      var chart = echarts.getInstanceByDom(e);
      if (chart) { chart.resize(); }
    });
  }
  window.addEventListener('resize', resizeAll);
  window.addEventListener('beforeprint', resizeAll);
  window.addEventListener('afterprint', resizeAll);
})();

// Draws the estimates charts of report.html from the JSON in #chart-data (Chart.js, inlined).
(function () {
  'use strict';

  var VERDICTS = {
    agrees: { label: 'agrees', colour: '#2e7d32', style: 'circle', radius: 5 },
    contradiction: { label: 'contradiction', colour: '#c62828', style: 'crossRot', radius: 9 },
    warning: { label: 'warning', colour: '#b26a00', style: 'triangle', radius: 7 },
    unverifiable: { label: 'unverifiable', colour: '#546e7a', style: 'rectRot', radius: 6 },
    acknowledged: { label: 'acknowledged', colour: '#5e35b1', style: 'rect', radius: 6 }
  };
  // Drawing order (Chart.js draws a lower order last, on top): articles' points over the estimates'
  // lines and markers, which are over the bands.
  var ORDER = { claim: 0, estimate: 1, band: 2 };
  var DAY = 86400000;

  function isoDay(day) {
    return new Date(Math.round(day) * DAY).toISOString().slice(0, 10);
  }

  function number(n) {
    return Number(n).toLocaleString('en-US');
  }

  function translucent(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }

  // A source's later estimate revises its earlier ones, so its line and band are steps that hold
  // each estimate until the next one, and the source's first line holds its last one to the chart's
  // right edge (its other lines, such as "expected", stop at their last row).
  function steps(estimates, value, lastDay, named) {
    var points = estimates.map(function (e) { return named ? { x: e.day, y: value(e), estimate: e } : { x: e.day, y: value(e) }; });
    var last = estimates[estimates.length - 1];
    if (last && lastDay !== undefined && lastDay > last.day) {
      points.push({ x: lastDay, y: value(last) });
    }
    return points;
  }

  function onlyEstimates(radius) {
    return function (context) { return context.raw && context.raw.estimate ? radius : 0; };
  }

  // An open range ("up to 12,000", "at least 10,000") has no band: a triangle points the way it is open.
  function openStyle(context) {
    return context.raw && context.raw.estimate && context.raw.estimate.open ? 'triangle' : 'circle';
  }

  function openRotation(context) {
    return context.raw && context.raw.estimate && context.raw.estimate.open === 'below' ? 180 : 0;
  }

  function sourceDatasets(series, group, lastDay) {
    var colour = series.colour;
    var edge = series.lane === 0 ? lastDay : undefined;
    var band = { type: 'line', role: 'band', group: group, order: ORDER.band, stepped: 'before', borderWidth: 0,
      pointRadius: 0, pointHitRadius: 0 };
    return [
      Object.assign({}, band, {
        label: series.label + ' low', fill: false,
        data: steps(series.estimates, function (e) { return e.bandLow; }, edge, false)
      }),
      Object.assign({}, band, {
        label: series.label + ' high', fill: '-1', backgroundColor: translucent(colour, 0.13),
        data: steps(series.estimates, function (e) { return e.bandHigh; }, edge, false)
      }),
      {
        type: 'line', role: 'estimate', group: group, order: ORDER.estimate, label: series.label, stepped: 'before',
        borderColor: colour, backgroundColor: colour, borderWidth: 2, borderDash: series.lane === 0 ? [] : [6, 4],
        pointRadius: onlyEstimates(4), pointHoverRadius: onlyEstimates(6), pointHitRadius: onlyEstimates(4),
        pointStyle: openStyle, pointRotation: openRotation,
        data: steps(series.estimates, function (e) { return e.value; }, edge, true)
      }
    ];
  }

  function claimDatasets(claims, firstGroup) {
    var sets = [];
    Object.keys(VERDICTS).forEach(function (verdict, i) {
      var points = claims.filter(function (c) { return c.verdict === verdict; });
      if (points.length === 0) {
        return;
      }
      var look = VERDICTS[verdict];
      sets.push({
        type: 'scatter', role: 'claim', group: firstGroup + i, order: ORDER.claim, label: 'articles: ' + look.label,
        pointStyle: look.style, pointRadius: look.radius, pointHoverRadius: look.radius + 2,
        pointBorderWidth: verdict === 'contradiction' ? 3 : 1,
        borderColor: look.colour, backgroundColor: translucent(look.colour, 0.55),
        data: points.map(function (c) { return { x: c.day, y: c.value, claim: c }; })
      });
    });
    return sets;
  }

  function tooltipLines(context) {
    var raw = context.raw;
    if (raw.claim) {
      var c = raw.claim;
      return [c.article, '\u201c' + c.words + '\u201d',
        c.verdict + ': ' + c.interval + (c.source ? ', according to ' + c.source : ', no source named')];
    }
    var e = raw.estimate;
    var lines = [context.dataset.label + ': ' + e.count + ' (' + e.interval + ')'];
    if (e.note) {
      lines.push(e.note);
    }
    lines.push(e.fact);
    return lines;
  }

  function range(chart) {
    var days = [];
    chart.sources.forEach(function (s) { s.estimates.forEach(function (e) { days.push(e.day); }); });
    chart.claims.forEach(function (c) { days.push(c.day); });
    if (days.length === 0) {
      return { min: undefined, max: undefined };
    }
    var low = Math.min.apply(null, days);
    var high = Math.max.apply(null, days);
    return { min: low - 2, max: high + 2 };
  }

  function draw(canvas, chart) {
    var days = range(chart);
    var sets = [];
    chart.sources.forEach(function (series, i) { sets = sets.concat(sourceDatasets(series, i, days.max)); });
    sets = sets.concat(claimDatasets(chart.claims, chart.sources.length));
    return new Chart(canvas, {
      data: { datasets: sets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: true },
        scales: {
          x: {
            type: 'linear', min: days.min, max: days.max,
            title: { display: true, text: 'date (estimates as of; articles as published)' },
            ticks: { callback: isoDay, maxRotation: 0, autoSkipPadding: 24 }
          },
          y: {
            type: 'linear', beginAtZero: true, max: chart.ceiling,
            title: { display: true, text: chart.subject },
            ticks: { callback: number }
          }
        },
        plugins: {
          legend: {
            labels: { filter: function (item, data) { return data.datasets[item.datasetIndex].role !== 'band'; } },
            onClick: function (event, item, legend) {
              var target = legend.chart.data.datasets[item.datasetIndex];
              var show = !legend.chart.isDatasetVisible(item.datasetIndex);
              legend.chart.data.datasets.forEach(function (d, i) {
                if (d.group === target.group) {
                  legend.chart.setDatasetVisibility(i, show);
                }
              });
              legend.chart.update();
            }
          },
          tooltip: {
            filter: function (item) { return Boolean(item.raw.estimate || item.raw.claim); },
            callbacks: {
              title: function (items) { return items.length ? isoDay(items[0].raw.x) : ''; },
              label: tooltipLines
            }
          }
        },
        onClick: function (event, elements, drawn) {
          elements.some(function (el) {
            var raw = drawn.data.datasets[el.datasetIndex].data[el.index];
            if (raw.claim) {
              window.location.hash = raw.claim.anchor;
              return true;
            }
            return false;
          });
        }
      }
    });
  }

  var source = document.getElementById('chart-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  Array.prototype.forEach.call(document.querySelectorAll('canvas.estimates'), function (canvas) {
    var chart = data.charts[Number(canvas.getAttribute('data-chart'))];
    if (chart) {
      draw(canvas, chart);
    }
  });
}());

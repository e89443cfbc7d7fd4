package main

import (
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/summitbot/summitbot/bot"
)

// metrics are summitbot's Prometheus metrics, on a registry of their own.
type metrics struct {
	reg          *prometheus.Registry
	interactions *prometheus.CounterVec
	latency      *prometheus.HistogramVec
	refusals     prometheus.Counter
	reindexRuns  prometheus.Counter
	reindexFails prometheus.Counter
}

// newMetrics registers the metrics; passages reads the live index's passage count (0 before the
// index is loaded).
func newMetrics(passages func() int) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		interactions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "summitbot_interactions_total",
			Help: "Interactions handled, by command and outcome (answered, refused, error).",
		}, []string{"command", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "summitbot_interaction_duration_seconds",
			Help:    "Time from receiving an interaction to sending its response.",
			Buckets: []float64{0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5},
		}, []string{"command"}),
		refusals: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "summitbot_refusals_total",
			Help: "Questions the report does not cover (and other refusals).",
		}),
		reindexRuns: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "summitbot_reindex_runs_total",
			Help: "Index refreshes attempted (/reindex).",
		}),
		reindexFails: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "summitbot_reindex_failures_total",
			Help: "Index refreshes that kept the old index because a report failed to load.",
		}),
	}
	gauge := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "summitbot_index_passages",
		Help: "Passages in the live index.",
	}, func() float64 { return float64(passages()) })
	m.reg.MustRegister(m.interactions, m.latency, m.refusals, m.reindexRuns, m.reindexFails, gauge,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// hooks feed the metrics from the bot's transports.
func (m *metrics) hooks() bot.Hooks {
	return bot.Hooks{
		Interaction: func(command, outcome string, took time.Duration) {
			m.interactions.WithLabelValues(command, outcome).Inc()
			m.latency.WithLabelValues(command).Observe(took.Seconds())
			if outcome == "refused" {
				m.refusals.Inc()
			}
		},
	}
}

// observeRefresh counts a refresh that ran.
func (m *metrics) observeRefresh(rep bot.RefreshReport) {
	m.reindexRuns.Inc()
	if !rep.Applied {
		m.reindexFails.Inc()
	}
}

// health is the process's readiness: ready once the index is loaded (and, for the gateway, once
// Discord's Ready event arrived), not ready again while shutting down.
type health struct {
	ready, stopping atomic.Bool
}

// ServeHTTP answers GET /healthz: 200 "ok" when ready, else 503 with the reason.
func (h *health) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	switch {
	case h.stopping.Load():
		http.Error(w, "shutting down", http.StatusServiceUnavailable)
	case !h.ready.Load():
		http.Error(w, "starting", http.StatusServiceUnavailable)
	default:
		w.Write([]byte("ok\n"))
	}
}

// opsMux serves /healthz and /metrics.
func opsMux(h *health, m *metrics) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", h)
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	return mux
}

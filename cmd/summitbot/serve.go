package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/summitbot/summitbot/bot"
)

// Server timeouts for the HTTP endpoint. Discord expects the first response within 3 s; the write
// timeout leaves room for that.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 10 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 20 * time.Second
)

// listen starts an HTTP server with summitbot's timeouts on addr, returning once it listens.
func listen(addr string, h http.Handler, log *slog.Logger) (*http.Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listening on %s: %w", addr, err)
	}
	srv := &http.Server{Addr: ln.Addr().String(), Handler: h, ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout: readTimeout, WriteTimeout: writeTimeout, IdleTimeout: idleTimeout,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	go func() {
		if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
			log.Error("http server", "addr", srv.Addr, "err", err)
		}
	}()
	return srv, nil
}

// shutdown stops srv gracefully: no new connections, requests in flight finish.
func shutdown(srv *http.Server, log *slog.Logger) {
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		log.Warn("http shutdown", "addr", srv.Addr, "err", err)
	}
}

func cmdServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", "", "directory of reports (default: CORPUS_DIR, else the embedded report)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	cfg, err := readConfig(getenv, false, true)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))

	// Listen first, so /healthz answers 503 while the index loads.
	h := &health{}
	var live atomic.Pointer[bot.Bot]
	m := newMetrics(func() int {
		if b := live.Load(); b != nil {
			return b.Index().Stats().Passages
		}
		return 0
	})
	var endpoint atomic.Pointer[bot.HTTPEndpoint]
	mux := opsMux(h, m)
	mux.HandleFunc("/interactions", func(w http.ResponseWriter, r *http.Request) {
		ep := endpoint.Load()
		if ep == nil || h.stopping.Load() {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		ep.ServeHTTP(w, r)
	})
	srv, err := listen(cfg.ListenAddr, mux, log)
	if err != nil {
		return err
	}
	b, refresher, err := openServing(*dir, getenv, stderr, log)
	if err != nil {
		shutdown(srv, log)
		return err
	}
	defer b.Index().Close()
	b.OnRefresh(m.observeRefresh)
	defer refresher.stop()
	go refresher.watch(ctx, b, cfg.RefreshInterval)
	live.Store(b)
	ep, err := bot.NewHTTPEndpoint(b, bot.HTTPConfig{PublicKey: cfg.PublicKey, Token: cfg.Token, AdminIDs: cfg.AdminIDs,
		APIURL: cfg.APIURL, Logger: log, Hooks: m.hooks()})
	if err != nil {
		shutdown(srv, log)
		return err
	}
	endpoint.Store(ep)
	h.ready.Store(true)
	st := b.Index().Stats()
	log.Info("serving interactions", "addr", srv.Addr, "path", "/interactions", "passages", st.Passages, "index_took", st.BuildTook)
	fmt.Fprintf(stdout, "summitbot: serving POST http://%s/interactions, GET /healthz, GET /metrics\n", srv.Addr)

	<-ctx.Done()
	h.stopping.Store(true)
	log.Info("shutting down")
	shutdown(srv, log)
	drainCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := ep.Drain(drainCtx); err != nil {
		log.Warn("gave up waiting for deferred work", "err", err)
	}
	log.Info("stopped")
	return nil
}

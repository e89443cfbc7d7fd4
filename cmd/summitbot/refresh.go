package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/summitbot/summitbot/bot"
)

// refresher keeps a long-running transport's index current (watchRefresh).
type refresher struct {
	src         source
	fingerprint string // of the corpus the live index was loaded from
	hup         chan os.Signal
	log         *slog.Logger
}

// openServing opens the bot for run and serve. SIGHUP is taken first, so a replica that is still
// loading does not die of one; the corpus fingerprint is taken before the corpus is loaded, so a
// change during the load is seen later.
func openServing(dir string, getenv func(string) string, stderr io.Writer, log *slog.Logger) (*bot.Bot, *refresher, error) {
	r := &refresher{src: corpusSource(dir, getenv), hup: make(chan os.Signal, 1), log: log}
	signal.Notify(r.hup, syscall.SIGHUP)
	r.fingerprint, _ = r.src.fingerprint()
	b, err := openBot(dir, getenv, stderr, logProgress(log))
	if err != nil {
		r.stop()
		return nil, nil, err
	}
	return b, r, nil
}

// watch runs watchRefresh until ctx ends.
func (r *refresher) watch(ctx context.Context, b *bot.Bot, interval time.Duration) {
	watchRefresh(ctx, b, r.src, r.fingerprint, interval, r.hup, r.log)
}

// stop releases SIGHUP.
func (r *refresher) stop() { signal.Stop(r.hup) }

// watchRefresh keeps every replica's index current without an interaction reaching it: it
// refreshes b when hup delivers (SIGHUP) and, with interval > 0, whenever the corpus fingerprint
// differs from last (taken before the live index's corpus was loaded). It returns when ctx ends.
// Each refresh is logged like /reindex.
func watchRefresh(ctx context.Context, b *bot.Bot, src source, last string, interval time.Duration, hup <-chan os.Signal, log *slog.Logger) {
	var tick <-chan time.Time
	if interval > 0 {
		t := time.NewTicker(interval)
		defer t.Stop()
		tick = t.C
	}
	for {
		why := ""
		select {
		case <-ctx.Done():
			return
		case <-hup:
			why = "SIGHUP"
		case <-tick:
			fp, err := src.fingerprint()
			if err != nil {
				log.Warn("corpus fingerprint", "err", err)
				continue
			}
			if fp == last {
				continue
			}
			why = "corpus changed"
		}
		fp, _ := src.fingerprint() // before loading, so a change during the load is seen next time
		rep, err := b.Refresh(ctx, nil)
		switch {
		case err != nil:
			log.Error("refresh", "why", why, "err", err)
		default:
			if rep.Applied || len(rep.Problems) > 0 { // a bad corpus is not retried until it changes again
				last = fp
			}
			log.Info("refresh", "why", why, "applied", rep.Applied, "passages", rep.Passages, "took", rep.Took,
				"summary", strings.Join(rep.Lines(), " | "))
		}
	}
}

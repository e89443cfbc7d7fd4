package main

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/summitbot/summitbot/bot"
)

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

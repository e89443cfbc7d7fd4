package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/summitbot/summitbot/corpus"
)

// RefreshReport says what a refresh changed.
type RefreshReport struct {
	Problems        []error  // bad files (the live index is kept when there are any)
	ReportsAdded    []string // report IDs
	ReportsRemoved  []string
	SectionsAdded   []string // "report: heading"
	SectionsRemoved []string
	SectionsChanged []string
	Passages        int           // passages in the new index
	Took            time.Duration // load and build
	Applied         bool          // the new index is live
}

// ErrRefreshRunning is returned by Refresh while another refresh runs.
var ErrRefreshRunning = fmt.Errorf("bot: a refresh is already running")

// Refresh reloads the corpus and, if every report loads, builds a new index beside the live one
// and swaps it in atomically; searches keep running on the old index meanwhile. If any report
// fails to load, the live index stays as it was and the report lists the problems. Only one
// refresh runs at a time: a second gets ErrRefreshRunning. progress may be nil (see
// index.Options.Progress).
func (b *Bot) Refresh(ctx context.Context, progress func(done, total int)) (RefreshReport, error) {
	if b.load == nil {
		return RefreshReport{}, fmt.Errorf("bot: refresh: no corpus loader configured")
	}
	if !b.refreshing.TryLock() {
		return RefreshReport{}, ErrRefreshRunning
	}
	defer b.refreshing.Unlock()
	if err := ctx.Err(); err != nil { // checked before, never after: a swapped index is a success
		return RefreshReport{}, err
	}
	rep, err := b.refresh(progress)
	if f := b.onRefresh.Load(); f != nil && (err == nil || len(rep.Problems) > 0) {
		(*f)(rep)
	}
	return rep, err
}

func (b *Bot) refresh(progress func(done, total int)) (RefreshReport, error) {
	start := time.Now()
	c, problems, err := b.load()
	rep := RefreshReport{Problems: problems}
	if err != nil {
		rep.Took = time.Since(start)
		if len(problems) > 0 {
			return rep, nil
		}
		return rep, err
	}
	if len(problems) > 0 {
		rep.Took = time.Since(start)
		return rep, nil
	}
	diff(b.index.Corpus(), c, &rep)
	st, err := b.index.Replace(c, progress)
	if err != nil {
		return rep, err
	}
	rep.Passages, rep.Applied, rep.Took = st.Passages, true, time.Since(start)
	return rep, nil
}

// diff fills the added, removed and changed lists of rep.
func diff(old, cur *corpus.Corpus, rep *RefreshReport) {
	type sec struct{ report, heading string }
	index := func(c *corpus.Corpus) (map[string]bool, map[sec]string) {
		reports, sections := map[string]bool{}, map[sec]string{}
		if c == nil {
			return reports, sections
		}
		for _, r := range c.Reports {
			reports[r.ID] = true
			for _, s := range r.Sections {
				sections[sec{r.ID, s.Heading}] = s.Text()
			}
		}
		return reports, sections
	}
	oldR, oldS := index(old)
	newR, newS := index(cur)
	for _, id := range sortedKeys(newR) {
		if !oldR[id] {
			rep.ReportsAdded = append(rep.ReportsAdded, id)
		}
	}
	for _, id := range sortedKeys(oldR) {
		if !newR[id] {
			rep.ReportsRemoved = append(rep.ReportsRemoved, id)
		}
	}
	name := func(s sec) string { return s.report + ": " + s.heading }
	if cur != nil {
		for _, r := range cur.Reports {
			for _, s := range r.Sections {
				k := sec{r.ID, s.Heading}
				if t, ok := oldS[k]; !ok {
					rep.SectionsAdded = append(rep.SectionsAdded, name(k))
				} else if t != newS[k] {
					rep.SectionsChanged = append(rep.SectionsChanged, name(k))
				}
			}
		}
	}
	if old != nil {
		for _, r := range old.Reports {
			for _, s := range r.Sections {
				if _, ok := newS[sec{r.ID, s.Heading}]; !ok {
					rep.SectionsRemoved = append(rep.SectionsRemoved, name(sec{r.ID, s.Heading}))
				}
			}
		}
	}
}

// Lines renders the report as short lines for a reply.
func (r RefreshReport) Lines() []string {
	var out []string
	if !r.Applied {
		out = append(out, "The index was NOT refreshed: the live index is unchanged.")
		for _, p := range r.Problems {
			out = append(out, "Problem: "+p.Error())
		}
		return out
	}
	list := func(label string, xs []string) {
		if len(xs) > 0 {
			out = append(out, fmt.Sprintf("%s (%d): %s", label, len(xs), strings.Join(xs, "; ")))
		}
	}
	out = append(out, fmt.Sprintf("Index refreshed: %d passages, built in %s.", r.Passages, r.Took.Round(time.Millisecond/10)))
	list("Reports added", r.ReportsAdded)
	list("Reports removed", r.ReportsRemoved)
	list("Sections added", r.SectionsAdded)
	list("Sections removed", r.SectionsRemoved)
	list("Sections changed", r.SectionsChanged)
	if len(r.ReportsAdded)+len(r.ReportsRemoved)+len(r.SectionsAdded)+len(r.SectionsRemoved)+len(r.SectionsChanged) == 0 {
		out = append(out, "No section changed.")
	}
	return out
}

func reindex(ctx context.Context, b *Bot, _ Command, in Invocation) (Reply, error) {
	rep, err := b.Refresh(ctx, in.Progress)
	if err == ErrRefreshRunning {
		return Reply{Kind: KindInfo, Ephemeral: true, Reason: "A refresh is already running; try again when it finishes."}, nil
	}
	if err != nil {
		return Reply{}, err
	}
	return Reply{Kind: KindInfo, Ephemeral: true, Answered: rep.Applied, Title: "Reindex", Lines: rep.Lines()}, nil
}

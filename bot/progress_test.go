package bot

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// recorder is a responder that records what it is asked to send.
type recorder struct {
	mu    sync.Mutex
	edits []string
}

func (r *recorder) respond(*discordgo.Interaction, any) error { return nil }

func (r *recorder) edit(_ *discordgo.Interaction, d *discordgo.InteractionResponseData) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.edits = append(r.edits, d.Content)
	return nil
}

func (r *recorder) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.edits...)
}

func TestProgressEditsAreThrottledAndStopAtFinish(t *testing.T) {
	rec := &recorder{}
	const every = 50 * time.Millisecond
	p := newProgressEditor(rec, &discordgo.Interaction{ID: "1"}, every)
	start := time.Now()
	for done := 0; done < 1000; done++ { // a fast build: far more updates than edits
		p.update(done, 1000)
		if done%100 == 0 {
			time.Sleep(20 * time.Millisecond)
		}
	}
	p.finish()
	took := time.Since(start)
	edits := rec.all()
	if most := int(took/every) + 1; len(edits) == 0 || len(edits) > most {
		t.Fatalf("%d progress edits in %s at one per %s (at most %d): %q", len(edits), took, every, most, edits)
	}
	if !strings.Contains(edits[0], "Rebuilding the index:") || !strings.Contains(edits[0], "of 1000 passages") {
		t.Errorf("edit = %q", edits[0])
	}
	p.update(999, 1000) // after finish: nothing more
	time.Sleep(100 * time.Millisecond)
	if got := len(rec.all()); got != len(edits) {
		t.Errorf("%d edits after finish", got-len(edits))
	}
	p.finish() // idempotent
	var nilEditor *progressEditor
	nilEditor.finish()
}

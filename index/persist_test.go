package index

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/summitbot/summitbot/corpus"
)

func TestPersistedIndexIsReused(t *testing.T) {
	dir := t.TempDir()
	c := embedded(t)
	var calls, last, total int
	ix, err := Open(c, Options{Dir: dir, Progress: func(d, n int) { calls++; last, total = d, n }})
	if err != nil {
		t.Fatal(err)
	}
	st := ix.Stats()
	if st.Reused || st.Dir == "" || calls == 0 || last != total || total != 17 {
		t.Errorf("first open: %+v, progress calls %d last %d/%d", st, calls, last, total)
	}
	want := mustSearch(t, ix, Request{Text: "Who is Lavrov?"})
	ix.Close()

	ix, err = Open(embedded(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if st2 := ix.Stats(); !st2.Reused || st2.Dir != st.Dir || st2.Terms != st.Terms || st2.Passages != 17 {
		t.Errorf("second open did not reuse: %+v (first %+v)", st2, st)
	}
	got := mustSearch(t, ix, Request{Text: "Who is Lavrov?"})
	if len(got.Passages) == 0 || got.Passages[0].Highlight != want.Passages[0].Highlight || got.Passages[0].Score != want.Passages[0].Score {
		t.Errorf("reused index answers differently:\n%+v\n%+v", got.Passages, want.Passages)
	}
}

func TestPersistedIndexRebuildsWhenTheCorpusChanges(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(embedded(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	first := ix.Stats().Dir
	ix.Close()
	c := embedded(t)
	extra, _ := corpus.Parse("extra.txt", []byte("Aftermath\nAnalysts debated the summit for weeks."))
	c.Reports = append(c.Reports, extra)
	ix, err = Open(c, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	st := ix.Stats()
	if st.Reused || st.Dir == first || st.Reports != 2 {
		t.Errorf("changed corpus: %+v", st)
	}
	if _, err := os.Stat(first); !os.IsNotExist(err) {
		t.Errorf("the old index %s was not removed: %v", first, err)
	}
	if res := mustSearch(t, ix, Request{Text: "analysts debated"}); !res.Answered || res.Passages[0].Heading != "Aftermath" {
		t.Errorf("new report not searchable: %+v", res)
	}
}

func TestSecondProcessFailsFast(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(embedded(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	start := time.Now()
	_, err = Open(embedded(t), Options{Dir: dir}) // flock is per open file, so this acts as another process
	if err == nil || !strings.Contains(err.Error(), "in use by another summitbot process") {
		t.Fatalf("second open: %v", err)
	}
	if time.Since(start) > time.Second {
		t.Errorf("second open took %s", time.Since(start))
	}
}

// TestInterruptedBuildIsNeverUsed leaves what a crash leaves: a half-written build directory and a
// "current" naming an index that is not there. The next start cleans up and rebuilds.
func TestInterruptedBuildIsNeverUsed(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "build-crashed", "store"), 0o755)
	os.WriteFile(filepath.Join(dir, "build-crashed", "store", "junk.zap"), []byte("half a segment"), 0o644)
	os.WriteFile(filepath.Join(dir, "current"), []byte("idx-missing-1\n"), 0o644)
	ix, err := Open(embedded(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if st := ix.Stats(); st.Reused || st.Passages != 17 {
		t.Errorf("stats %+v", st)
	}
	if _, err := os.Stat(filepath.Join(dir, "build-crashed")); !os.IsNotExist(err) {
		t.Error("the interrupted build was not removed")
	}
	if res := mustSearch(t, ix, Request{Text: "Was there a ceasefire?"}); !res.Answered {
		t.Error("not answering after recovery")
	}
}

func TestPersistedReplaceUnderSearch(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(embedded(t), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	first := ix.Stats().Dir
	done := make(chan error)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for ctx.Err() == nil {
			if res, err := ix.Search(context.Background(), Request{Text: "Lavrov"}); err != nil || !res.Answered {
				done <- err
				return
			}
		}
		done <- nil
	}()
	c := embedded(t)
	extra, _ := corpus.Parse("extra.txt", []byte("Aftermath\nAnalysts debated the summit for weeks."))
	c.Reports = append(c.Reports, extra)
	st, err := ix.Replace(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("search during replace: %v", err)
	}
	if st.Dir == first || st.Reports != 2 {
		t.Errorf("after replace: %+v", st)
	}
	if _, err := os.Stat(first); !os.IsNotExist(err) {
		t.Error("the replaced index directory was not removed")
	}
	current, _ := os.ReadFile(filepath.Join(dir, "current"))
	if strings.TrimSpace(string(current)) != filepath.Base(st.Dir) {
		t.Errorf("current = %q, want %q", current, filepath.Base(st.Dir))
	}
}

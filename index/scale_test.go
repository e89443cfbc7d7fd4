package index

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/synthcorpus"
)

// synthetic builds an in-memory corpus of about n passages: the real report plus synthetic ones
// (internal/synthcorpus, seed 1).
func synthetic(tb testing.TB, n int) *corpus.Corpus {
	tb.Helper()
	c := &corpus.Corpus{}
	_, err := synthcorpus.Generate(synthcorpus.Options{Passages: n, Seed: 1}, func(name string, data []byte) error {
		r, err := corpus.Parse(name, data)
		if err != nil {
			return err
		}
		c.Reports = append(c.Reports, r)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// BenchmarkBuildScale reports build throughput at 1k, 10k and 100k passages (target at 100k:
// 20,000 passages/s).
func BenchmarkBuildScale(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		c := synthetic(b, n)
		b.Run(fmt.Sprintf("passages=%d", n), func(b *testing.B) {
			for b.Loop() {
				ix, err := New(c)
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
		})
	}
}

// BenchmarkSearchScale runs the evaluation questions on corpora of 1k, 10k and 100k passages and
// reports p50 and p99 per search (target at 100k: p99 under 10 ms).
func BenchmarkSearchScale(b *testing.B) {
	qs := evalQuestions(b)
	for _, n := range []int{1000, 10000, 100000} {
		ix, err := New(synthetic(b, n))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("passages=%d", n), func(b *testing.B) {
			lat := make([]time.Duration, 0, 1<<14)
			i := 0
			for b.Loop() {
				start := time.Now()
				if _, err := ix.Search(context.Background(), Request{Text: qs[i%len(qs)]}); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
				i++
			}
			reportPercentiles(b, lat)
		})
		ix.Close()
	}
}

// BenchmarkWarmStart opens a persisted index of 100k passages built from the same corpus (target
// with corpus loading: under 1 s; this measures the index part).
func BenchmarkWarmStart(b *testing.B) {
	c := synthetic(b, 100000)
	dir := b.TempDir()
	ix, err := Open(c, Options{Dir: dir})
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	b.ResetTimer()
	for b.Loop() {
		ix, err := Open(c, Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		if !ix.Stats().Reused {
			b.Fatal("not reused")
		}
		ix.Close()
	}
}

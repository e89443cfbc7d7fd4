package index

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"sort"
	"testing"
	"time"
)

// BenchmarkBuild measures building the index of the embedded report (load excluded).
func BenchmarkBuild(b *testing.B) {
	c := embedded(b)
	b.ReportAllocs()
	for b.Loop() {
		ix, err := New(c)
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	b.ReportMetric(float64(len(c.Passages())), "passages")
}

// evalQuestions reads the questions of the evaluation file, as a realistic query mix.
func evalQuestions(b *testing.B) []string {
	f, err := os.Open("../bot/testdata/eval/questions.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c struct{ Q string }
		if json.Unmarshal(sc.Bytes(), &c) == nil && c.Q != "" {
			qs = append(qs, c.Q)
		}
	}
	return qs
}

// BenchmarkSearch runs the evaluation questions round-robin and reports p50 and p99 latency per
// search (target: p99 under 1 ms on the report).
func BenchmarkSearch(b *testing.B) {
	ix := newIndex(b)
	qs := evalQuestions(b)
	lat := make([]time.Duration, 0, 1<<16)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := ix.Search(ctx, Request{Text: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		i++
	}
	reportPercentiles(b, lat)
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

package corpus

import (
	"os"
	"testing"
)

// BenchmarkLoadDir loads a directory of reports; set SUMMITBOT_BENCH_CORPUS to one (for example
// a synthetic corpus from cmd/gencorpus), else the embedded report is used.
func BenchmarkLoadDir(b *testing.B) {
	dir := os.Getenv("SUMMITBOT_BENCH_CORPUS")
	for b.Loop() {
		var err error
		if dir == "" {
			_, _, err = Load(Embedded())
		} else {
			_, _, err = LoadDir(dir)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}

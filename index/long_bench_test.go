package index

import (
	"context"
	"strings"
	"testing"
)

// BenchmarkSearchLong measures one search of a 6,000-character message (Discord's longest
// option), the worst case for the question reader.
func BenchmarkSearchLong(b *testing.B) {
	ix := newIndex(b)
	words := strings.Fields("which territory specificaly actualy did russia want ukraine to give up in the talks about the ceasefire and drones why kind of")
	var sb strings.Builder
	for i := 0; sb.Len() < 6000; i++ {
		sb.WriteString(words[(i*7)%len(words)])
		sb.WriteByte(' ')
	}
	q := sb.String()[:6000]
	b.ResetTimer()
	for b.Loop() {
		if _, err := ix.Search(context.Background(), Request{Text: q}); err != nil {
			b.Fatal(err)
		}
	}
}

package bot

import (
	"context"
	"os"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/synthcorpus"
)

// TestEvalAtScale buries the report in 10,000 synthetic passages of other news: the in-scope
// evaluation questions must still find the report's passages first, at the target set for the
// report alone (38/40). bench/scale.sh measures the same at 100,000 passages.
func TestEvalAtScale(t *testing.T) {
	c := &corpus.Corpus{}
	if _, err := synthcorpus.Generate(synthcorpus.Options{Passages: 10000, Seed: 1}, func(name string, data []byte) error {
		r, err := corpus.Parse(name, data)
		if err == nil {
			c.Reports = append(c.Reports, r)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(c, index.Options{Topic: DefaultTopic})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	f, err := os.Open("testdata/eval/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := ReadEvalCases(f)
	if err != nil {
		t.Fatal(err)
	}
	var inScope []EvalCase
	for _, c := range all {
		if len(c.Expect) > 0 {
			inScope = append(inScope, c)
		}
	}
	sum, misses, err := New(ix, nil, "test").Evaluate(context.Background(), inScope)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("10k passages: %s", sum)
	if sum.Top1 < 38 || sum.FalseRefusals > 1 {
		t.Errorf("at 10k passages: %s, want top1 ≥ 38/40 and at most 1 false refusal", sum)
		for _, m := range misses {
			t.Log(m)
		}
	}
}

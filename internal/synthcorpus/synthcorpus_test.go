package synthcorpus

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
)

// generate builds a corpus in memory, keyed by file name, plus the names in emit order.
func generate(t testing.TB, opt Options) (map[string][]byte, []string, Stats) {
	t.Helper()
	files := map[string][]byte{}
	var names []string
	st, err := Generate(opt, func(name string, data []byte) error {
		if _, dup := files[name]; dup {
			t.Fatalf("file %s emitted twice", name)
		}
		files[name] = data
		names = append(names, name)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, names, st
}

func TestDeterministic(t *testing.T) {
	opt := Options{Passages: 3000, Seed: 7}
	a, an, sa := generate(t, opt)
	b, bn, sb := generate(t, opt)
	if sa != sb || len(an) != len(bn) {
		t.Fatalf("stats differ: %+v vs %+v", sa, sb)
	}
	for i, name := range an {
		if bn[i] != name || !bytes.Equal(a[name], b[name]) {
			t.Fatalf("file %d (%s) differs between runs", i, name)
		}
	}
	c, _, _ := generate(t, Options{Passages: 3000, Seed: 8})
	if bytes.Equal(a["synth-00001.txt"], c["synth-00001.txt"]) {
		t.Error("seeds 7 and 8 gave the same first report")
	}
}

func TestRealReportEmbedded(t *testing.T) {
	files, names, _ := generate(t, Options{Passages: 100, Seed: 1})
	if names[0] != RealReportName {
		t.Fatalf("first file %s, want %s", names[0], RealReportName)
	}
	r, err := corpus.Parse(RealReportName, files[RealReportName])
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range r.Sections {
		n += len(s.Sentences)
	}
	if len(r.Sections) != realSections || n != realPassages {
		t.Errorf("real report has %d sections, %d passages; constants say %d, %d",
			len(r.Sections), n, realSections, realPassages)
	}
}

// TestParses checks every file parses and the parser's sentence count matches Stats exactly, and
// that the total is within 1% of the requested passages.
func TestParses(t *testing.T) {
	for _, tc := range []struct {
		passages, perSection, perReport int
	}{{1000, 0, 0}, {10000, 0, 0}, {2500, 1, 3}, {5000, 9, 20}} {
		opt := Options{Passages: tc.passages, Seed: 1, SentencesPerSection: tc.perSection,
			SectionsPerReport: tc.perReport}
		files, names, st := generate(t, opt)
		var sections, passages int
		var size int64
		for _, name := range names {
			r, err := corpus.Parse(name, files[name])
			if err != nil {
				t.Fatalf("%+v: %v", opt, err)
			}
			if name != RealReportName && (r.Title == "" || r.Date == "") {
				t.Errorf("%s: title %q, date %q", name, r.Title, r.Date)
			}
			sections += len(r.Sections)
			for _, s := range r.Sections {
				passages += len(s.Sentences)
				if name != RealReportName && s.Heading == corpus.OverviewHeading {
					t.Errorf("%s: unexpected Overview section", name)
				}
			}
			size += int64(len(files[name]))
		}
		got := Stats{Reports: len(names), Sections: sections, Passages: passages, Bytes: size}
		if got != st {
			t.Errorf("%+v: parsed %+v, Stats says %+v", opt, got, st)
		}
		if d := st.Passages - tc.passages; d*100 > tc.passages || -d*100 > tc.passages {
			t.Errorf("%+v: %d passages, want %d ±1%%", opt, st.Passages, tc.passages)
		}
	}
}

func TestExcludedWordsAbsent(t *testing.T) {
	files, names, _ := generate(t, Options{Passages: 20000, Seed: 3})
	want := map[string]bool{"talks": false, "deal": false, "meeting": false, "officials": false,
		"war": false, "peace": false, "agreement": false, "attacks": false}
	distinct := map[string]bool{}
	for _, name := range names {
		if name == RealReportName {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(string(files[name])), func(r rune) bool {
			return !unicode.IsLetter(r)
		}) {
			distinct[w] = true
		}
	}
	for w := range distinct {
		for _, x := range ExcludedWords {
			if strings.Contains(w, x) {
				t.Errorf("synthetic text contains %q (excluded %q)", w, x)
			}
		}
		if _, ok := want[w]; ok {
			want[w] = true
		}
	}
	for w, seen := range want {
		if !seen {
			t.Errorf("common news word %q never appears", w)
		}
	}
	if len(distinct) < 5000 {
		t.Errorf("only %d distinct words in 20k passages", len(distinct))
	}
	t.Logf("%d distinct words in 20k passages", len(distinct))
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	st, err := Write(dir, Options{Passages: 500, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	c, problems, err := corpus.LoadDir(dir)
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	if len(c.Reports) != st.Reports || len(c.Passages()) != st.Passages {
		t.Errorf("loaded %d reports, %d passages; Stats %+v", len(c.Reports), len(c.Passages()), st)
	}
}

func BenchmarkGenerate100k(b *testing.B) {
	var st Stats
	for b.Loop() {
		var err error
		st, err = Generate(Options{Passages: 100000, Seed: 1}, func(string, []byte) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(st.Bytes)
}

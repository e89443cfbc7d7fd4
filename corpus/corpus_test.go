package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedReport(t *testing.T) {
	c, problems, err := Load(Embedded())
	if err != nil || len(problems) > 0 {
		t.Fatalf("Load(Embedded()) = %v, %v", problems, err)
	}
	if len(c.Reports) != 1 {
		t.Fatalf("reports = %d, want 1", len(c.Reports))
	}
	r := c.Reports[0]
	if r.Title != "Trump–Putin Summit in Anchorage, 2025" || r.Date != "" /* the report gives no date */ {
		t.Errorf("front matter: title %q date %q", r.Title, r.Date)
	}
	var headings []string
	for _, s := range r.Sections {
		headings = append(headings, s.Heading)
	}
	want := []string{"Overview", "Talks Yield Progress, But No Agreement", "No Ceasefire, Uncertainty for Ukraine",
		"International Reactions and Concerns", "Ongoing Conflict on the Ground", "Plans for Future Talks", "Summit Delegations"}
	if strings.Join(headings, "|") != strings.Join(want, "|") {
		t.Errorf("headings = %q\nwant %q", headings, want)
	}
	if n := len(c.Passages()); n != 17 {
		t.Errorf("passages = %d, want 17", n)
	}
}

// TestEmbeddedBodyUnchanged checks that the embedded copy keeps the seed report's body text: the
// only difference is the front matter.
func TestEmbeddedBodyUnchanged(t *testing.T) {
	emb, err := os.ReadFile("reports/anchorage-summit-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("testdata/anchorage-summit-2025.seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(strings.TrimPrefix(string(emb), "---\n"), "\n---\n")
	if !ok || body != string(seed) {
		t.Errorf("embedded body differs from the seed report")
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, file, text string
		headings         []string
		sentences        []int // per section
		title            string
	}{
		{name: "plain with overview", file: "a.txt",
			text:     "Intro one. Intro two.\nFirst Heading\nBody text here. More text!\nSecond\nLast words?",
			headings: []string{"Overview", "First Heading", "Second"}, sentences: []int{2, 2, 1}, title: "A"},
		{name: "CRLF and BOM", file: "b-report.txt",
			text:     "\uFEFFHeading One\r\nBody. Text.\r\n\r\nHeading Two\r\nMore.\r\n",
			headings: []string{"Heading One", "Heading Two"}, sentences: []int{2, 1}, title: "B Report"},
		{name: "markdown with title", file: "m.md",
			text:     "# The Title\n\nLead text.\n\n## Part one\nMr. Smith met Dr. Jones in the U.S. yesterday. They talked.\n### Part two ###\nEnd.",
			headings: []string{"Overview", "Part one", "Part two"}, sentences: []int{1, 2, 1}, title: "The Title"},
		{name: "front matter", file: "f.txt",
			text:     "---\ntitle: Front Title\ndate: 2025-08-16\nsource: https://example.org/x\n---\nOnly text here.",
			headings: []string{"Overview"}, sentences: []int{1}, title: "Front Title"},
		{name: "markdown title line and front matter", file: "fm.md", // the front matter's title wins; the line is no section
			text:     "---\ntitle: Front Title\ndate: 2025-08-15\n---\n# My Report\n\n## Food\n\nThe leaders ate salmon at lunch.",
			headings: []string{"Food"}, sentences: []int{1}, title: "Front Title"},
		{name: "front matter title and level-1 sections", file: "h1.md", // "# Background" has text: a section
			text:     "---\ntitle: Summit Notes\n---\n# Background\nThey met in Anchorage.\n# Talks\nThey talked.",
			headings: []string{"Background", "Talks"}, sentences: []int{1, 1}, title: "Summit Notes"},
		{name: "quotes end sentences", file: "q.txt",
			text:     "He said “no deal.” Then he left. “Next round,” she said.",
			headings: []string{"Overview"}, sentences: []int{3}, title: "Q"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Parse(tc.file, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if r.Title != tc.title {
				t.Errorf("title = %q, want %q", r.Title, tc.title)
			}
			var hs []string
			var ns []int
			for _, s := range r.Sections {
				hs = append(hs, s.Heading)
				ns = append(ns, len(s.Sentences))
			}
			if strings.Join(hs, "|") != strings.Join(tc.headings, "|") {
				t.Errorf("headings = %q, want %q", hs, tc.headings)
			}
			if len(ns) != len(tc.sentences) {
				t.Fatalf("sections = %d, want %d", len(ns), len(tc.sentences))
			}
			for i := range ns {
				if ns[i] != tc.sentences[i] {
					t.Errorf("section %d: %d sentences %q, want %d", i, ns[i], r.Sections[i].Sentences, tc.sentences[i])
				}
			}
		})
	}
}

func TestParseFrontMatterSource(t *testing.T) {
	r, err := Parse("f.md", []byte("---\ntitle: T\nurl: https://example.org/a\n---\n## H\nText."))
	if err != nil {
		t.Fatal(err)
	}
	if r.Source != "https://example.org/a" {
		t.Errorf("source = %q", r.Source)
	}
}

func TestParseErrors(t *testing.T) {
	big := make([]byte, MaxReportBytes+1)
	for i := range big {
		big[i] = 'a'
	}
	tests := []struct {
		name, text string
		line       int
		want       string
	}{
		{"empty", "", 0, "no text"},
		{"only blank lines", "\n\n  \n", 0, "no text"},
		{"heading only", "Lonely Heading\n", 1, "no text under it"},
		{"NUL byte", "Heading\nText\x00 here.", 2, "NUL byte"},
		{"not UTF-8", "Heading\nok.\nbad \xff byte.", 3, "not valid UTF-8"},
		{"UTF-16", "\xff\xfeH\x00", 1, "UTF-16"},
		{"repeated heading", "Part\nText.\nOther\nMore.\nPart\nAgain.", 5, "repeats the heading on line 1"},
		{"unclosed front matter", "---\ntitle: x\nText.", 1, "no closing"},
		{"bad front matter", "---\ntitle: [x\n---\nText.", 2, "not valid YAML"},
		{"too big", string(big), 0, "10 MiB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("bad.txt", []byte(tc.text))
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a *FileError", err)
			}
			if fe.File != "bad.txt" || fe.Line != tc.line || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %q (line %d), want line %d and %q", err, fe.Line, tc.line, tc.want)
			}
		})
	}
}

func TestLoadKeepsGoodReports(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":       {Data: []byte("Heading\nGood text.")},
		"b.md":        {Data: []byte("## H\nAlso good.")},
		"bad.txt":     {Data: []byte("Heading\n\x00")},
		"notes.json":  {Data: []byte("{}")},
		".hidden.txt": {Data: []byte("Heading\nHidden.")},
	}
	c, problems, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Reports) != 2 || c.Reports[0].ID != "a" || c.Reports[1].ID != "b" {
		t.Errorf("reports = %+v", c.Reports)
	}
	if len(problems) != 1 || !strings.HasPrefix(problems[0].Error(), "bad.txt:2:") {
		t.Errorf("problems = %v", problems)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, _, err := Load(fstest.MapFS{"x.json": {Data: []byte("{}")}}); err == nil || !strings.Contains(err.Error(), "no report files") {
		t.Errorf("empty dir: err = %v", err)
	}
	if _, p, err := Load(fstest.MapFS{"x.txt": {Data: nil}}); err == nil || len(p) != 1 {
		t.Errorf("all bad: err = %v, problems = %v", err, p)
	}
	if _, p, _ := Load(fstest.MapFS{"x.txt": {Data: []byte("A\nb.")}, "x.md": {Data: []byte("# A\nb.")}}); len(p) != 1 || !strings.Contains(p[0].Error(), "already used") {
		t.Errorf("duplicate ID: problems = %v", p)
	}
	if _, _, err := LoadDir(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("LoadDir(missing) succeeded")
	}
}

func TestLoadDirRefusesOversizedFileWithoutReading(t *testing.T) {
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxReportBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("Heading\nText."), 0o644)
	c, problems, err := LoadDir(dir)
	if err != nil || len(c.Reports) != 1 || len(problems) != 1 || !strings.Contains(problems[0].Error(), "huge.txt") {
		t.Errorf("c=%v problems=%v err=%v", c, problems, err)
	}
}

func TestSplitSentences(t *testing.T) {
	tests := map[string][]string{
		"One. Two? Three!":                   {"One.", "Two?", "Three!"},
		"Gen. Smith met J. Doe. Then left.":  {"Gen. Smith met J. Doe.", "Then left."},
		"It cost 3.5 billion. Yes.":          {"It cost 3.5 billion.", "Yes."},
		"lower. case continues":              {"lower. case continues"},
		"  spaced   out.   Words  ":          {"spaced out.", "Words"},
		"He said, “Stop.” They did.":         {"He said, “Stop.”", "They did."},
		"Ends with ellipsis… Then more text": {"Ends with ellipsis…", "Then more text"},
	}
	for in, want := range tests {
		got := SplitSentences(in)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("SplitSentences(%q) = %q, want %q", in, got, want)
		}
	}
	long := strings.Repeat("word ", 700) + "end."
	parts := SplitSentences(long)
	if len(parts) < 2 {
		t.Fatalf("long sentence not split: %d parts", len(parts))
	}
	for _, p := range parts {
		if n := len([]rune(p)); n > MaxSentenceRunes {
			t.Errorf("part of %d runes", n)
		}
	}
	if strings.Join(parts, " ") != strings.TrimSpace(long) {
		t.Error("splitting a long sentence lost text")
	}
}

func TestPassageID(t *testing.T) {
	p := Passage{Report: "r", Section: 2, Sentence: 3}
	if p.ID() != "r#2.3" {
		t.Errorf("ID = %q", p.ID())
	}
}

func TestFingerprint(t *testing.T) {
	a := fstest.MapFS{"a.txt": {Data: []byte("H\nx.")}, "notes.json": {Data: []byte("{}")}}
	fa, err := Fingerprint(a)
	if err != nil || len(fa) != 64 {
		t.Fatalf("%q %v", fa, err)
	}
	same := fstest.MapFS{"a.txt": {Data: []byte("H\nx.")}, "other.json": {Data: []byte("[]")}}
	if fs, _ := Fingerprint(same); fs != fa {
		t.Error("a non-report file changed the fingerprint")
	}
	for name, fsys := range map[string]fstest.MapFS{
		"edited":  {"a.txt": {Data: []byte("H\ny.")}},
		"renamed": {"b.txt": {Data: []byte("H\nx.")}},
		"added":   {"a.txt": {Data: []byte("H\nx.")}, "b.md": {Data: []byte("# H\nx.")}},
	} {
		if f, _ := Fingerprint(fsys); f == fa {
			t.Errorf("%s: fingerprint unchanged", name)
		}
	}
}

// TestEntities: runs of capitalised words are people, and so is one word after a title in either
// case; a single other capitalised word is another entity.
func TestEntities(t *testing.T) {
	c, _, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	e := c.Entities()
	for _, p := range []string{"Marco Rubio", "Sergei Lavrov", "Zelenskiy", "Trump"} {
		if !slices.Contains(e.People, p) {
			t.Errorf("People %q lacks %q", e.People, p)
		}
	}
	for _, o := range []string{"NATO", "Moscow", "Czech"} {
		if !slices.Contains(e.Others, o) || slices.Contains(e.People, o) {
			t.Errorf("%q: want it among Others %q, not People", o, e.Others)
		}
	}
	r, err := Parse("envoys.txt", []byte("Envoys\nOfficials from Norway criticized the plan. The envoy Larsen met the Norwegian officials.\n"))
	if err != nil {
		t.Fatal(err)
	}
	e = (&Corpus{Reports: []*Report{r}}).Entities()
	if !slices.Contains(e.People, "Larsen") || slices.Contains(e.People, "Norway") {
		t.Errorf("People = %q, want Larsen (after “envoy”) and not Norway", e.People)
	}
}

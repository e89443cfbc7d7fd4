package bot

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// newBot builds a bot over a real index of the embedded report.
func newBot(t testing.TB) *Bot {
	t.Helper()
	return botFrom(t, func() (*corpus.Corpus, []error, error) { return corpus.Load(corpus.Embedded()) })
}

// datedBot is newBot with a front-matter date on the report, which the embedded one lacks.
func datedBot(t testing.TB) *Bot {
	t.Helper()
	return botFrom(t, func() (*corpus.Corpus, []error, error) {
		c, problems, err := corpus.Load(corpus.Embedded())
		if err == nil {
			c.Reports[0].Date = "2025-08-15"
		}
		return c, problems, err
	})
}

// botFrom builds a bot over a real in-memory index of what load returns; load also serves
// /reindex. The index is closed when the test ends.
func botFrom(t testing.TB, load Loader) *Bot {
	t.Helper()
	c, _, err := load()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(ix, load, "test")
}

func handle(t testing.TB, b *Bot, command string, opts map[string]string) Reply {
	t.Helper()
	r, err := b.Handle(context.Background(), Invocation{Command: command, Options: opts})
	if err != nil {
		t.Fatalf("/%s %v: %v", command, opts, err)
	}
	return r
}

// Floors for the evaluation files: the figures the bot reaches now. Raise them as quality improves;
// a change that lowers one fails here.
var evalFloors = map[string]EvalSummary{
	"questions.jsonl": {Answerable: 40, Top1: 40, Hit3: 40, FalseRefusals: 0, OutOfScope: 7, Refused: 7},
	"commands.jsonl":  {Answerable: 5, Top1: 5, Hit3: 5, FalseRefusals: 0},
	// Development sets of paraphrases, misspellings, casual phrasing and out-of-scope questions
	// that share words with the report, written by people who had not seen the mechanisms; the
	// mechanisms were then tuned on them (see README "Answer quality").
	"paraphrases.jsonl": {Answerable: 30, Top1: 30, Hit3: 30, FalseRefusals: 0, OutOfScope: 15, Refused: 15},
	// "how long were they in the room" is answered by "their nearly three-hour discussion": the
	// variants table relates "room" to the meeting, which the span is the length of.
	"paraphrases2.jsonl": {Answerable: 40, Top1: 38, Hit3: 40, FalseRefusals: 0, OutOfScope: 20, Refused: 20},
	"paraphrases3.jsonl": {Answerable: 40, Top1: 40, Hit3: 40, FalseRefusals: 0, OutOfScope: 30, Refused: 29},
	"paraphrases4.jsonl": {Answerable: 45, Top1: 42, Hit3: 42, FalseRefusals: 2, OutOfScope: 15, Refused: 15},
	"paraphrases5.jsonl": {Answerable: 45, Top1: 45, Hit3: 45, FalseRefusals: 0, OutOfScope: 30, Refused: 30},
	"paraphrases6.jsonl": {Answerable: 60, Top1: 58, Hit3: 59, FalseRefusals: 1, OutOfScope: 15, Refused: 15},
	"paraphrases7.jsonl": {Answerable: 60, Top1: 59, Hit3: 59, FalseRefusals: 0, OutOfScope: 20, Refused: 20},
	// The border between covered and not: questions built from the report's words, half of them
	// asking what it never states. The report gives no date, so "On what date was the Anchorage
	// summit held?" is out of scope, as in every set below.
	"paraphrases8.jsonl": {Answerable: 40, Top1: 40, Hit3: 40, FalseRefusals: 0, OutOfScope: 40, Refused: 38},
	// Chat as typed: dropped apostrophes ("isnt", "theres"), "did NATO get mentioned", slang.
	"paraphrases9.jsonl": {Answerable: 49, Top1: 48, Hit3: 48, FalseRefusals: 1, OutOfScope: 31, Refused: 30},
	// In-scope questions as different people ask them: context before the question, requests to
	// the bot ("tell me who…"), chat spellings, British spellings.
	"paraphrases10.jsonl": {Answerable: 59, Top1: 59, Hit3: 59, FalseRefusals: 0, OutOfScope: 21, Refused: 21},
	// The border again, in readers' words rather than the report's ("doubts" for "skepticism").
	"paraphrases11.jsonl": {Answerable: 50, Top1: 48, Hit3: 50, FalseRefusals: 0, OutOfScope: 40, Refused: 38},
	// The border, weighted to what the report does not say (50 out of 90 before relabelling):
	// reasons, counts, later events, details of listed topics.
	"paraphrases12.jsonl": {Answerable: 40, Top1: 40, Hit3: 40, FalseRefusals: 0, OutOfScope: 50, Refused: 42},
	// Hard forms of what the report does say: why, which, how many, yes/no with other verbs, "was
	// there".
	"paraphrases13.jsonl": {Answerable: 60, Top1: 60, Hit3: 60, FalseRefusals: 0, OutOfScope: 40, Refused: 36},
	// A reviewer's 360 questions on the forms the why, which, how-many, yes/no and "was there"
	// checks read, the last 35 written after probing the bot: not blind, unlike the sets above.
	// "held in" read as "met in" answers "why was the summit held in alaska?" with the summit's
	// aim, as "why did the two leaders get together in anchorage?" is (this set): one refusal less.
	"paraphrases14.jsonl": {Answerable: 214, Top1: 210, Hit3: 212, FalseRefusals: 2, OutOfScope: 146, Refused: 127},
	// Varied askers (a policy student, a non-native speaker, a skeptic…): negative questions, two
	// questions in one message, requests; 35 out of scope.
	"paraphrases15.jsonl": {Answerable: 45, Top1: 45, Hit3: 45, FalseRefusals: 0, OutOfScope: 35, Refused: 33},
	// The border once more, 40 out of scope: roles reversed, hypotheticals ("what if…"),
	// comparisons, later events; fragments ("zelensky there?").
	"paraphrases16.jsonl": {Answerable: 50, Top1: 50, Hit3: 50, FalseRefusals: 0, OutOfScope: 40, Refused: 38},
	// Follow-ups as Discord users type them (chat spellings, "w", two questions in one), and near
	// misses in many voices ("wasn't…", "is it true that…"); written to be read (sets 32 and 33).
	"paraphrases17.jsonl": {Answerable: 45, Top1: 45, Hit3: 45, FalseRefusals: 0, OutOfScope: 30, Refused: 30},
	"paraphrases18.jsonl": {Answerable: 45, Top1: 44, Hit3: 45, FalseRefusals: 0, OutOfScope: 30, Refused: 29},
}

func TestEvalFloors(t *testing.T) {
	b := newBot(t)
	for file, floor := range evalFloors {
		f, err := os.Open("testdata/eval/" + file)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := ReadEvalCases(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		got, misses, err := b.Evaluate(context.Background(), cases)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", file, got)
		if got.Answerable != floor.Answerable || got.OutOfScope != floor.OutOfScope ||
			got.Top1 < floor.Top1 || got.Hit3 < floor.Hit3 || got.Refused < floor.Refused || got.FalseRefusals > floor.FalseRefusals {
			t.Errorf("%s: %s is below the floor %s", file, got, floor)
			for _, m := range misses {
				t.Log(m)
			}
		}
	}
}

func TestCommands(t *testing.T) {
	b := newBot(t)
	tests := []struct {
		command string
		opts    map[string]string
		heading string // first passage's heading; "" for a refusal
	}{
		{"ask", map[string]string{"question": "Was there a ceasefire?"}, "No Ceasefire, Uncertainty for Ukraine"},
		{"who", nil, "Summit Delegations"},
		{"who", map[string]string{"name": "Lavrov"}, "Summit Delegations"},
		{"who", map[string]string{"name": "Macron"}, ""},
		{"reactions", map[string]string{"party": "Czech"}, "International Reactions and Concerns"},
		{"section", map[string]string{"heading": "summit delegations"}, "Summit Delegations"},
		{"section", map[string]string{"heading": "weather"}, ""},
	}
	for _, tc := range tests {
		r := handle(t, b, tc.command, tc.opts)
		if tc.heading == "" {
			if r.Answered || r.Reason == "" {
				t.Errorf("/%s %v: want a refusal, got %+v", tc.command, tc.opts, r)
			}
			continue
		}
		if !r.Answered || len(r.Passages) == 0 || r.Passages[0].Heading != tc.heading {
			t.Errorf("/%s %v: got %+v, want %q first", tc.command, tc.opts, r, tc.heading)
		}
		if r.Command != tc.command {
			t.Errorf("Command = %q", r.Command)
		}
	}
	sec := handle(t, b, "section", map[string]string{"heading": "Summit Delegations"})
	if got := sec.Passages[0]; len(got.Sentences) != 2 || !strings.HasPrefix(got.Text, "Trump was joined") || !strings.HasSuffix(got.Text, "attached to the event.") {
		t.Errorf("/section is not the whole section: %+v", got)
	}
}

func TestListsAndAbout(t *testing.T) {
	b := newBot(t)
	r := handle(t, b, "sections", nil)
	if r.Kind != KindList || len(r.Lines) != 7 || r.Lines[0] != "Overview" || r.Lines[6] != "Summit Delegations" {
		t.Errorf("/sections = %+v", r.Lines)
	}
	a := handle(t, b, "about", nil)
	text := strings.Join(a.Lines, "\n")
	for _, want := range []string{"Trump–Putin Summit in Anchorage, 2025", "7 sections", "17 passages", "Version: test"} {
		if !strings.Contains(text, want) {
			t.Errorf("/about lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "(") {
		t.Errorf("/about gives a date the report lacks:\n%s", text)
	}
	if text := strings.Join(handle(t, datedBot(t), "about", nil).Lines, "\n"); !strings.Contains(text, "Trump–Putin Summit in Anchorage, 2025 (2025-08-15)") {
		t.Errorf("/about lacks the front matter's date:\n%s", text)
	}
}

func TestHideIsEphemeral(t *testing.T) {
	b := newBot(t)
	if r := handle(t, b, "ask", map[string]string{"question": "Lavrov", "hide": "true"}); !r.Ephemeral {
		t.Error("hide:true reply is not ephemeral")
	}
	if r := handle(t, b, "ask", map[string]string{"question": "Lavrov"}); r.Ephemeral {
		t.Error("plain reply is ephemeral")
	}
}

func TestReindexNeedsAdmin(t *testing.T) {
	b := newBot(t)
	r, err := b.Handle(context.Background(), Invocation{Command: "reindex"})
	if err != nil || r.Answered || !r.Ephemeral || !strings.Contains(r.Reason, "Only server managers") {
		t.Errorf("member /reindex = %+v, %v", r, err)
	}
	r, err = b.Handle(context.Background(), Invocation{Command: "reindex", Admin: true})
	if err != nil || !r.Answered || !strings.Contains(strings.Join(r.Lines, "\n"), "No section changed") {
		t.Errorf("admin /reindex = %+v, %v", r, err)
	}
}

func TestUnknownCommand(t *testing.T) {
	b := newBot(t)
	_, err := b.Handle(context.Background(), Invocation{Command: "nope"})
	if err == nil {
		t.Fatal("unknown command accepted")
	}
	if r := UserError(err); strings.Contains(r.Reason, "nope") || r.Reason == "" || !r.Ephemeral {
		t.Errorf("UserError = %+v", r)
	}
}

// TestJSONShape checks the exact JSON shape other tools depend on.
func TestJSONShape(t *testing.T) {
	b := newBot(t)
	for _, q := range []string{"Who came with Putin?", "What is the price of Bitcoin?"} {
		data, err := RenderJSON(handle(t, b, "ask", map[string]string{"question": q}))
		if err != nil {
			t.Fatal(err)
		}
		var top map[string]json.RawMessage
		if err := json.Unmarshal(data, &top); err != nil {
			t.Fatal(err)
		}
		if keys := sortedRaw(top); keys != "answered command passages query reason" {
			t.Errorf("top-level keys = %s", keys)
		}
		var passages []map[string]json.RawMessage
		if err := json.Unmarshal(top["passages"], &passages); err != nil || passages == nil {
			t.Fatalf("passages = %s (%v)", top["passages"], err)
		}
		for _, p := range passages {
			if keys := sortedRaw(p); keys != "heading highlight report score text" {
				t.Errorf("passage keys = %s", keys)
			}
		}
		var r JSONReply
		json.Unmarshal(data, &r)
		if r.Answered == (r.Reason != "") || r.Answered == (len(r.Passages) == 0) {
			t.Errorf("%q: inconsistent reply %s", q, data)
		}
	}
}

func sortedRaw(m map[string]json.RawMessage) string {
	keys := map[string]bool{}
	for k := range m {
		keys[k] = true
	}
	return strings.Join(sortedKeys(keys), " ")
}

func TestRenderText(t *testing.T) {
	b := newBot(t)
	out := RenderText(handle(t, b, "ask", map[string]string{"question": "Who is Ushakof?"}))
	for _, want := range []string{"Read “Ushakof” as “Ushakov”.", "Summit Delegations — Trump–Putin Summit in Anchorage, 2025, sentence 2", "**Ushakov**"} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	dated := RenderText(handle(t, datedBot(t), "ask", map[string]string{"question": "When was the summit?"}))
	if !strings.Contains(dated, "is dated 2025-08-15.") || !strings.Contains(dated, "Overview — ") {
		t.Errorf("when was the summit:\n%s", dated)
	}
	refused := RenderText(handle(t, b, "ask", map[string]string{"question": "Who won the 2022 World Cup?"}))
	if !strings.Contains(refused, "does not") || !strings.Contains(refused, "Nearest sections:") {
		t.Errorf("refusal text:\n%s", refused)
	}
}

func TestSentenceLabel(t *testing.T) {
	for want, ns := range map[string][]int{"": nil, "sentence 2": {2}, "sentences 1–3": {1, 2, 3}, "sentences 1, 3": {1, 3}} {
		if got := SentenceLabel(ns); got != want {
			t.Errorf("SentenceLabel(%v) = %q, want %q", ns, got, want)
		}
	}
}

// TestLongQuestionCutAtAWord: a question longer than Discord allows is cut at a word's end, so no
// fragment of a word is searched as one the report lacks.
func TestLongQuestionCutAtAWord(t *testing.T) {
	r := handle(t, newBot(t), "ask", map[string]string{"question": strings.Repeat("what did they discuss ", 500)})
	if !r.Answered {
		t.Errorf("answered %v, reason %q: want the long question answered", r.Answered, r.Reason)
	}
}

// FuzzAsk drives any text through the whole path a user's question takes (command, search,
// every rendering) and checks that it never errors or panics and that the reply is consistent.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{"Was there a ceasefire?", "", "-", ":)", "what:", "\"", "word~3", "a^x", "*?", "\\",
		"🤔", "Что сказал Лавров?", "<@123> @everyone **x**", strings.Repeat("Lavrov ", 900), "\x00", "\xff\xfe"} {
		f.Add("ask", s)
	}
	f.Add("who", "Witkof")
	f.Add("reactions", "EU")
	f.Add("section", "Delegations")
	b := newBot(f)
	f.Fuzz(func(t *testing.T, command, text string) {
		cmd, ok := Lookup(command)
		if !ok || cmd.Admin {
			cmd, _ = Lookup("ask")
		}
		opts := map[string]string{}
		if cmd.Arg != "" {
			opts[cmd.Arg] = text
		}
		r, err := b.Handle(context.Background(), Invocation{Command: cmd.Name, Options: opts})
		if err != nil {
			t.Fatalf("/%s %q: %v", cmd.Name, text, err)
		}
		if r.Answered && (r.Kind == KindAnswer || r.Kind == KindSection) && len(r.Passages) == 0 {
			t.Fatalf("/%s %q: answered without passages", cmd.Name, text)
		}
		if !r.Answered && r.Reason == "" {
			t.Fatalf("/%s %q: refused without a reason", cmd.Name, text)
		}
		data, err := RenderJSON(r)
		if err != nil || !json.Valid(data) {
			t.Fatalf("/%s %q: JSON %v", cmd.Name, text, err)
		}
		_ = RenderText(r)
	})
}

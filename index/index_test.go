package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/summitbot/summitbot/corpus"
)

func embedded(t testing.TB) *corpus.Corpus {
	t.Helper()
	c, problems, err := corpus.Load(corpus.Embedded())
	if err != nil || len(problems) > 0 {
		t.Fatalf("load: %v %v", problems, err)
	}
	return c
}

func newIndex(t testing.TB) *Index {
	t.Helper()
	return indexOf(t, embedded(t))
}

// indexOf indexes c in memory; the index is closed when the test ends.
func indexOf(t testing.TB, c *corpus.Corpus) *Index {
	t.Helper()
	ix, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// datedIndex indexes the embedded report with a front-matter date, which the report itself does
// not give: how a dated report answers "when was the summit?".
func datedIndex(t testing.TB) *Index {
	t.Helper()
	c := embedded(t)
	c.Reports[0].Date = "2025-08-15"
	return indexOf(t, c)
}

func mustSearch(t testing.TB, ix *Index, req Request) Result {
	t.Helper()
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("Search(%q): %v", req.Text, err)
	}
	return res
}

func TestStats(t *testing.T) {
	ix := newIndex(t)
	st := ix.Stats()
	if st.Reports != 1 || st.Sections != 7 || st.Passages != 17 || st.Terms < 100 || st.Built.IsZero() {
		t.Errorf("stats = %+v", st)
	}
}

func TestAnswersCiteHeadingAndSentence(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Text: "Who was in Trump's delegation?"})
	if !res.Answered || len(res.Passages) == 0 {
		t.Fatalf("not answered: %+v", res)
	}
	p := res.Passages[0]
	if p.Heading != "Summit Delegations" || p.ReportTitle != "Trump–Putin Summit in Anchorage, 2025" || len(p.Sentences) == 0 {
		t.Errorf("first passage = %+v", p)
	}
	// The quote is the report's own text, sentence for sentence.
	c := embedded(t)
	var sec corpus.Section
	for _, s := range c.Reports[0].Sections {
		if s.Heading == p.Heading {
			sec = s
		}
	}
	var want []string
	for _, n := range p.Sentences {
		want = append(want, sec.Sentences[n-1])
	}
	if p.Text != strings.Join(want, " ") {
		t.Errorf("text %q is not sentences %v of the section", p.Text, p.Sentences)
	}
	if !strings.Contains(p.Highlight, "**") {
		t.Errorf("no bold in highlight %q", p.Highlight)
	}
}

func TestVariantsAndReadings(t *testing.T) {
	ix := newIndex(t)
	for _, q := range []string{"Did Zelensky attend?", "Zelenskyy", "zelenskiy", "Зеленский"} {
		res := mustSearch(t, ix, Request{Text: q})
		if !res.Answered || !strings.Contains(res.Passages[0].Text, "Zelenskiy") {
			t.Errorf("%q: %+v", q, res)
		}
	}
	res := mustSearch(t, ix, Request{Text: "who is Ushakof"})
	if !res.Answered || res.Passages[0].Heading != "Summit Delegations" {
		t.Fatalf("misspelled name: %+v", res)
	}
	if len(res.Readings) != 1 || res.Readings[0].Word != "Ushakof" || res.Readings[0].As != "Ushakov" {
		t.Errorf("readings = %+v, want Ushakof read as Ushakov", res.Readings)
	}
	if !strings.Contains(res.Passages[0].Highlight, "**Ushakov**") {
		t.Errorf("corrected name not bold: %q", res.Passages[0].Highlight)
	}
	// Officials are its ministers, secretaries, envoys and advisers; members of a delegation
	// are those who joined it.
	wantFirst(t, ix, "Summit Delegations", "who were the officials in the Russian and American delegations?",
		"Give me the names of the members of the delegations.")
	// A city hosts what is met in it.
	wantFirst(t, ix, "Overview", "which city hosted the summit?", "which city hosted the trump-putin sitdown?",
		"Was the meeting held in Moscow?",   // "held in" is read whole: not "Russian-held regions"
		"what was the point of the summit?") // its aim, not "many points" of agreement
	// "Many points" of agreement are mentioned, none named: what they were is not said.
	wantReason(t, ix, "what were the points of agreement?", "The report mentions many points but does not say which.")
	wantFirst(t, ix, "Plans for Future Talks", "r they gonna meet again", "Do we know when they'll meet again?",
		"Were there any signs they'd talk again?")
	wantFirst(t, ix, "Summit Delegations", "who are the guys with putin", "yo who showed up w/ putin lol", // "showed up" is no saying
		"Please, who are the persons that go together with Putin to Alaska?")
	// A related phrase whose other words are stop words must not stand for another word: "step
	// down" is no "steps forward", "at present" no "not present".
	wantRefused(t, ix, "Is Zelenskiy going to step down?")
	// A compound the report has no word for is one unknown term.
	wantRefused(t, ix, "did trump and putin meet one-on-one?", "did they have a one on one or was it always w the delegations")
	// A length of time is told in hours.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "what was the exact length of the meeting?")
	// Polite requests and indefinite pronouns ask for nothing the report must have.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "Could you kindly indicate the duration of the bilateral discussion?",
		"Did they agree on everything?")
	// Chat: profanity and hedges ask nothing; "sold out" is selling out; "the status of X" asks
	// where X stands, and whether the report has it at all.
	wantFirst(t, ix, "Overview", "wtf happened in anchorage", "was it technically a summit tho")
	wantFirst(t, ix, "International Reactions and Concerns", "is ukraine getting sold out?")
	wantFirst(t, ix, "Plans for Future Talks", "whats the status of the 3-way meeting")
	wantReason(t, ix, "whats the status of the minerals deal with ukraine", "The report does not mention “minerals”.")
	// A name of several capitalised words the report lacks is one it never mentions.
	wantReason(t, ix, "Did Zelensky later meet Trump at the White House?", "The report does not mention “White House”.")
	// Everyday and slang words for the report's: natter, broad, UAV, hostilities, take place in,
	// left out.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "How long did trump and putin natter for?", "Was the talks agenda broad or narrow?")
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "Were UAV strikes happening while the two leaders sat down?", "Did hostilities go on in the east?")
	wantFirst(t, ix, "Overview", "Did the meeting take place in Alaska or somewhere else?")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "Wasn't the Ukrainian leader left out of the meeting?")
	// A message in capitals is read in lower case: its words are no names.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "DID THEY REACH A DEAL?")
	if got := unshout("did NATO say anything?"); got != "did NATO say anything?" {
		t.Errorf("unshout of a message with one acronym = %q", got)
	}
	// A reporter is a journalist, not the report's "reporting" (one stem for both).
	wantRefused(t, ix, "did reporters ask questions?")
	// "according to" names a source and asks nothing ("accord" is no agreement); an issue "still
	// open" is unresolved, not the openness to talks.
	wantFirst(t, ix, "Summit Delegations", "Why were the delegations significant, according to the report?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "Didn't Trump admit a major issue was still open?",
		"How many big issues were still left open according to Trump?")
	// Stressing is emphasizing.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "What catchphrase did Trump use to stress that nothing was final yet?")
	// A body is involved by being consulted.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "is nato involved in this at all or nah")
}

func TestRefusals(t *testing.T) {
	ix := newIndex(t)
	tests := []struct {
		q, reason string
		nearest   bool // the question shares words with the report, so nearest headings are offered
	}{
		{"What did Macron say?", "does not mention “Macron”", true},
		{"What happened at the 2018 Helsinki summit?", "“2018” or “Helsinki”", true},
		{"How do I bake sourdough bread?", "does not cover", false},
		{"how old is putin", "The report mentions Putin but says nothing about “old”.", true},
		{"How many drones were launched?", "no figure", true},
		// a compound office is no "Foreign Minister"
		{"who is Ukraine's prime minister?", "does not mention “prime minister”", true},
		{"Why did Trump not bring the Defense Secretary?", "does not mention “Defense Secretary”", true},
		// an idiom is read whole: shaking hands is no agreement
		{"did they shake hands?", "mention “shake hands”", false},
		// a private thought or feeling is no part of a report of what was said and done
		{"was putin secretly happy w how it went", "in private", true},
		{"what did putin privately think about trump?", "in private", true},
		{"what does putin really want deep down", "in private", true},
		{"", "Ask a question", false},
		{"hello", "does not read as a question", false},
		{"hey how's it going", "does not read as a question", false}, // only a light word
		{strings.Repeat("x", 6000), "“" + strings.Repeat("x", 39) + "…”", false},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, Request{Text: tc.q})
		if res.Answered || len(res.Passages) != 0 || !strings.Contains(res.Reason, tc.reason) {
			t.Errorf("%.40q: answered=%v reason=%q, want refusal with %q", tc.q, res.Answered, res.Reason, tc.reason)
		}
		if (len(res.Nearest) > 0) != tc.nearest {
			t.Errorf("%.40q: nearest headings %q, want some: %v", tc.q, res.Nearest, tc.nearest)
		}
	}
}

// TestAnyText checks that user text never reaches query-string syntax: every input gets an answer
// or a refusal, never an error.
func TestAnyText(t *testing.T) {
	ix := newIndex(t)
	inputs := []string{"-", ":)", "what:", "\"unclosed", "word~3", "word^x", "ceasefire?", "*", "\\", "+-&&||!(){}[]^\"~*?:\\/",
		"was there a ceasefire?", "🤔🔥", "Что сказал Лавров?", strings.Repeat("ceasefire Lavrov ", 400), strings.Repeat("x", 6000),
		"\x00\x01", "\u200b", "<@123> @everyone", "**bold** __u__ ||spoiler||"}
	for _, in := range inputs {
		res, err := ix.Search(context.Background(), Request{Text: in})
		if err != nil {
			t.Errorf("%.40q: error %v", in, err)
		}
		if res.Answered == (len(res.Passages) == 0) {
			t.Errorf("%.40q: answered=%v with %d passages", in, res.Answered, len(res.Passages))
		}
	}
	if res := mustSearch(t, ix, Request{Text: "was there a ceasefire?"}); !res.Answered || res.Passages[0].Heading != "No Ceasefire, Uncertainty for Ukraine" {
		t.Errorf("trailing ? broke the query: %+v", res)
	}
}

func TestHintNeverRefuses(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Hint: "reactions allies officials expressed", Limit: 1})
	if !res.Answered || len(res.Passages) != 1 || res.Passages[0].Heading != "International Reactions and Concerns" {
		t.Errorf("hint only: %+v", res)
	}
}

func TestExplain(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Text: "Was there a truce?", Explain: true})
	e := res.Explain
	if e == nil || e.Intent != IntentYesNo || len(e.Terms) != 1 || len(e.Terms[0].Related) == 0 || len(e.Candidates) == 0 {
		t.Fatalf("explain = %+v", e)
	}
	if e.Candidates[0].Heading != res.Passages[0].Heading {
		t.Errorf("explain winner %q, answer %q", e.Candidates[0].Heading, res.Passages[0].Heading)
	}
	// The answer type checked is shown, with whether it was found.
	res = mustSearch(t, ix, Request{Text: "How long did the talks last?", Explain: true})
	if e := res.Explain; e.AnswerType != "a span of time" || !e.AnswerFound || e.Candidates[0].Heading != res.Passages[0].Heading {
		t.Errorf("how long: answer type %q found=%v, winner %q", e.AnswerType, e.AnswerFound, e.Candidates[0].Heading)
	}
	res = mustSearch(t, ix, Request{Text: "What did Lavrov say?", Explain: true})
	if e := res.Explain; res.Answered || e.AnswerType != "a statement by Lavrov" || e.AnswerFound {
		t.Errorf("Lavrov: answered=%v, answer type %q found=%v", res.Answered, e.AnswerType, e.AnswerFound)
	}
}

func TestSection(t *testing.T) {
	ix := newIndex(t)
	for in, want := range map[string]string{"summit delegations": "Summit Delegations", "Delegations": "Summit Delegations",
		"future talks plans": "Plans for Future Talks"} {
		st, ok := ix.Section(in)
		if !ok || st.Heading.Heading != want || st.Sentences == 0 || st.Text == "" {
			t.Errorf("Section(%q) = %+v, %v", in, st, ok)
		}
	}
	if _, ok := ix.Section("weather"); ok {
		t.Error("Section(weather) matched")
	}
}

func TestReplaceKeepsLiveIndexOnFailure(t *testing.T) {
	ix := newIndex(t)
	before := ix.Stats()
	if _, err := ix.Replace(&corpus.Corpus{}, nil); err == nil {
		t.Fatal("Replace(empty) succeeded")
	}
	if after := ix.Stats(); after != before {
		t.Errorf("stats changed: %+v → %+v", before, after)
	}
	if res := mustSearch(t, ix, Request{Text: "Lavrov"}); !res.Answered {
		t.Error("live index broken after a failed Replace")
	}
}

// TestReplaceUnderLoad swaps the index repeatedly while searches run: none may fail, and each sees
// either the old or the new corpus.
func TestReplaceUnderLoad(t *testing.T) {
	ix := newIndex(t)
	c1 := embedded(t)
	r2, err := corpus.Parse("other.txt", []byte("Weather Report\nThe weather in Anchorage was sunny and warm."))
	if err != nil {
		t.Fatal(err)
	}
	c2 := &corpus.Corpus{Reports: append([]*corpus.Report{r2}, c1.Reports...)}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	var searches sync.Map
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			n := 0
			for ctx.Err() == nil {
				res, err := ix.Search(context.Background(), Request{Text: "Who is Lavrov?"})
				if err != nil {
					errs <- err
					return
				}
				if !res.Answered || res.Passages[0].Heading != "Summit Delegations" {
					errs <- fmt.Errorf("bad answer during swap: %+v", res)
					return
				}
				n++
			}
			searches.Store(w, n)
		}(w)
	}
	for i := 0; i < 30; i++ {
		c := c1
		if i%2 == 0 {
			c = c2
		}
		if _, err := ix.Replace(c, nil); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	searches.Range(func(k, v any) bool {
		if v.(int) == 0 {
			t.Errorf("searcher %v ran no search", k)
		}
		return true
	})
	if st := ix.Stats(); st.Reports != 1 {
		t.Errorf("after an even number of swaps: %d reports", st.Reports)
	}
}

func TestClosed(t *testing.T) {
	ix, err := New(embedded(t))
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if _, err := ix.Search(context.Background(), Request{Text: "Lavrov"}); !errors.Is(err, ErrClosed) {
		t.Errorf("err = %v, want ErrClosed", err)
	}
}

func TestDeterministic(t *testing.T) {
	ix := newIndex(t)
	first := mustSearch(t, ix, Request{Text: "What was the outcome of the summit?"})
	for i := 0; i < 20; i++ {
		again := mustSearch(t, ix, Request{Text: "What was the outcome of the summit?"})
		if fmt.Sprint(again.Passages) != fmt.Sprint(first.Passages) {
			t.Fatalf("run %d differs:\n%v\n%v", i, again.Passages, first.Passages)
		}
	}
}

func TestVariantsTable(t *testing.T) {
	if _, err := parseTable([]byte("a = b\nc = b\n")); err == nil {
		t.Error("conflicting variant accepted")
	}
	if _, err := parseTable([]byte("two words = x\n")); err == nil {
		t.Error("multi-word canonical accepted")
	}
	if _, err := parseTable([]byte("nonsense line\n")); err == nil || !strings.Contains(err.Error(), ":1:") {
		t.Errorf("err = %v", err)
	}
	if len(variants.equiv) < 50 || len(variants.related) < 50 {
		t.Errorf("variants table: %d equivalences, %d related", len(variants.equiv), len(variants.related))
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{{"witkof", "witkoff", 2, 1}, {"ushakof", "ushakov", 2, 1}, {"abcd", "abdc", 2, 1}, {"kitten", "sitting", 3, 3}, {"abc", "xyz", 1, 2}}
	for _, tc := range tests {
		if got := editDistance([]rune(tc.a), []rune(tc.b), tc.limit); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestContractionsWithoutApostrophe: chat drops the apostrophe ("isnt", "theres"); the question
// reads as with it, not as one with an unknown word.
func TestContractionsWithoutApostrophe(t *testing.T) {
	ix := newIndex(t)
	for _, q := range []string{"isn't there a ceasefire?", "why didn't Zelenskiy attend?",
		"there's no deal till there's a deal?", "they weren't able to agree?", "don't they have a deal?",
		"why'd Zelenskiy stay away?"} {
		bare := strings.NewReplacer("'", "", "till", "until").Replace(q)
		a, b := mustSearch(t, ix, Request{Text: q}), mustSearch(t, ix, Request{Text: bare})
		if a.Answered != b.Answered || a.Reason != b.Reason || len(a.Passages) != len(b.Passages) ||
			len(a.Passages) > 0 && (a.Passages[0].Heading != b.Passages[0].Heading || a.Passages[0].Score != b.Passages[0].Score) {
			t.Errorf("%q read unlike %q:\n%+v\n%+v", bare, q, b, a)
		}
	}
}

// TestChatAbbreviations: chat spellings of content words are the words, and chat fillers
// are not searched.
func TestChatAbbreviations(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "International Reactions and Concerns", "did u hear what govt officials in prague said tho")
	wantAnswered(t, ix, "did they talk abt ukraine", "r they meeting again?", "did Mr. Putin invite Mr. Trump to Moscow?")
}

// TestHopeIsAnAim: what the leaders hoped for is what they aimed at (variants.txt), while what
// Trump "had hoped" still finds his words.
func TestHopeIsAnAim(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Overview", "What were they hoping to get out of the Alaska meeting?")
	wantFirst(t, ix, "Plans for Future Talks", "what did Trump hope to arrange with Zelenskiy?")
}

// TestNumbersThatStandForNamed: "this one" and "the two leaders" refer to what is already named
// and are not searched; "the one big issue" counts.
func TestNumbersThatStandForNamed(t *testing.T) {
	ix := newIndex(t)
	snap := ix.cur.Load()
	for q, want := range map[string]bool{
		"When had these two leaders last held a summit before this one?": false,
		"which one was it?":                    false,
		"what did the two presidents discuss?": false,
		"what was the one big issue?":          true,
		"did they agree on two points?":        true,
		"how long did the two of them talk?":   false,
		"what did the two say?":                false,
		"one issue remained, which was it?":    true,
	} {
		u := snap.read(q, "")
		got := slices.ContainsFunc(u.Terms, func(t qterm) bool { return t.Term == "one" || t.Term == "two" })
		if got != want {
			t.Errorf("%q: a number among the terms %v = %v, want %v", q, u.Terms, got, want)
		}
	}
	wantFirst(t, ix, "Overview", "When had these two leaders last held a summit before this one?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "Roughly how long did the two leaders talk?")
}

// TestHedgesAndConcessions: "roughly", "proper", "even though" ask nothing of their own.
func TestHedgesAndConcessions(t *testing.T) {
	ix := newIndex(t)
	wantAnswered(t, ix, "How were the talks described, even though nothing concrete came out of them?")
	wantFirst(t, ix, "Overview", "when was the last time these two had a proper summit before this one")
}

// TestThingBeforeOf: in "the choice of delegation members", the choice is what "suggests"
// something, a figure of speech, not the members (see actorHead).
func TestThingBeforeOf(t *testing.T) {
	wantFirst(t, newIndex(t), "Summit Delegations",
		"What does the choice of delegation members suggest about how seriously both countries took the event?")
}

// TestMentionQuestions: "did NATO get mentioned?" asks what the report covers; "what did Trump
// mention…?" asks for his statement.
func TestMentionQuestions(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "did the arctic get mentioned at all?")
	res := mustSearch(t, ix, Request{Text: "what did Trump mention about NATO?"})
	if !res.Answered || !strings.Contains(res.Passages[0].Text, "He emphasized") {
		t.Errorf("answered %v (%s), passages %+v: want Trump's statement", res.Answered, res.Reason, res.Passages)
	}
	wantRefused(t, ix, "what did Lavrov mention about the Arctic?",
		"did they mention sanctions?") // "mention" is not searched: only "sanctions" is asked
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "were drones mentioned?")
}

// TestQuestionPart: statements around a question are the asker's context, not what to look up,
// unless the question is short or refers back to them.
func TestQuestionPart(t *testing.T) {
	tests := []struct{ text, want string }{
		{"My aunt lives in Lviv. Were there air raid alerts in the east?", "Were there air raid alerts in the east?"},
		{"I read the news today! Who went with Putin to the talks? Thanks a lot.", "Who went with Putin to the talks?"},
		{"Zelenskiy was not there. Why?", "Zelenskiy was not there. Why?"},                                                                         // too short alone
		{"Kyiv may give up land. Has their leader said anything about that?", "Kyiv may give up land. Has their leader said anything about that?"}, // refers back
		{"Mr. Lavrov came too. Who else was in Putin's team?", "Who else was in Putin's team?"},                                                    // "Mr." ends no sentence
		{"How long did the U.S. and Russian leaders talk?", "How long did the U.S. and Russian leaders talk?"},
		{"Hi! I'm from Texas and curious. Was there a ceasefire?", "Was there a ceasefire?"},
		{"I live in Anchorage. Was the summit in my city?", "I live in Anchorage. Was the summit in my city?"},
		{"hi! im from texas. was there a ceasefire?", "was there a ceasefire?"}, // chat: lower case
		{"Who went with Putin to the talks?", "Who went with Putin to the talks?"},
		{"tell me about the delegations. thanks", "tell me about the delegations. thanks"}, // no question mark
		// An apology is never context, even for a question that refers back.
		{"Sorry my english not good. They will meet again in Moscow?", "They will meet again in Moscow?"},
		{"Sorry my English not perfect — in which city the two presidents meet?", "in which city the two presidents meet?"},                  // a dash ends an apology
		{"Sorry, but what did Putin say — and did Trump agree?", "Sorry, but what did Putin say — and did Trump agree?"},                     // …not a question
		{"Sorry, I meant the invitation to Moscow. When is that meeting?", "Sorry, I meant the invitation to Moscow. When is that meeting?"}, // context
		// "it" for the one event the context names is the report's event: the rest is the asker's.
		{"My sources have been grumbling about the summit all week. What did Czech officials say about it?", "What did Czech officials say about the summit?"},
		{"My friend told me about the meeting. Was Zelenskiy at it?", "Was Zelenskiy at the meeting?"},
		{"My teacher mentioned the summit. When did it happen?", "When did the summit happen?"},                                                                                  // a subject "it", when the context names no one
		{"My teacher gave a lecture on the summit. How long did it last?", "My teacher gave a lecture on the summit. How long did it last?"},                                     // …or another occasion
		{"My cousin in Kharkiv was scared during the summit. Was it covered in the report?", "My cousin in Kharkiv was scared during the summit. Was it covered in the report?"}, // …else it may be anything
		{"The summit and the talks after it were long. What did they say about it?", "The summit and the talks after it were long. What did they say about it?"},
	}
	for _, tc := range tests {
		if got := questionPart(tc.text); got != tc.want {
			t.Errorf("questionPart(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	wantFirst(t, newIndex(t), "Ongoing Conflict on the Ground",
		"My aunt lives in Lviv and we were scared all night. During the summit, were there air raid alerts in the east?",
		"What was happening in Ukraine during the summit?") // what happened at a place meanwhile
	// A capital that opens a sentence of the context is no name ("Several…").
	wantFirst(t, newIndex(t), "Summit Delegations", "Putin went to Anchorage. Several officials went with him. Who were they?")
	wantFirst(t, newIndex(t), "International Reactions and Concerns", "I'm a journalist covering Central Europe. Several of my sources in Prague have been grumbling about the summit all week. What exactly did Czech officials say about it according to the report?")
	if !opensSentence("It was long. Several", 13) || opensSentence("It was Mr. Several", 11) || opensSentence("we met Several", 7) {
		t.Error("opensSentence: a sentence's first word, not one after an abbreviation or inside a sentence")
	}
}

// TestAgreedIsCommitted: what was agreed is a commitment (variants.txt), so "was a ceasefire
// agreed?" finds the sentence that says the summit ended without a ceasefire or binding
// commitments.
func TestAgreedIsCommitted(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "was a ceasefire agreed in anchorage?")
}

// TestInflectedEverydayWord: an everyday word in another form ("projects", the list has
// "project") is no misspelling of a report word ("productive").
func TestInflectedEverydayWord(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Text: "what arctic projects did they discuss"})
	for _, r := range res.Readings {
		if r.Word == "projects" {
			t.Errorf("read %q as %q", r.Word, r.As)
		}
	}
	for w, want := range map[string]bool{"projects": true, "companies": true, "melting": true, "zelenskiy": false} {
		if _, ok := everydayRank(w); ok != want {
			t.Errorf("everydayRank(%q): listed %v, want %v", w, ok, want)
		}
	}
}

// TestChatSpellingsAndLongTypos: "b4" is the stop word "before", not a word the report lacks, and
// "w/" is "with"; a long misspelling is corrected though its stem is short ("coperation" → "coper").
func TestChatSpellingsAndLongTypos(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Overview", "when was the last time those two had a summit b4 this one")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "was space coperation discussed")
	// "w/" is "with": "went w/" reads as the phrase "went with".
	u := ix.cur.Load().read("who went w/ trump to alaska", "")
	if !slices.ContainsFunc(u.Terms, func(t qterm) bool { return t.Surface == "went with" }) {
		t.Errorf("who went w/ trump: terms %+v, want the phrase “went with”", u.Terms)
	}
	for in, want := range map[string]string{
		"who went w/Putin?":                        "who went with Putin?",
		"Is the next round in Moscow/ Washington?": "Is the next round in Moscow/ Washington?", // not a word of its own
		"no deal b/c":                              "no deal because ",
		"trade discussed y/n":                      "trade discussed ",
		"trump went w/ y/n":                        "trump went with  ",
		"who came w trump to anchorage":            "who came with trump to anchorage",
		"wat did they even talk abt":               "wat did they even talk about",
		"was it w. putin":                          "was it w. putin", // an initial, not "with"
	} {
		if got := spellShorthand(in); got != want {
			t.Errorf("spellShorthand(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOnlyEverydayWordsShared: a question that shares only everyday English words with the report
// ("place", "near", "won") and has as many it lacks is about something else; a count ("round
// two") is no word the report lacks.
func TestOnlyEverydayWordsShared(t *testing.T) {
	ix := newIndex(t)
	wantRefused(t, ix, "can u recommend a good pizza place near me", "lol who won the game last night",
		"best burger place in anchorage?") // the title's place says where, not what about
	wantFirst(t, ix, "Plans for Future Talks", "is there gonna be a round two?")
	// One word the report lacks may be a paraphrase, and "yet" and "latest" ask nothing.
	wantAnswered(t, ix, "any deal yet?", "whats the latest on the war", "is the war over yet?")
}

// TestHowCome: "how come" is a why, not a word to search ("come" would find who came along).
func TestHowCome(t *testing.T) {
	ix := newIndex(t)
	wantRefused(t, ix, "how come")
	u := ix.cur.Load().read("how come there was no ceasefire?", "")
	if !asksWhy(u.Words) || slices.ContainsFunc(u.Terms, func(t qterm) bool { return t.Surface == "come" }) {
		t.Errorf("how come: terms %+v, want a why-question without “come”", u.Terms)
	}
}

// TestHeadwayAndUnderstanding: everyday words for progress and agreement (everyday.txt).
func TestHeadwayAndUnderstanding(t *testing.T) {
	ix := newIndex(t)
	wantAnswered(t, ix, "did they make any headway?", "did they reach an understanding?")
}

// TestHeadingWordOverRelatedWord: a question word in a heading counts more than a related word in
// another section's text, so the section headed with it is among those quoted, and a heading
// completes a match its text begins.
func TestHeadingWordOverRelatedWord(t *testing.T) {
	ix := newIndex(t)
	res := mustSearch(t, ix, Request{Text: "any progress or nah"})
	if !slices.ContainsFunc(res.Passages, func(p Passage) bool { return p.Heading == "Talks Yield Progress, But No Agreement" }) {
		t.Errorf("any progress: passages %+v, want the section headed with “Progress” among them", res.Passages)
	}
	wantFirst(t, ix, "Summit Delegations", "Which delegates were on the Russian side, and what does that say about how seriously they took it?")
}

// TestTagQuestion: "…, right?" asks to confirm what comes before it; "right" is not searched.
func TestTagQuestion(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Summit Delegations", "lavrov was there right? whats his job", "rubio went with trump, no?")
	// The tag goes before the question is read, so presence reads "…was there?".
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "zelensky wasnt there right?", "zelensky was there, right?")
}

// TestRelatedWordTypo: a misspelling of a word the related-words tables know, one edit away, is
// read as that word ("acheive" → achieve ~ aimed); a real word two edits from one is not.
func TestRelatedWordTypo(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Overview", "what was the summit even supposed to acheive")
	if got := relatedKeyNear("acheive"); got != "achieve" {
		t.Errorf("relatedKeyNear(acheive) = %q, want achieve", got)
	}
	// A letter changed makes other real words: "refuge" is no "refuse", "strife" no "strike".
	for _, w := range []string{"talkers", "strife"} {
		if got := relatedKeyNear(w); got != "" {
			t.Errorf("relatedKeyNear(%s) = %q, want none", w, got)
		}
	}
	wantRefused(t, ix, "did zelenskiy seek refuge?", "was there strife between the delegations?")
	// A typo of a stop word is that stop word: nothing to search, and no crash.
	for _, q := range []string{"will they meet againn?", "wheree did they meet?", "what did they do befroe the summit?"} {
		res := mustSearch(t, ix, Request{Text: q})
		if len(res.Readings) == 0 || res.Readings[0].Why != "spelling" {
			t.Errorf("%q: readings %+v, want the typo read as a stop word", q, res.Readings)
		}
	}
}

// TestSeniorPeople: "senior" is the report's "veteran" (everyday.txt), but a which-question about
// people is no question about which veteran: only the head noun may be named by a related word.
func TestSeniorPeople(t *testing.T) {
	wantFirst(t, newIndex(t), "Summit Delegations", "which senior people did the russian leader bring along?")
}

// TestMissingIsNotPresent: "missing" is the report's "not present", and "alone" is answered by
// who joined (variants.txt); the report "talking about" something is no talks.
func TestMissingIsNotPresent(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "who was missing from the summit?")
	wantFirst(t, ix, "Summit Delegations", "did putin travel alone?")
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "which disconnect does the article talk about?")
	wantFirst(t, ix, "Plans for Future Talks", "does the article say whether they will talk again?") // talks, not the article's talking
	// "context" asks for an account of what follows, no word the report lacks.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "what was the context of the 'no deal until there's a deal' remark?")
}

// TestTwoQuestions: a message that asks two questions is answered for each: a passage for each
// part the report covers, and a note for one it does not.
func TestTwoQuestions(t *testing.T) {
	for text, want := range map[string][2]string{
		"how long was the meeting and was zelensky there":               {"how long was the meeting", "was zelensky there"},
		"Who were Putin's advisers, and how did Russia view the event?": {"Who were Putin's advisers", "how did Russia view the event?"},
		"did trump and putin meet?":                                     {"did trump and putin meet?", ""},
		"While the leaders were talking, were there air raid alerts?":   {"While the leaders were talking, were there air raid alerts?", ""},
		"who went with trump and why?":                                  {"who went with trump and why?", ""},
		"what did trump say and what did he mean by it?":                {"what did trump say and what did he mean by it?", ""},
		// an object pronoun after the part's own subject leans on nothing
		"Who traveled with Trump, and did Putin invite him to Moscow?": {"Who traveled with Trump", "did Putin invite him to Moscow?"},
		"How did Putin travel to Alaska, what plane did he fly?":       {"How did Putin travel to Alaska, what plane did he fly?", ""},
		// "he" for the one person the first part names by a capitalised name is that person
		"Who went with Putin and did he invite Trump anywhere afterwards?": {"Who went with Putin", "did Putin invite Trump anywhere afterwards?"},
		"Who brought Lavrov and did he invite Trump?":                      {"Who brought Lavrov and did he invite Trump?", ""}, // "he" is the unnamed bringer
		// the same "they" in both parts leans on neither
		"Where did they meet and how long did they talk?": {"Where did they meet", "how long did they talk?"},
		// a part with no word of its own asks nothing
		"where did they eat and what did they have?": {"where did they eat and what did they have?", ""},
	} {
		if a, b := splitQuestion(text); a != want[0] || b != want[1] {
			t.Errorf("splitQuestion(%q) = %q, %q; want %q, %q", text, a, b, want[0], want[1])
		}
	}
	ix := newIndex(t)
	// When the whole's best section answers neither part, the parts' answers lead.
	res := mustSearch(t, ix, Request{Text: "Where did they meet and how long did they talk?"})
	if len(res.Passages) < 2 || res.Passages[0].Heading != "Overview" || res.Passages[1].Heading != "Talks Yield Progress, But No Agreement" {
		t.Errorf("where and how long: %+v", res.Passages)
	}
	res = mustSearch(t, ix, Request{Text: "how long was the meeting and was zelensky there"})
	var headings []string
	for _, p := range res.Passages {
		headings = append(headings, p.Heading)
	}
	if !res.Answered || len(headings) < 2 || headings[0] != "Talks Yield Progress, But No Agreement" || headings[1] != "No Ceasefire, Uncertainty for Ukraine" {
		t.Errorf("two questions: %q (%s), want the length and then Zelenskiy's absence", headings, res.Reason)
	}
	res = mustSearch(t, ix, Request{Text: "was there a state dinner, and who was in Trump's delegation?"})
	if !res.Answered || res.Passages[0].Heading != "Summit Delegations" || res.Note != "The report does not mention “dinner”." {
		t.Errorf("one part covered: %+v, note %q, reason %q", res.Passages, res.Note, res.Reason)
	}
}

// TestPresence: "was X there?" asks whether someone was present, which the words of presence
// find; "hi there" asks nothing.
func TestPresence(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "was zelenskiy even there?", "zelenskiy there?", "was zelensky there or nah",
		"ukraine wasnt even at the table right?", "was zelensky at the table") // "at the table": at the meeting
	wantRefused(t, ix, "did they sit at the same table?") // "table" alone is no meeting
	wantFirst(t, ix, "Summit Delegations", "was lavrov there?", "was lavrov at the summit?")
	// A secret act is no private thought: the report tells of fears of secret concessions.
	wantFirst(t, ix, "International Reactions and Concerns", "did they secretly agree to concessions?")
	// At the event: the sentence that tells of presence, not one that names the person and the talks.
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "Was Zelensky at the talks in Anchorage?")
	// The lede tells where its main actors met.
	wantFirst(t, ix, "Overview", "was putin at the talks in anchorage?")
	// Only a subject of names or a pronoun before "at": a topic "discussed at" is no presence.
	wantFirst(t, ix, "Overview", "was ukraine discussed at the meeting?")
	wantRefused(t, ix, "hi there")
	if ix.cur.Load().asksPresence(words("where did they go from there?")) {
		t.Error("“where did they go from there?” read as a question of presence")
	}
}

// TestRequestVerbs: "give me", "show us" ask the bot; the verb is not searched, nor is a chat
// opener ("quick one:").
func TestRequestVerbs(t *testing.T) {
	snap := newIndex(t).cur.Load()
	u := snap.read("give me the names of the officials who came with putin", "")
	if slices.ContainsFunc(u.Terms, func(t qterm) bool { return strings.EqualFold(t.Surface, "give") }) {
		t.Errorf("terms %+v: “give” is searched", u.Terms)
	}
	u = snap.read("Hi, quick one: who went with trump?", "")
	if slices.ContainsFunc(u.Terms, func(t qterm) bool { return strings.EqualFold(t.Surface, "one") }) {
		t.Errorf("terms %+v: “one” of “quick one” is searched", u.Terms)
	}
}

// TestTopicOnlySectionYields: a section that matches only the report's topic (the words of its
// title and lede, and words related only to them) gives way to one among those quoted that
// matches what is asked; a support verb asks nothing of its own.
func TestTopicOnlySectionYields(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Summit Delegations", "who was on putin's team in anchorage?",
		"which US officials accompanied the president to the meeting?",
		"Who went along with the American leader to the meeting?") // a word for a person says who, not what
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement",
		"Who does the American president say he still has to check in with before anything is final?")
	wantFirst(t, ix, "Overview", "What city hosted the Trump-Putin summit?", "which two presidents held the summit?",
		"Which two heads of state took part in the Anchorage talks?")
}

// TestJoinCompounds: two words the report writes as one hyphenated word are read as it.
func TestJoinCompounds(t *testing.T) {
	snap := newIndex(t).cur.Load()
	for in, want := range map[string]string{
		"which russian held regions got hit": "which russian-held regions got hit",
		"Was it a Three Hour meeting?":       "Was it a Three-Hour meeting?",
		"who held the regions":               "who held the regions", // no compound of the report
		"russian  held":                      "russian  held",        // two spaces: not one word
	} {
		if got := snap.joinCompounds(in); got != want {
			t.Errorf("joinCompounds(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBrandsNotCorrected: a word with a capital inside ("SpaceX") is never corrected; other
// capitalised words are, as in Title Case questions ("Did They Discuss Trde?").
func TestBrandsNotCorrected(t *testing.T) {
	ix := newIndex(t)
	wantReason(t, ix, "when is the next SpaceX launch", "The report does not mention “SpaceX”.")
	wantFirst(t, ix, "Summit Delegations", "Who is Ushakof?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "did they talk about the Arctik?", "Did They Discuss Trde?")
}

// TestOneWordAskedItself: a question of one word is answered first by a section that has the
// word itself, not only a related one ("what was discussed?": the discussion, not "further
// talks"); chat spellings of question words ("wher", "hw") read as the words.
func TestOneWordAskedItself(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "what was discussed", "hw long did they talk")
	wantFirst(t, ix, "Overview", "wher did the sumit happen")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "what's the outlook for ending the fighting?")
}

// TestLeadInBeforeColon: a lead-in before a colon is the asker's context ("quick q before the
// stream: …"), kept when the question refers back to it ("Zelenskiy: was he there?").
func TestLeadInBeforeColon(t *testing.T) {
	ix := newIndex(t)
	wantFirst(t, ix, "Overview", "quick q before the stream: who met who and where?")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "Zelenskiy: was he there?")
}

// TestFormalParaphrases: formal words for the report's words, from the everyday and variants
// tables ("cessation of hostilities", "touch on", "willingness", "Atlantic alliance", "European
// Union", "three-party") and "format of" as a kind, answer as the report's own words do.
func TestFormalParaphrases(t *testing.T) {
	ix := newIndex(t)
	for q, heading := range map[string]string{
		"Did the summit produce a cessation of hostilities?":                                                    "No Ceasefire, Uncertainty for Ukraine",
		"Did the discussions touch on cooperation in outer space?":                                              "Talks Yield Progress, But No Agreement",
		"Did the Russian side signal a willingness to continue talking?":                                        "Plans for Future Talks",
		"What format of meeting had Washington hoped to set up with Kyiv's leader?":                             "Plans for Future Talks",
		"Did any European Union member state voice skepticism about Russia's peace intentions?":                 "International Reactions and Concerns",
		"Did the American president say he would need to consult the Atlantic alliance before striking a deal?": "Talks Yield Progress, But No Agreement",
		"Is a three-party meeting involving Kyiv likely to happen soon?":                                        "Plans for Future Talks",
		// whether an item was on the list, in other words for it and its frame ("matters")
		"Were commercial and trade matters discussed by the two heads of state?":                      "Talks Yield Progress, But No Agreement",
		"Was cooperation in outer space among the topics raised by the American and Russian leaders?": "Talks Yield Progress, But No Agreement",
	} {
		wantFirst(t, ix, heading, q)
	}
	// A PR win is a diplomatic one; Central Europe is in Europe; "honestly" hedges.
	wantFirst(t, ix, "International Reactions and Concerns",
		"my uncle keeps saying the kremlin scored a big PR win just from being invited and hosted on american soil. does the report back that up?",
		"Officials from which Central European country argued that Putin's ongoing military assaults undermined any claim that he sought peace?")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine",
		"i was reading about this and honestly it feels like nothing changed. does it look like the fighting is ending anytime soon after this?")
	// Framing words: "regarding" is "about", "subsequent" next, "caution" a warning, "briefly"
	// a length; "who served as X" asks who was X ("interpreters" the report lacks).
	wantFirst(t, ix, "Plans for Future Talks", "What did the Russian president offer regarding a subsequent meeting?")
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "What phrase did the US president use to caution that nothing was final yet?")
	wantFirst(t, ix, "Summit Delegations", "Who served as the American special envoy at the summit?", "Who was Moscow's chief diplomat at the talks?")
	wantFirst(t, ix, "Overview", "Can you tell me briefly what happened at the Anchorage summit?")
	wantReason(t, ix, "Who served as interpreters during the leaders' talks?", "The report does not mention “interpreters”.")
	// "concerning" may be an adjective, and "briefly" what is asked.
	wantFirst(t, ix, "International Reactions and Concerns", "what was concerning about the summit?", "what did europe find concerning?")
	wantReason(t, ix, "did they meet briefly?", "The report does not mention “briefly”.")
	// Idioms: to sound out is to consult, backroom deals are secret, land for peace is giving
	// up territory.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "Apart from Kyiv, which organization did the US president want to sound out?")
	wantFirst(t, ix, "International Reactions and Concerns", "Were there worries about backroom deals harmful to Kyiv?")
	wantFirst(t, ix, "No Ceasefire, Uncertainty for Ukraine", "Has Ukraine's president agreed to swap land for peace?")
	// More formal and idiomatic words for the report's: settlement, obligations, input,
	// extending an invitation, shutting the door, across the Atlantic, anticipated, produce; "merely"
	// hedges, "find" is light.
	for q, heading := range map[string]string{
		"was a settlement reached?":                                                "Talks Yield Progress, But No Agreement",
		"did russia take on any obligations?":                                      "No Ceasefire, Uncertainty for Ukraine",
		"did trump say nato's input was needed?":                                   "Talks Yield Progress, But No Agreement",
		"who extended an invitation to trump?":                                     "Plans for Future Talks",
		"did they shut the door on more talks?":                                    "Plans for Future Talks",
		"how did america's allies across the atlantic react?":                      "International Reactions and Concerns",
		"did trump merely hint at a deal?":                                         "Talks Yield Progress, But No Agreement",
		"did they find common ground?":                                             "Talks Yield Progress, But No Agreement",
		"what did the encounter in alaska produce?":                                "Overview",
		"was the outcome what people anticipated?":                                 "Overview",
		"did europe trust putin?":                                                  "International Reactions and Concerns", // trust ~ skepticism, for a yes/no answer
		"who extended the invitation to trump?":                                    "Plans for Future Talks",
		"did anyone think russia came out ahead?":                                  "International Reactions and Concerns",
		"what disconnect does the report point to?":                                "Ongoing Conflict on the Ground",
		"did europe distrust putin?":                                               "International Reactions and Concerns",
		"was land for peace discussed?":                                            "No Ceasefire, Uncertainty for Ukraine",
		"what areas of cooperation were discussed?":                                "Talks Yield Progress, But No Agreement", // "areas" frame a list
		"did the allies trust the process?":                                        "International Reactions and Concerns",
		"whose input did trump say was required before a deal could be finalized?": "Talks Yield Progress, But No Agreement",
	} {
		wantFirst(t, ix, heading, q)
	}
	// "Finalized" is what a deal is; land for peace is giving up territory, quoted as such.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "was a deal finalized?")
	if res := mustSearch(t, ix, Request{Text: "was land for peace discussed?"}); !res.Answered || !strings.Contains(res.Passages[0].Text, "giving up") {
		t.Errorf("land for peace: %+v, want the sentence on giving up territory", res.Passages)
	}
	// "Public opinion" is one thing the report never mentions.
	wantRefused(t, ix, "How did Ukrainian public opinion react to the summit?")
	// A question with an intent and only light words is no small talk.
	wantFirst(t, ix, "Talks Yield Progress, But No Agreement", "how long is it going to go?")
	// A gain is a win only gained from something: "what did Ukraine gain?" asks another thing.
	wantRefused(t, ix, "what did ukraine gain?")
	// "Air force" is one thing the report never mentions, not the air of "air raid alerts".
	wantRefused(t, ix, "How did Ukraine's air force respond to the drones?")
	// "On the ground" is the fighting; "the situation" asks where things stand.
	wantFirst(t, ix, "Ongoing Conflict on the Ground", "what was happening on the ground in ukraine while trump and putin met",
		"What was the situation on the front lines as the two presidents talked?", "what's the situation on the ground?")
	// The White House as a place is no word for the US: a meeting there is not the summit's.
	wantRefused(t, ix, "did trump meet zelensky at the white house afterwards")
}

// TestHintOnlyQuotesTheSection: a command with no argument (Text empty, a Hint) quotes every
// matching sentence of a section, up to three, not only those near the best one.
func TestHintOnlyQuotesTheSection(t *testing.T) {
	res := mustSearch(t, newIndex(t), Request{Hint: "reactions allies officials expressed skepticism fearing concerns noted viewed"})
	if !res.Answered || res.Passages[0].Heading != "International Reactions and Concerns" || len(res.Passages[0].Sentences) != 3 {
		t.Errorf("reactions: %+v, want the three sentences of International Reactions and Concerns", res.Passages)
	}
	// …but not one that matches nothing.
	res = mustSearch(t, reportIndex(t, "talks.txt", "Outcome\nThe weather was cold. Reporters waited outside. The summit concluded without a ceasefire. No binding commitments were made."),
		Request{Hint: "outcome result concluded agreement deal ceasefire binding commitments unresolved"})
	if !res.Answered || slices.ContainsFunc(res.Passages, func(p Passage) bool { return strings.Contains(p.Text, "weather") }) {
		t.Errorf("outcome: %+v, want no sentence about the weather", res.Passages)
	}
}

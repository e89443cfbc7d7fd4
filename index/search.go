package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Request is one search.
type Request struct {
	// Text is what the user typed: any text, any length (only the first MaxQueryTerms content
	// terms count). It decides whether the report covers the question.
	Text string
	// Hint is a canned query from a command (/who, /outcome, /reactions). Its terms rank passages
	// but never cause a refusal; with an empty Text the search never refuses on coverage.
	Hint string
	// HintWeight scales the Hint terms relative to Text terms (0 means 0.5).
	HintWeight float64
	// Intent forces an intent; IntentNone reads it from Text.
	Intent Intent
	// Limit is the most passages to return (0 means 3, the most an answer shows).
	Limit int
	// Explain fills Result.Explain.
	Explain bool
	// whole: search Text as one question, even when it asks two (see searchBoth).
	whole bool
	// rolesRead: Text's offices have been read as people (see readRoles).
	rolesRead bool
}

// Passage is one quoted answer: the best 1–3 sentences of one section, with matched words bolded.
type Passage struct {
	Report      string  // Report.ID
	ReportTitle string  // Report.Title
	Heading     string  // the section heading, the citation
	Section     int     // 0-based index of the section in its report
	Sentences   []int   // 1-based sentence numbers quoted, ascending
	Text        string  // the quoted sentences, exactly as in the report, joined by a space
	Highlight   string  // Text as Discord markdown: matched words **bold**, the rest escaped
	Score       float64 // ranking score, higher is better; comparable within one Result only (a passage moved up for its answer type may score less than the next)
}

// Reading notes how a word of the question was read ("Witkof" read as "witkoff").
type Reading struct {
	Word string // as typed
	As   string // the report's word it was matched to, spelled as in the report
	Why  string // "spelling", "related", "role" ("the American president" read as "Trump") or "topic" ("it" read as the report's title)
}

// Result is the answer to a Request.
type Result struct {
	Query    string    // Request.Text
	Answered bool      // false: the report does not cover the question
	Reason   string    // when !Answered: one plain sentence saying why
	Nearest  []string  // when !Answered: the nearest headings, best first (may be empty)
	Passages []Passage // when Answered: best first (by answer type, then Score: answertype.go), at most Request.Limit
	Readings []Reading // spelling corrections and related words used
	// Note, when Answered, is one plain sentence on what the passages leave out, to show before
	// them: "The report gives no date; its title names the year: “…”.", "The report mentions
	// skepticism but does not say which." "" else.
	Note string
	// Dated is the best report's date as its front matter gives it ("2025-08-15"), set when a
	// when-question asks about the report's topic as a whole ("when was the summit?"); "" else.
	Dated   string
	Took    time.Duration
	Explain *Explanation // only when Request.Explain
	// namesOnly: refused because the question is names and words the report lacks (onlyNames).
	namesOnly bool
}

// Explanation shows how a question was read and why each passage won.
type Explanation struct {
	Formula  string // how a sentence's score is computed, with the weights in force
	Intent   Intent
	Terms    []ExplainTerm
	OOVShare float64 // weighted share of question terms not in the report
	// AnswerType is the kind of answer the question asks for that was checked ("a span of time",
	// "a statement by Lavrov"; answertype.go), "" for none; AnswerFound says whether one of the
	// best sections holds it.
	AnswerType  string
	AnswerFound bool
	Candidates  []ExplainHit
}

// ExplainTerm is one content term of the question.
type ExplainTerm struct {
	Surface, Term string
	Weight        float64
	Known         bool
	Specific      bool
	Corrected     bool
	Actor         bool // the question asks what this one said or thought (answertype.go)
	Related       []string
}

// ExplainHit is one ranked section with its score parts.
type ExplainHit struct {
	Heading  string
	Sentence int
	BM25     float64 // bleve score of the best sentence (BM25)
	Norm     float64 // BM25 divided by the top hit's
	Coverage float64 // IDF-weighted share of the question terms the section matches
	Intent   float64 // 1 when the best sentence has what the question word asks for
	Score    float64
	Matched  []string
	// Attributed: some sentence of the section attributes a statement to the question's actor;
	// meaningful only when a term has Actor set.
	Attributed bool
}

// whoHint is searched for a who-question that names nothing ("Who was there?"): the words news
// reports use for who took part.
const whoHint = "delegation joined brought accompanied attended minister adviser envoy secretary officials"

// presenceHint is searched beside a question that asks whether someone was there (asksPresence).
const presenceHint = "present attended joined brought accompanied absent"

// presenceWords are presenceHint's words as written, which tell whether someone was at an event.
var presenceWords = set(presenceHint)

// privateWords ask what someone thought or felt in private ("secretly happy", "privately
// think"), with a word of thinking or feeling (see asksPrivateThought).
var privateWords = set(`secretly privately inwardly`)

// formRefusals are the questions a report cannot answer whatever its words, told by their form
// (each a test on the question's words, lower case), with the refusal for each.
var formRefusals = []struct {
	asks   func(ws []string) bool
	reason string
}{
	// "In your opinion, was Trump right to meet Putin?": the bot has no opinions to give.
	{asksOpinion, "That asks for an opinion: the bot only quotes what the report says."},
	// "What did Witkoff do before he became envoy?": the report tells the summit, not careers.
	{beforeRole, "The report tells the summit and what was said about it, not what anyone did before."},
	// "Was Putin secretly happy with how it went?": a report tells what was said and done.
	{asksPrivateThought, "The report tells what was said and done, not what anyone thought or felt in private."},
	// "Was this summit longer than their 2019 meeting?": a report of one event compares it with
	// nothing.
	{comparesWith, "The report tells this event; it does not compare it with others."},
	// "How did Putin fly to Alaska?": a report of talks says who came, not how they travelled.
	{asksHowTravelled, "The report does not say how anyone travelled."},
	// "Was Trump right to meet Putin?", "should Ukraine give up land?", "is Trump a good
	// negotiator?": a judgement, which a report of what was said and done does not make.
	{asksJudgement, "That asks for a judgement: the bot only quotes what the report says."},
	// "Tell me a joke about diplomats", "write a poem about the summit": not a question.
	{asksCreative, "That asks for something to be made up: the bot only quotes what the report says."},
	// "What if Zelenskiy had attended?": a report tells what happened, not what would have.
	{hypothetical, "The report tells what happened and what was said, not what would happen, or would have happened, otherwise."},
}

// comparesWith reports whether a question (its words, lower case) compares something with
// something else: a superlative or "most", then "ever" ("the longest they've ever talked"), or
// a comparative ("longer", "more likely", "better") before "than", with no number or
// expectation after it ("more than two hours" asks a quantity the report may give, "less than
// expected" what it says of expectations). "Other than", "rather than" and "more (issues) than
// Ukraine" ask what else, and compare nothing.
func comparesWith(ws []string) bool {
	// "how did Rubio compare this summit with earlier negotiations?", "how does it compare to 2019?"
	for i, w := range ws {
		if w != "compare" && w != "compared" && w != "compares" && w != "comparison" {
			continue
		}
		// …with another occasion: "earlier negotiations", "the 2019 summit", "previous talks"
		if k := slices.IndexFunc(ws[i+1:], func(v string) bool { return v == "with" || v == "to" }); k >= 0 &&
			slices.ContainsFunc(ws[i+2+k:min(len(ws), i+6+k)], func(v string) bool {
				return otherOccasion[v] || isYear(v) || v == "past" || v == "prior" || v == "former" || v == "other"
			}) {
			return true
		}
	}
	// "the longest they've ever talked", "the biggest summit ever": a superlative, then "ever"
	// ("did they ever resolve the most significant issue?" ranks nothing)
	if sup := slices.IndexFunc(ws, func(w string) bool { return w == "most" || w == "least" || superlatives[w] }); sup >= 0 &&
		slices.Contains(ws[sup+1:], "ever") {
		return true
	}
	for k, w := range ws {
		if w != "than" || k == 0 || k+1 >= len(ws) {
			continue
		}
		if next := ws[k+1]; isQuantity(next) || (next == "a" || next == "an") && k+2 < len(ws) && (isQuantity(ws[k+2]) || durationUnits[ws[k+2]]) ||
			next == "expected" || next == "hoped" || next == "anticipated" {
			continue // "more than two hours", "longer than an hour", "less than expected"
		}
		prev := ws[k-1]
		if strings.HasSuffix(prev, "er") && prev != "other" && prev != "rather" && prev != "under" && len(prev) > 4 {
			return true
		}
		// "more likely to lead to a deal than…"; "more than Ukraine" and "more issues than
		// Ukraine" ask what else, as "besides" does
		if c := slices.IndexFunc(ws[max(0, k-8):k], func(b string) bool { return comparatives[b] }); c >= 0 {
			c += max(0, k-8)
			if after := ws[c+1]; c+1 < k && !(strings.HasSuffix(after, "s") && !strings.HasSuffix(after, "ous") && !strings.HasSuffix(after, "ss")) {
				return true
			}
		}
	}
	return false
}

// asksHowTravelled reports whether a question (its words, lower case) asks how someone went
// somewhere: "how" and a verb of going followed by "to" and a place, or "there" ("how did Trump
// get to Alaska?", "how did Putin fly there?"), not "how did the talks go in Anchorage?", "how
// did they get along?" or "how come…".
func asksHowTravelled(ws []string) bool {
	i := firstWord(ws)
	if i < 0 || i+1 >= len(ws) || ws[i] != "how" || ws[i+1] == "come" { // "how come…" is a why
		return false
	}
	for k := i + 1; k+1 < len(ws); k++ {
		w := ws[k]
		if !motionVerbs[w] && !getForms[w] && w != "arrive" && w != "arrived" {
			continue
		}
		// "to" and a place, or for a verb that cannot tell how something went ("how did the
		// talks go in Anchorage?", "how did things go there?") also "there" or "in" and a
		// place; "how did Trump come to meet Putin?" asks how it came about
		goes := w == "go" || w == "going" || w == "gone" || w == "went"
		place := k+2 < len(ws) && isPlace(bareWord(ws[k+2]))
		if ws[k+1] == "to" && place || !goes && (ws[k+1] == "there" || ws[k+1] == "in" && place) {
			return true
		}
	}
	return false
}

// getForms make a passive with a participle ("did NATO get consulted?"), and go somewhere ("how
// did Trump get to Alaska?").
var getForms = set(`get gets got gotten getting`)

// superlatives rank a thing among others ("the longest … ever").
var superlatives = set(`longest shortest biggest largest smallest best worst highest lowest greatest
	earliest latest toughest hardest easiest strongest weakest closest`)

// comparatives compare, some words before "than" ("a better negotiator than").
var comparatives = set(`more less better worse fewer`)

// thinkWords are verbs of thinking and feeling ("privately think", "secretly wanted").
var thinkWords = set(`think thinks thought feel feels felt want wants wanted believe believes believed
	hope hopes hoped like liked love loved hate hated prefer preferred fear feared enjoy enjoyed
	mind minded regret regretted`)

// asksPrivateThought reports whether a question (its words, lower case) asks what someone thought
// or felt in private: a word of privateWords (or "deep down") and a word of thinking or feeling
// (thinkWords, feelingWords: "was Putin secretly happy…?"), not an act done in secret ("did they
// secretly agree to concessions?", "did they meet privately?").
func asksPrivateThought(ws []string) bool {
	private := slices.ContainsFunc(ws, func(w string) bool { return privateWords[w] })
	for k := 0; k+1 < len(ws) && !private; k++ {
		private = ws[k] == "deep" && ws[k+1] == "down" // "what does Putin really want deep down?"
	}
	return private && slices.ContainsFunc(ws, func(w string) bool { return thinkWords[w] || feelingWords[w] })
}

// asksPresence reports whether a question (its words, lower case) asks whether someone was at the
// event (a form of "be", names or a pronoun, "at" and a word for the event: "was Zelensky at the
// talks?", not "was Ukraine discussed at the meeting?") or ends by asking whether someone was
// there: "there" last, after fillers ("was Zelenskiy even there?", "lavrov there?"), in a yes/no
// question or a fragment: not "is there…", "who was there" or "where did they go from there?".
func (s *snapshot) asksPresence(ws []string) bool {
	if f := firstWord(ws); f >= 0 && beForms[ws[f]] {
		j := s.afterSubject(ws, f+1)
		for j < len(ws) && (fillerWords[ws[j]] || ws[j] == "also" || ws[j] == "even") {
			j++
		}
		if j > f+1 && j < len(ws) && ws[j] == "at" {
			j++
			for j < len(ws) && (definites[ws[j]] || ws[j] == "this") {
				j++
			}
			if j < len(ws) && eventNouns[ws[j]] && ws[j] != "it" {
				return true
			}
		}
	}
	i := len(ws) - 1
	for i >= 0 && (fillerWords[ws[i]] || i > 0 && ws[i-1] == "or" && (ws[i] == "not" || ws[i] == "no")) {
		i--
	}
	if i >= 1 && ws[i] == "or" { // "was zelensky there or nah", "…or not"
		i--
	}
	if i < 1 || ws[i] != "there" || beForms[ws[i-1]] && i == 1 {
		return false
	}
	return !slices.ContainsFunc(ws, func(w string) bool { return questionWords[questionWord(w)] }) // "where did they go from there?"
}

// intentHints are searched beside a question whose intent asks for a span of time: the words
// that state one (see features.go).
var intentHints = map[Intent]string{
	IntentLong: "hour hours minute minutes day days week weeks month months",
	IntentWhen: "since soon today yesterday tomorrow timeline date morning night later earlier ago",
}

// Ranking weights: a sentence scores (normWeight·BM25/max + coverageWeight·coverage), discounted
// by intentPenalty[intent]·(1 − intent match) when it lacks what the question word asks for. A
// section scores its best sentence plus sectionWeight·coverageWeight·(section coverage − that
// sentence's coverage).
const (
	normWeight     = 0.35
	coverageWeight = 0.65
	sectionWeight  = 0.5
	// headingBoost weighs a heading match against a text match in BM25; headingMatch counts it
	// in coverage. A heading is short, so BM25 alone would let a heading word outrank the
	// sentences that say it; and the quote should hold the words the question asked for. Still,
	// a heading says what its section is about: its word counts more than a related word in
	// another section's text (relatedWeight).
	headingBoost = 0.3
	headingMatch = 0.8
	// personPenalty is what a section loses when the question names a person it never names.
	personPenalty = 0.5
	// topicWeight is the most a report loses for using none of the topic's words
	// (Options.Topic): enough to prefer the event's own coverage among equal matches, not to
	// override a clearly better match elsewhere.
	topicWeight = 0.3
	// candidateHits is how many sentence hits bleve returns for reranking.
	candidateHits = 60
	// maxOOVShare: refuse when more than this weighted share of the question's terms is absent
	// from the report.
	maxOOVShare = 0.5
	// minCoverage: refuse when the best section matches less than this share of the question.
	minCoverage = 0.3
	// keepRatio: a further passage is shown only if it scores at least this share of the best.
	keepRatio = 0.55
	// sentenceRatio: a further sentence of the same section is quoted if it scores this share of
	// the section's best sentence.
	sentenceRatio = 0.8
	// hintRatio is sentenceRatio for a command with no argument: any sentence that matches the
	// command's words at all is quoted (one that matches nothing scores 0).
	hintRatio = 0.01
)

// Search answers one request on the live index. It returns an error only when the index is closed
// or bleve fails; any user text gets a Result (answered or refused).
func (ix *Index) Search(ctx context.Context, req Request) (Result, error) {
	start := time.Now()
	s, err := ix.acquire()
	if err != nil {
		return Result{}, err
	}
	defer s.release()
	res, err := s.search(ctx, req)
	res.Took = time.Since(start)
	return res, err
}

func (s *snapshot) search(ctx context.Context, req Request) (Result, error) {
	if req.Limit <= 0 {
		req.Limit = 3
	}
	if req.HintWeight <= 0 {
		req.HintWeight = 0.5
	}
	// "The American president" is the person the report gives that office; "the Czech
	// president" is no one in it.
	if !req.rolesRead && !req.whole {
		if rrs := s.questionRoles(req.Text); len(rrs) > 0 {
			return s.searchRoles(ctx, req, rrs)
		}
	}
	text := questionPart(req.Text) // the question, without the asker's context
	if req.Hint == "" && req.Intent == IntentNone && !req.whole {
		if first, second := splitQuestion(text); second != "" {
			return s.searchBoth(ctx, req, first, second)
		}
	}
	u := s.read(text, req.Hint)
	if req.Intent != IntentNone {
		u.Intent = req.Intent
	}
	res := Result{Query: req.Text}
	// "How did it go?", "how long did it last?", "what happened?", "summary pls": with one report,
	// a question that names nothing but "it", a happening or a request for an account is about
	// the report's own event, read as its title (when the report uses the title's words).
	if len(s.corpus.Reports) == 1 && len(u.Hint) == 0 && req.Intent == IntentNone &&
		!slices.ContainsFunc(u.Terms, func(t qterm) bool { return t.Weight > 0 && !t.Light }) && s.titleInText() {
		if w, said := refersToEvent(text); w != "" {
			title := s.corpus.Reports[0].Title
			u.Terms = s.read(text+" "+title, "").Terms
			if said {
				res.Readings = append(res.Readings, Reading{Word: w, As: title, Why: "topic"})
			}
		}
	}
	// "What's the date of the report?", "when was this article published?": its front matter's
	// date, as for the event's.
	if len(s.corpus.Reports) == 1 && req.Intent == IntentNone && asksReportDate(u.Words) &&
		!slices.ContainsFunc(u.Terms, func(t qterm) bool {
			w := bareWord(t.Surface)
			return t.Weight > 0 && !t.Light && !publishWords[w] && !reportNouns[w] && w != "date" && !s.titleTerms[s.corpus.Reports[0].ID][t.Term]
		}) { // "when was the report about the summit written?"
		u.Terms, u.Intent = s.read(s.corpus.Reports[0].Title, "").Terms, IntentWhen
	}
	for _, t := range u.Terms {
		// A misspelling corrected, or another spelling of a person's name from the variants
		// table ("zelensky", "witkof"): the answer says how the name was read.
		_, variant := variants.equiv[bareWord(t.Surface)]
		if t.Corrected || variant && s.isPerson(t.Term) {
			res.Readings = append(res.Readings, Reading{Word: t.Surface, As: s.spell([]string{t.Term}), Why: "spelling"})
		} else if t.ReadAs != "" {
			res.Readings = append(res.Readings, Reading{Word: t.Surface, As: t.ReadAs, Why: "spelling"})
		}
	}
	var ex *Explanation
	if req.Explain {
		ex = &Explanation{Intent: u.Intent, Formula: fmt.Sprintf(
			"score = (%.2f·BM25/top + %.2f·coverage) × intent discount (up to %.0f%%) × topic discount (up to %.0f%%) × person discount (%.0f%%), plus section coverage",
			normWeight, coverageWeight, intentPenalty[u.Intent]*100, topicWeight*100, personPenalty*100)}
		for i, t := range u.Terms {
			et := ExplainTerm{Surface: t.Surface, Term: t.Term, Weight: t.Weight, Known: t.Known,
				Specific: t.Specific, Corrected: t.Corrected, Actor: slices.Contains(u.Actor, i)}
			for _, p := range t.Related {
				et.Related = append(et.Related, s.spell(p))
			}
			ex.Terms = append(ex.Terms, et)
		}
		res.Explain = ex
	}

	// "Who was there?": a who-question that names nothing but a place asks who took part
	// ("Who are you?" does not).
	if len(u.Terms) == 0 && len(u.Hint) == 0 && u.Intent == IntentWho && hasWord(req.Text, "there") {
		u.Hint = s.contentTerms(whoHint, nil)
	}
	// "Was Zelenskiy there?", "zelensky even there?": whether someone was present, which the
	// words of presence find ("was not present at the meeting").
	presence := req.Intent == IntentNone && len(u.Terms) > 0 && s.asksPresence(u.Words) // "hi there" asks nothing
	if len(u.Hint) == 0 && presence {
		u.Hint = s.contentTerms(presenceHint, nil)
	}
	// Refusals that need no search: nothing to look up ("thanks!", "hey how's it going": "going"
	// is a light word).
	if (len(u.Terms) == 0 || u.Intent == IntentNone && !slices.ContainsFunc(u.Terms, func(t qterm) bool { return t.Weight > 0 })) && len(u.Hint) == 0 {
		res.Reason = "That does not read as a question about the report: ask about the summit, for example \"Who was in Trump's delegation?\"."
		if strings.TrimSpace(req.Text) == "" {
			res.Reason = "Ask a question about the report, for example \"Was there a ceasefire?\"."
		}
		res.Nearest = s.nearestHeadings(nil)
		return res, nil
	}
	// Questions refused by their form alone (formRefusals).
	if req.Intent == IntentNone {
		for _, f := range formRefusals {
			if f.asks(u.Words) {
				res.Reason = f.reason
				res.Nearest = s.nearestHeadings(u.Terms)
				return res, nil
			}
		}
	}
	var missing []string
	var oov, total float64
	for _, t := range u.Terms {
		total += t.Weight
		if !t.Known && t.Weight > 0 {
			oov += t.Weight
			if t.Specific {
				missing = append(missing, t.Surface)
			}
		}
	}
	if total > 0 {
		if ex != nil {
			ex.OOVShare = oov / total
		}
		// "Were there any casualties…?" asks whether what the report never mentions exists, and
		// "were sanctions discussed?" whether it was raised.
		for _, e := range []int{existentialFocus(u), existentialModifier(u), s.topicFocus(u), unknownHead(u), aboutFocus(u), peopleFocus(u), s.yesNoObjectThing(u), s.copularLabel(u), fragmentHead(u), whoVerb(u), s.whenVerb(u), detailNoun(u), s.topicVerb(u)} {
			if e >= 0 && !u.Terms[e].Known && u.Terms[e].Weight > 0 && !slices.Contains(missing, u.Terms[e].Surface) {
				missing = append(missing, u.Terms[e].Surface)
			}
		}
		if len(missing) > 0 {
			res.Reason = fmt.Sprintf("The report does not mention %s.", joinWords(missing))
			res.Nearest = s.nearestHeadings(u.Terms)
			return res, nil
		}
		if names, asks := s.onlyNames(u.Terms); names != nil && asks != nil {
			res.Reason = fmt.Sprintf("The report mentions %s but says nothing about %s.", joinWordsAnd(names), joinWords(asks))
			res.namesOnly = true
			res.Nearest = s.nearestHeadings(u.Terms)
			return res, nil
		}
		if oov/total > maxOOVShare || s.onlyEverydayShared(u.Terms) {
			var words []string
			for _, t := range u.Terms {
				if !t.Known && t.Weight > 0 {
					words = append(words, t.Surface)
				}
			}
			res.Reason = fmt.Sprintf("The report does not cover that: it never mentions %s.", joinWords(words))
			res.Nearest = s.nearestHeadings(u.Terms)
			return res, nil
		}
	}

	// The answer to "how long" or "when" is a span of time: sentences that state one are
	// searched too, so the one that answers can win on intent though it shares few words
	// ("how long did Putin and Trump talk?" → "their nearly three-hour discussion").
	if h, ok := intentHints[u.Intent]; ok && len(u.Terms) > 0 {
		for _, tok := range s.analyzer.Analyze([]byte(h)) {
			// Only words the corpus has; and a time word in more than 1% of a large corpus's
			// passages finds everything and costs the most to search.
			if df := s.vocab[string(tok.Term)]; df > 0 && df <= max(100, len(s.passages)/100) {
				u.Hint = append(u.Hint, qterm{Surface: string(tok.Term), Term: string(tok.Term), Known: true})
			}
		}
	}
	q, owners := s.buildQuery(u, req.HintWeight)
	sr := bleve.NewSearchRequestOptions(q, candidateHits, 0, false)
	sr.IncludeLocations = true
	// Score order only: a "_id" tie-break would load every matching document's ID (a third of
	// the search time at 100k passages). Equal scores keep bleve's internal order, which is fixed
	// for a given index; rank breaks remaining ties by section.
	out, err := s.bleve.SearchInContext(ctx, sr)
	if err != nil {
		return res, fmt.Errorf("index: search: %w", err)
	}
	secs := s.rank(u, out.Hits, owners)
	if len(secs) == 0 {
		res.Reason = "The report does not cover that."
		res.Nearest = s.nearestHeadings(u.Terms)
		return res, nil
	}
	// "How long were the two leaders talking together?" names only the event: any span of time
	// answers it, however little of the question its sentence shares.
	if len(u.Terms) > 0 && secs[0].coverage < minCoverage && !(u.Intent == IntentLong && s.onlyTopicWords(u, secs[0].key.report, true) &&
		!slices.ContainsFunc(u.Words, func(w string) bool { return w == "before" || w == "after" })) { // "…talking before the summit?"
		res.Reason = "The report does not cover that: no section matches enough of the question."
		res.Nearest = headingsOf(secs, 3)
		return res, nil
	}
	// The checks below read a free question; a command's own intent and hint ask for no
	// particular answer.
	dated := req.Intent == IntentNone && s.datesEvent(u, secs[0].key.report)
	if req.Intent == IntentNone {
		secs = s.ledeFirst(u, secs, dated)
		if ex != nil { // the candidates, should a check below refuse
			for _, sc := range secs {
				ex.Candidates = append(ex.Candidates, sc.explain())
			}
		}
		// The person or body a question names is what it is about: when even the best section
		// (which the person discount already favours for naming them) does not name them, the
		// report has nothing about them on that ("did Lavrov speak to reporters after the
		// talks?", "when is the next NATO summit?").
		if name := s.absentName(u, secs[0]); name != "" {
			res.Reason = fmt.Sprintf("The report mentions %s, but not in connection with that.", name)
			res.Nearest = headingsOf(secs, 3)
			return res, nil
		}
		// "What happened at their 2019 summit?" when the report says only "since 2019".
		if y := s.referenceYear(u, secs[0].key.report); y != "" {
			res.Reason = referenceReason(y)
			res.Nearest = headingsOf(secs, 3)
			return res, nil
		}
	}
	var kind, reason string
	// "When was the summit?" asks the date of the report's own event: its front matter gives it.
	if r := s.corpus.Report(secs[0].key.report); dated && r.Date == "" {
		// "What year was the summit?" when only the title names one ("…in Anchorage, 2025"):
		// the title says it, and is quoted whole; a date is not given.
		if !slices.Contains(u.Words, "year") || !slices.ContainsFunc(words(r.Title), isYear) ||
			slices.ContainsFunc(u.Words, func(w string) bool { return reportNouns[bareWord(w)] }) { // "what year was the report written?": the title dates the event
			res.Reason = "The report does not give a date."
			res.Nearest = headingsOf(secs, 3)
			return res, nil
		}
		res.Note = fmt.Sprintf("The report gives no date; its title names the year: “%s”.", r.Title)
		kind = "the year in the report's title"
	} else if dated {
		res.Dated = r.Date
		kind = "the report's date"
	} else if req.Intent == IntentNone { // a command's own intent asks for no particular answer
		secs, kind, reason = s.answerType(u, secs)
	}
	if ex != nil { // the candidates in their final order
		ex.AnswerType, ex.AnswerFound = kind, kind != "" && reason == ""
		ex.Candidates = ex.Candidates[:0]
		for _, sc := range secs {
			ex.Candidates = append(ex.Candidates, sc.explain())
		}
	}
	// "Who was on Putin's team in Anchorage?": a section that matches only the report's topic
	// (the title's names and place) says nothing of what is asked; one among those quoted that
	// matches a word of what is asked comes first.
	if reason == "" && !dated && req.Intent == IntentNone && len(secs) > 1 &&
		(u.Intent == IntentNone || u.Intent == IntentWho || u.Intent == IntentYesNo) { // a place or a time may be the topic's
		// The lede's words are the topic too ("which US officials accompanied the president?"),
		// and a support verb asks nothing of its own ("which two presidents held the summit?").
		topic := s.topicNames[secs[0].key.report]
		asked := slices.DeleteFunc(s.askedTerms(u, secs[0].key.report), func(i int) bool {
			t := u.Terms[i]
			return topic[t.Term] || supportVerbs[strings.ToLower(t.Surface)] || personNouns[bareWord(t.Surface)] || // "the American leader" is who, not what
				slices.ContainsFunc(t.Related, func(p []string) bool { return len(p) == 1 && topic[p[0]] }) // "American" ~ US
		})
		if len(asked) > 0 && !slices.ContainsFunc(asked, func(i int) bool { return secs[0].matched[i] > 0 }) {
			if i := firstKept(secs, func(sc *scoredSection) bool {
				return slices.ContainsFunc(asked, func(i int) bool { return sc.matched[i] > 0 })
			}); i > 0 {
				secs = bringFirst(secs, i)
			}
		}
	}
	// "Did the fighting stop while they were meeting?": a question placed during the event is
	// answered by a sentence that places in that time what it asks beside that phrase and its
	// names ("While the summit took place, fighting continued…"); a section that quotes one comes
	// first, even from below the sections that match only the phrase ("the leaders", "meeting").
	if during := duringPhrase(u.Words); reason == "" && !dated && req.Intent == IntentNone && len(secs) > 1 && during != nil {
		aside := besidesPhrase(u.Words) // "apart from the war, which subjects…": the war is set aside
		asked := slices.DeleteFunc(s.askedTerms(u, secs[0].key.report), func(i int) bool {
			w := strings.ToLower(u.Terms[i].Surface)
			return slices.Contains(during, w) || slices.Contains(aside, w) || s.isName(u.Terms[i].Term)
		})
		if len(asked) == 0 && slices.ContainsFunc(u.Words, func(w string) bool { return w == "happening" || w == "happened" || w == "happen" }) {
			// "what was happening in Ukraine during the summit?": what happened at the place
			asked = slices.DeleteFunc(s.askedTerms(u, secs[0].key.report), func(i int) bool {
				return slices.Contains(during, strings.ToLower(u.Terms[i].Surface)) || !isPlace(bareWord(u.Terms[i].Surface))
			})
		}
		if i := slices.IndexFunc(secs, func(sc *scoredSection) bool {
			return slices.ContainsFunc(sc.quoted(sentenceRatio), func(ss *scoredSentence) bool {
				return placesInTime(ss.e.Text) && slices.ContainsFunc(asked, func(i int) bool { return ss.inText[i] })
			})
		}); i > 0 {
			secs = bringFirst(secs, i)
		}
	}
	// "Was Zelensky at the talks in Anchorage?": a section among those kept whose quote tells of
	// the presence of a person the question names comes first ("Zelenskiy was not present at
	// the meeting"), not one that names them and the talks ("consultation with … Zelenskiy").
	if reason == "" && !dated && len(secs) > 1 && presence {
		var people []int
		for i, t := range u.Terms {
			if t.Known && s.isPerson(t.Term) {
				people = append(people, i)
			}
		}
		// A news report's lede tells where its main actors met ("… Putin met in Anchorage").
		tells := func(sc *scoredSection) bool {
			return slices.ContainsFunc(sc.quoted(sentenceRatio), func(ss *scoredSentence) bool {
				return slices.ContainsFunc(people, func(i int) bool { return ss.inText[i] }) &&
					(ss.e.Section == 0 && ss.e.Sentence == 1 ||
						slices.ContainsFunc(words(strings.ToLower(ss.e.Text)), func(w string) bool { return presenceWords[w] }))
			})
		}
		if len(people) > 0 && !tells(secs[0]) {
			if i := firstKept(secs, tells); i > 0 {
				secs = bringFirst(secs, i)
			}
		}
	}
	// "Was there any progress?": the section that has the thing asked about itself ("Talks Yield
	// Progress") before one with only a related word ("steps forward").
	if e := existentialFocus(u); reason == "" && !dated && req.Intent == IntentNone && e >= 0 && u.Terms[e].Known &&
		s.vocab[u.Terms[e].Term] > 0 && !s.titleTerms[secs[0].key.report][u.Terms[e].Term] && // "another summit": the title's word is everywhere
		!s.saysItself(secs[0], u, e) {
		if i := firstKept(secs, func(sc *scoredSection) bool { return s.saysItself(sc, u, e) }); i > 0 {
			secs = bringFirst(secs, i)
		}
	}
	// "What was discussed?" asks one word: a section that has it itself ("Their nearly three-hour
	// discussion") comes before one with only a related word ("further talks").
	if reason == "" && !dated && req.Intent == IntentNone && u.Intent == IntentNone { // "how long was the meeting?" asks a span
		var asked []int
		for i, t := range u.Terms {
			if t.Weight > 0 && !t.Light {
				asked = append(asked, i)
			}
		}
		if len(asked) == 1 && s.vocab[u.Terms[asked[0]].Term] > 0 && !s.saysItself(secs[0], u, asked[0]) {
			if i := firstKept(secs, func(sc *scoredSection) bool { return s.saysItself(sc, u, asked[0]) }); i > 0 {
				secs = bringFirst(secs, i)
			}
		}
	}
	// "What exactly did they agree about the Arctic?" asks for a detail: a section that only shares
	// the subject does not give it (detail.go). The report's date is a detail ("what was the exact
	// date?").
	if reason == "" && !dated && req.Intent == IntentNone && asksDetail(u.Words) &&
		!givesDetail(u, secs[0], s.titleTerms[secs[0].key.report]) {
		reason = "The report does not give that detail: no sentence matches all of the question."
	}
	// "Did Zelenskiy call Trump after the summit?": the report does not go on past its event; "did
	// Rubio meet Lavrov separately?": a list that names both says nothing of what passed between
	// them. A section that matches what is asked comes first, if it is among those quoted.
	if reason == "" && !dated && req.Intent == IntentNone {
		// "What comes next after the summit?" asks the plans the report tells; "what will Putin
		// do after the summit?" asks nothing of them.
		after := u.After != nil && !(asksAhead(u.Words) && !s.onlyTopicWords(u, secs[0].key.report, true))
		var pair []int
		if !u.Figurative {
			pair = s.asksBetweenPeople(u)
		}
		if after || pair != nil {
			i := firstKept(secs, func(sc *scoredSection) bool {
				return (pair == nil || namesOneOf(sc, pair)) &&
					s.tellsWhatIsAsked(u, sc, s.titleTerms[sc.key.report], pair != nil, after)
			})
			switch {
			case i < 0 && after:
				reason = afterReason
			case i < 0:
				who := make([]string, len(pair))
				for k, p := range pair {
					who[k] = s.spell([]string{u.Terms[p].Term})
				}
				reason = fmt.Sprintf("The report names %s, but not what passed between them.", joinWordsAnd(who))
			case i > 0:
				secs = bringFirst(secs, i)
			}
		}
	}
	// "Did NATO welcome the summit?" when the report names NATO only in "consultation with NATO":
	// it tells nothing the subject did.
	if subject := s.yesNoSubject(u); reason == "" && !dated && req.Intent == IntentNone && !u.Figurative && len(subject) > 0 &&
		!slices.ContainsFunc(u.Words, func(w string) bool { return w == "be" || w == "been" || w == "being" }) && // "does NATO need to be consulted?"
		!slices.ContainsFunc(u.Words, func(w string) bool { return getForms[w] }) { // "did NATO get consulted?"
		if who := s.neverActs(u, subject); who != "" {
			reason = fmt.Sprintf("The report does not say so: it tells of nothing %s did.", who)
		}
	}
	// "Did Trump accept Putin's invitation?" when the best section tells of the invitation only:
	// a yes/no question is answered by a section that has the verb it asks about.
	if v := s.yesNoVerb(u); reason == "" && !dated && req.Intent == IntentNone && !u.Figurative && v >= 0 && u.Terms[v].Known {
		if secs[0].matched[v] == 0 {
			i := firstKept(secs, func(sc *scoredSection) bool {
				return sc.matched[v] > 0 && s.absentName(u, sc) == ""
			})
			if i < 0 {
				reason = fmt.Sprintf("The report does not say: its passages on this never use “%s” or a word like it.", u.Terms[v].Surface)
			} else {
				secs = bringFirst(secs, i)
			}
		} else if !s.saysItself(secs[0], u, v) {
			// "Did Trump and Putin discuss Ukraine?": a section with the verb itself ("aimed to
			// discuss"), in its text or heading, before one with only a related word ("further
			// talks").
			if i := firstKept(secs, func(sc *scoredSection) bool { return s.absentName(u, sc) == "" && s.saysItself(sc, u, v) }); i > 0 {
				secs = bringFirst(secs, i)
			}
		}
		// "Did Trump criticize Putin?" when the report's criticism is the Czech officials': the
		// verb must be told of the subject the question names, and of the person it names after
		// the verb, the right way round ("did Trump invite Putin?" is not "Putin invited Trump").
		if subject := s.yesNoSubject(u); reason == "" && len(subject) > 0 {
			// The people of the title and lede are the event's: a sentence that tells of the
			// summit is about them (eventFirst), and one that names neither of them may be about
			// either ("Zelenskiy was not present at the meeting" for "did Zelenskiy meet Putin?");
			// one that names the other is not ("Putin brought … Lavrov" for "did Lavrov accompany
			// Trump?"). Places are left out, as in absentName: a country may stand for its
			// delegation.
			topic := s.topicNames[secs[0].key.report]
			title := !slices.ContainsFunc(subject, func(i int) bool { return !topic[u.Terms[i].Term] })
			object, topicObject := s.yesNoObject(u, v, subject), []int(nil)
			object = slices.DeleteFunc(object, func(i int) bool {
				if topic[u.Terms[i].Term] {
					topicObject = append(topicObject, i)
					return true
				}
				return false
			})
			told := func(sc *scoredSection, ss *scoredSentence) bool {
				return ss.matched[v] > 0 && (sc.aboutSubject(ss, subject) && !s.namedOnlyAfterPreposition(ss.e.Text, u, subject) ||
					title && s.eventFirst(ss.e.Text, ss.spans))
			}
			tells := func(sc *scoredSection) bool {
				return slices.ContainsFunc(sc.sentences, func(ss *scoredSentence) bool {
					return told(sc, ss) && (len(object) == 0 || slices.ContainsFunc(object, func(i int) bool { return ss.matched[i] > 0 })) &&
						!s.namesOtherTopicPerson(ss.e.Text, u, subject, topicObject) && !s.rolesReversed(ss.e.Text, u, v, subject, append(object, topicObject...))
				})
			}
			if !tells(secs[0]) {
				i := firstKept(secs, tells)
				switch {
				case i > 0:
					secs = bringFirst(secs, i)
				case slices.ContainsFunc(secs, func(sc *scoredSection) bool {
					return slices.ContainsFunc(sc.sentences, func(ss *scoredSentence) bool { return told(sc, ss) })
				}):
					reason = fmt.Sprintf("The report does not say so: its passages with “%s” tell of someone else.", u.Terms[v].Surface)
				default:
					reason = notAboutReason(s, u, v, subject)
				}
			}
		}
	}
	// "Did Trump end up going to Moscow?" when the report tells only of an invitation there.
	if reason == "" && !dated && req.Intent == IntentNone {
		if place := s.plannedVisit(u); place != "" {
			reason = fmt.Sprintf("The report does not say so: it tells of %s only as a plan.", place)
		}
	}
	// "Was Zelenskiy invited to Anchorage?" when the report's invitation is Trump's: the passive's
	// verb must be told of the person it names, in the same sentence.
	if v, subject := s.passiveVerb(u); reason == "" && !dated && req.Intent == IntentNone && v >= 0 && u.Terms[v].Known && len(subject) > 0 {
		topic := s.topicNames[secs[0].key.report]
		if !slices.ContainsFunc(subject, func(i int) bool { return topic[u.Terms[i].Term] }) {
			tells := func(sc *scoredSection) bool {
				return slices.ContainsFunc(sc.sentences, func(ss *scoredSentence) bool {
					return ss.matched[v] > 0 && slices.ContainsFunc(subject, func(i int) bool { return ss.matched[i] > 0 }) &&
						!s.actsVerb(ss.e.Text, u, v, subject)
				})
			}
			if !tells(secs[0]) {
				if i := firstKept(secs, tells); i > 0 {
					secs = bringFirst(secs, i)
				} else if s.usesWord(strings.ToLower(u.Terms[v].Surface)) {
					// The report uses the verb itself, of others ("expectations" is no "expected")
					reason = notAboutReason(s, u, v, subject)
				}
			}
		} else if told := slices.ContainsFunc(secs[0].sentences, func(ss *scoredSentence) bool {
			return ss.matched[v] > 0 && slices.ContainsFunc(subject, func(i int) bool { return ss.matched[i] > 0 })
		}); told && !slices.ContainsFunc(secs[0].sentences, func(ss *scoredSentence) bool {
			return ss.matched[v] > 0 && !s.actsVerb(ss.e.Text, u, v, subject)
		}) {
			// "Was Putin invited to Moscow?" when "Putin even invited Trump to Moscow": the
			// report's own people may be told of in any sentence, but not as the one who did it.
			who := joinWordsAnd(s.spellAll(u, subject))
			reason = fmt.Sprintf("The report does not say so: its passages with “%s” tell what %s did, not what was done to %s.",
				u.Terms[v].Surface, who, who)
		}
	}
	// "What kind of trade deal did they work out?" when the report says "deal" in one sentence
	// and lists trade in another: a section whose quote has every word of the thing asked about
	// comes first, if it is among those quoted.
	if reason == "" && !dated && req.Intent == IntentNone {
		// A heading that has them all names them together too ("what were the international
		// reactions?"), but a heading's word is not together with a sentence's ("Agreement" and
		// the Arctic).
		asked := s.compoundFocus(u, s.titleTerms[secs[0].key.report])
		together := func(sc *scoredSection) bool {
			return sc.quotesAll(asked) || !slices.ContainsFunc(asked, func(i int) bool { return !s.headingHas(sc, u.Terms[i].Term) })
		}
		if asked != nil && !together(secs[0]) {
			i := firstKept(secs, together)
			if i < 0 {
				ws := make([]string, len(asked))
				for k, a := range asked {
					ws[k] = "“" + s.spell([]string{u.Terms[a].Term}) + "”"
				}
				reason = fmt.Sprintf("The report mentions %s, but not together.", joinWordsAnd(ws))
			} else {
				secs = bringFirst(secs, i)
			}
		}
	}
	// "What trade tariffs were discussed?" when the report only lists trade among the topics.
	if reason == "" && !dated && req.Intent == IntentNone {
		if l := s.listedOnly(u, secs[0], s.titleTerms[secs[0].key.report]); len(l) > 0 {
			reason = fmt.Sprintf("The report names %s only in a list and says nothing more about it.", joinWords(l))
		}
	}
	// "Why wasn't Zelenskiy invited?" when the report says only that he was not there: a
	// why-question needs a quoted sentence that gives a reason; the first section with one leads.
	if reason == "" && !dated && req.Intent == IntentNone && asksWhy(u.Words) {
		asked, subject, significance := s.askedTerms(u, secs[0].key.report), s.whySubject(u), asksSignificance(u.Words)
		i := -1
		for k, sc := range secs {
			if sc.score < keepRatio*secs[0].score {
				break
			}
			if ss, extra := sc.reasonSentence(asked, subject, significance); ss != nil {
				if extra {
					sc.quote = ss
				}
				i = k
				break
			}
		}
		switch {
		case i < 0:
			reason = "The report does not say why."
		case i > 0:
			secs = bringFirst(secs, i)
		}
	}
	// A section kept only for what someone said must still match enough of the question.
	if reason == "" && len(u.Actor) > 0 && !u.Figurative && secs[0].coverage < minCoverage {
		reason = "The report does not cover that: no section matches enough of the question."
	}
	if reason != "" {
		res.Reason = reason
		res.Nearest = headingsOf(secs, 3)
		return res, nil
	}
	best := secs[0].score
	// A command with no argument ("/reactions") asks for all a section says of it: each section's
	// sentences that match the command's words are quoted, up to three, not only those near the
	// best (hintRatio), and not those that match nothing.
	ratio := sentenceRatio
	if strings.TrimSpace(req.Text) == "" && req.Hint != "" {
		ratio = hintRatio
	}
	for i, sc := range secs {
		if len(res.Passages) == req.Limit || sc.score < keepRatio*best {
			break
		}
		if i > 0 && !s.distinctMatch(u, sc) {
			continue // "where did the summit take place?": not also "While the summit took place"
		}
		res.Passages = append(res.Passages, sc.passage(ratio, s.sections[sc.key]))
	}
	res.Answered = true
	// "What was the one big issue they couldn't agree on?" when the report says only "one issue":
	// the thing asked is what the sentence leaves unnamed, so quoting it answers nothing; so do
	// "which territory…?" and "what exactly was…?". Otherwise ("what was the skepticism about?")
	// the sentence may tell what is asked, with a note that it does not say which.
	if !dated && req.Intent == IntentNone && u.Intent != IntentYesNo {
		if p := s.unidentified(u, secs[0]); p != "" {
			res.Note = fmt.Sprintf("The report mentions %s but does not say which.", p)
			if asksWhich(u.Words) || asksDetail(u.Words) || countedMention(p, u.Words) {
				return Result{Query: res.Query, Readings: res.Readings, Explain: res.Explain,
					Reason: res.Note, Nearest: headingsOf(secs, 3)}, nil
			}
		}
	}
	return res, nil
}

// distinctMatch reports whether a further section matches, in its own words, some term of the
// question that is not common across the corpus (in the text of at most distinctShare of its
// passages: a heading, counted once per sentence of its section, would make "ceasefire" common), not
// a light word, not a word for the event ("talks") and not a name of the report's title or lede:
// one that shares only the event's
// common words ("summit", "talks", "Trump", "the US setting" for "the US delegation") adds
// nothing to the answer.
func (s *snapshot) distinctMatch(u understanding, sc *scoredSection) bool {
	limit := distinctShare * float64(len(s.passages))
	topic := s.topicNames[sc.key.report]
	for i, q := range sc.matched {
		if i < 0 || i >= len(u.Terms) || q <= 0 {
			continue
		}
		t := u.Terms[i]
		if t.Weight > 0 && !t.Light && float64(s.textDF[t.Term]) <= limit && !(topic[t.Term] && s.isName(t.Term)) && !eventNouns[bareWord(t.Surface)] {
			return true
		}
	}
	return false
}

// distinctShare: see distinctMatch. A fifth of the passages: in a news report of a few sections,
// the words of its lede ("summit", "talks") are in more; the words that tell one section from
// another are in fewer.
const distinctShare = 0.2

// commonShare and commonMinDF: see buildQuery. A report of a few hundred passages never reaches
// commonMinDF, so they change nothing there.
const (
	commonShare = 0.05
	commonMinDF = 1000
)

// clauseOwner maps a searched term to the question terms it stands for.
type clauseOwner struct {
	owner   int    // index into understanding.Terms, or -1 for a Hint term
	phrase  string // the related phrase, when the match came through one
	related bool
}

// buildQuery turns the understanding into a bleve disjunction: each term in text and (boosted)
// heading, related phrases at relatedWeight, adjacent question terms as phrases, Hint terms at
// hintWeight. User text never passes through query-string syntax.
func (s *snapshot) buildQuery(u understanding, hintWeight float64) (query.Query, map[string][]clauseOwner) {
	owners := map[string][]clauseOwner{}
	var clauses []query.Query
	termClause := func(term string, boost float64) {
		for _, f := range []struct {
			name  string
			boost float64
		}{{FieldText, 1}, {FieldHeading, headingBoost}} {
			tq := fieldTerm(f.name, term)
			tq.SetBoost(boost * f.boost)
			clauses = append(clauses, tq)
		}
	}
	phraseClause := func(terms []string, boost float64) {
		pq := bleve.NewPhraseQuery(terms, FieldText)
		pq.SetBoost(boost)
		clauses = append(clauses, pq)
	}
	rarest := math.MaxInt
	for _, t := range u.Terms {
		if df := s.vocab[t.Term]; df > 0 {
			rarest = min(rarest, df)
		}
	}
	for i, t := range u.Terms {
		// In a large corpus a word in more than commonShare of the passages finds a large part
		// of it, costs the most to score and tells little: when the question has a rarer word,
		// it is left to rank only through the hits the rest find.
		if df := s.vocab[t.Term]; df > commonMinDF && float64(df) > commonShare*float64(len(s.passages)) &&
			rarest < df && !slices.Contains(u.Actor, i) {
			continue
		}
		if s.vocab[t.Term] > 0 {
			termClause(t.Term, 1)
			owners[t.Term] = append(owners[t.Term], clauseOwner{owner: i})
		}
		// A word's related phrases share one word's weight, so a word with many alternatives
		// does not outweigh the rest of the question.
		rw := relatedWeight / math.Sqrt(float64(max(1, len(t.Related))))
		for _, p := range t.Related {
			key := strings.Join(p, " ")
			if len(p) == 1 {
				termClause(p[0], rw)
			} else {
				phraseClause(p, rw*float64(len(p)))
			}
			for _, w := range p {
				owners[w] = append(owners[w], clauseOwner{owner: i, phrase: key, related: true})
			}
		}
	}
	// Adjacent question terms that the report has side by side ("air raid", "peace deal").
	for i := 0; i+1 < len(u.Terms); i++ {
		a, b := u.Terms[i], u.Terms[i+1]
		if s.vocab[a.Term] > 0 && s.vocab[b.Term] > 0 {
			phraseClause([]string{a.Term, b.Term}, 1)
		}
	}
	for _, t := range u.Hint {
		if s.vocab[t.Term] > 0 {
			termClause(t.Term, hintWeight)
			owners[t.Term] = append(owners[t.Term], clauseOwner{owner: -1})
		}
	}
	if len(clauses) == 0 {
		return bleve.NewMatchNoneQuery(), owners
	}
	return bleve.NewDisjunctionQuery(clauses...), owners
}

// scoredSentence is one sentence hit after reranking.
type scoredSentence struct {
	e        *entry
	bm25     float64
	norm     float64
	coverage float64
	intent   float64
	score    float64
	matched  map[int]float64 // question terms matched: 1 directly, relatedWeight through a related phrase
	inText   map[int]bool    // question terms matched in the sentence itself, not only its heading
	via      map[string]bool // related phrases matched
	spans    [][2]int        // byte spans of matched words in the text
	// attributed: the sentence attributes a statement to the question's actor (answertype.go),
	// by name or, after a sentence that names them, by a pronoun ("He called the offer fair").
	attributed bool
	namesActor bool // the sentence names the question's actor
}

// scoredSection groups the sentence hits of one section.
type scoredSection struct {
	key        sectionKey
	sentences  []*scoredSentence // best first
	coverage   float64
	score      float64
	matchedVia map[string]bool
	matched    map[int]float64 // question term index → how well some sentence matched it
	attributed bool            // some sentence attributes a statement to the question's actor
	// quote is a sentence hit the passage quotes besides those that score well enough (the one
	// that gives the reason a why-question asks for), or nil.
	quote *scoredSentence
}

// quoted returns the sentence hits the passage quotes on score, best first: the best and up to two
// more that score at least ratio of it (see passage).
func (sec *scoredSection) quoted(ratio float64) []*scoredSentence {
	var out []*scoredSentence
	for _, ss := range sec.sentences {
		if len(out) < 3 && ss.score >= ratio*sec.sentences[0].score {
			out = append(out, ss)
		}
	}
	return out
}

// reasonSentence returns the sentence of sec that gives a why-question its reason (givesReason), or
// nil: a sentence about the question's subject (subject: see whySubject and aboutSubject: the
// sentence before counts when "the leaders" or "he" refer back to it), one the passage quotes, or
// else the best sentence hit that matched a word of what is asked (asked: indices in the question's
// terms, see askedTerms; any word when the question asks about nothing but the event; significance:
// see givesReason), which the passage must then quote too ("why did they meet?" → "The leaders
// aimed to discuss…"). extra reports the latter.
func (sec *scoredSection) reasonSentence(asked, subject []int, significance bool) (ss *scoredSentence, extra bool) {
	about := func(ss *scoredSentence) bool { return len(subject) == 0 || sec.aboutSubject(ss, subject) }
	for _, ss := range sec.quoted(sentenceRatio) {
		if about(ss) && givesReason(ss.e.Text, ss.spans, significance) {
			return ss, false
		}
	}
	for _, ss := range sec.sentences {
		if (len(asked) == 0 && ss.coverage > 0 || slices.ContainsFunc(asked, func(i int) bool { return ss.matched[i] > 0 })) && about(ss) && givesReason(ss.e.Text, ss.spans, significance) {
			return ss, true
		}
	}
	return nil, false
}

// hit returns the section's sentence hit numbered n (1-based, as in the report), or nil when that
// sentence matched nothing.
func (sec *scoredSection) hit(n int) *scoredSentence {
	if i := slices.IndexFunc(sec.sentences, func(ss *scoredSentence) bool { return ss.e.Sentence == n }); i >= 0 {
		return sec.sentences[i]
	}
	return nil
}

// rank rescores bleve's sentence hits and groups them by section, best section first.
func (s *snapshot) rank(u understanding, hits search.DocumentMatchCollection, owners map[string][]clauseOwner) []*scoredSection {
	if len(hits) == 0 {
		return nil
	}
	var totalW float64
	for _, t := range u.Terms {
		if t.Known {
			totalW += t.Weight
		}
	}
	var persons []int // question terms that name a person of the corpus
	for i, t := range u.Terms {
		if t.Known && s.vocab[t.Term] > 0 && s.isPerson(t.Term) {
			persons = append(persons, i)
		}
	}
	maxScore := hits[0].Score
	bySection := map[sectionKey]*scoredSection{}
	var order []*scoredSection
	for _, h := range hits {
		e := s.passages[h.ID]
		if e == nil {
			continue
		}
		ss := &scoredSentence{e: e, bm25: h.Score, norm: h.Score / maxScore, matched: map[int]float64{}, inText: map[int]bool{}, via: map[string]bool{}}
		var actorStarts, actorEnds []int
		for field, tl := range h.Locations {
			for term, locs := range tl {
				for _, o := range owners[term] {
					if field == FieldText && slices.Contains(u.Actor, o.owner) {
						for _, l := range locs {
							actorStarts = append(actorStarts, int(l.Start))
							actorEnds = append(actorEnds, int(l.End))
						}
					}
					if o.owner >= 0 {
						f := 1.0
						if o.related {
							f = relatedWeight
						}
						if field == FieldHeading {
							f *= headingMatch
						}
						// Partial matches of one question word reinforce each other
						// (a heading word and a related word in the text): 1−∏(1−f).
						ss.matched[o.owner] = 1 - (1-ss.matched[o.owner])*(1-f)
						ss.inText[o.owner] = ss.inText[o.owner] || field == FieldText
					}
					if o.related {
						ss.via[o.phrase] = true
					}
				}
				if field == FieldText {
					for _, l := range locs {
						ss.spans = append(ss.spans, [2]int{int(l.Start), int(l.End)})
					}
				}
			}
		}
		ss.coverage = coverage(u, ss.matched, totalW)
		ss.attributed = attributes(e.Text, actorStarts, actorEnds, u.Feeling)
		ss.namesActor = len(actorStarts) > 0
		ss.intent = intentScore(u.Intent, e.features())
		if u.DateAnswers && e.features().time {
			ss.intent = 1 // "how many years since…": "since 2019"
		}
		ss.score = (normWeight*ss.norm + coverageWeight*ss.coverage) * (1 - intentPenalty[u.Intent]*(1-ss.intent))
		if e.Section == 0 && e.Sentence == 1 && ledeIntents[u.Intent] {
			ss.score *= 1 + ledeBonus // a news lede says who, where and when
		}
		if s.topicShare != nil {
			ss.score *= 1 - topicWeight*(1-s.topicShare[e.Report])
		}
		key := sectionKey{e.Report, e.Section}
		sec := bySection[key]
		if sec == nil {
			sec = &scoredSection{key: key, matchedVia: map[string]bool{}}
			bySection[key] = sec
			order = append(order, sec)
		}
		sec.sentences = append(sec.sentences, ss)
	}
	for _, sec := range order {
		sort.SliceStable(sec.sentences, func(i, j int) bool {
			a, b := sec.sentences[i], sec.sentences[j]
			if a.score != b.score {
				return a.score > b.score
			}
			return a.e.Sentence < b.e.Sentence // equal scores: report order, whatever bleve's order
		})
		for _, ss := range sec.sentences {
			if len(u.Actor) == 0 || ss.attributed || !opensWithPronoun(ss.e.Text) {
				continue
			}
			if before := sec.hit(ss.e.Sentence - 1); before != nil && before.namesActor {
				first := wordSpans(ss.e.Text)[0]
				ss.attributed = attributes(ss.e.Text, []int{first[0]}, []int{first[1]}, u.Feeling)
			}
		}
		union := map[int]float64{}
		for _, ss := range sec.sentences {
			for k, f := range ss.matched {
				union[k] = max(union[k], f)
			}
			for k := range ss.via {
				sec.matchedVia[k] = true
			}
			sec.attributed = sec.attributed || ss.attributed
		}
		best := sec.sentences[0]
		sec.matched = union
		sec.coverage = coverage(u, union, totalW)
		if totalW == 0 {
			sec.coverage = 1 // canned query only
		}
		sec.score = best.score + sectionWeight*coverageWeight*(sec.coverage-best.coverage)
		// A question that names a person is about that person: a section that never names
		// them (a quote from someone else, say) ranks below those that do. The people of the
		// report's title and lede are its topic, named or not in every section.
		asked, named := false, false
		for _, i := range persons {
			if !s.topicNames[sec.key.report][u.Terms[i].Term] {
				asked = true
				named = named || union[i] >= 1
			}
		}
		if asked && !named {
			sec.score *= 1 - personPenalty
		}

	}
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].score != order[j].score {
			return order[i].score > order[j].score
		}
		a, b := order[i].key, order[j].key
		if a.report != b.report {
			return a.report < b.report
		}
		return a.section < b.section
	})
	return order
}

// coverage is the weighted share of the known question terms in matched (each scaled by how it
// matched).
func coverage(u understanding, matched map[int]float64, totalW float64) float64 {
	if totalW == 0 {
		return 0
	}
	var w float64
	for i, f := range matched {
		if u.Terms[i].Known {
			w += u.Terms[i].Weight * f
		}
	}
	return w / totalW
}

// ledeBonus favours a report's first sentence for who/where/when questions: news writing puts
// those facts in the lede.
const ledeBonus = 0.15

var ledeIntents = map[Intent]bool{IntentWho: true, IntentWhere: true, IntentWhen: true}

// intentPenalty is how much a sentence loses for lacking what the question word asks for. Place,
// time and duration are strong evidence; people are named in most news sentences; words of
// affirmation and denial ("not", "no") are in nearly all of them, so they count little.
var intentPenalty = map[Intent]float64{IntentWhere: 0.5, IntentWhen: 0.5, IntentLong: 0.5,
	IntentWho: 0.15, IntentYesNo: 0.05}

// intentScore is 1 when a passage has what the question word asks for, 0 when it lacks it.
func intentScore(in Intent, f features) float64 {
	switch in {
	case IntentWho:
		return math.Min(float64(f.names), 4) / 4
	case IntentWhere:
		if f.place {
			return 1
		}
	case IntentWhen:
		if f.time {
			return 1
		}
	case IntentLong:
		if f.duration {
			return 1
		}
	case IntentCount:
		if f.number {
			return 1
		}
	case IntentYesNo:
		if f.polarity {
			return 1
		}
	}
	return 0
}

// passage quotes the section's best sentence and any others that score at least ratio of it, up
// to three, in report order; all is the section's sentences in report order (see snapshot.sections).
func (sec *scoredSection) passage(ratio float64, all []*entry) Passage {
	best := sec.sentences[0]
	chosen := sec.quoted(ratio)
	if sec.quote != nil && !slices.Contains(chosen, sec.quote) {
		chosen = append(chosen[:min(len(chosen), 2)], sec.quote)
	}
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].e.Sentence < chosen[j].e.Sentence })
	// A quote that opens with a pronoun ("He emphasized…") starts from the sentence it refers back
	// to, so that the reader knows who "he" is.
	if first := chosen[0]; len(chosen) < 3 && first.e.Sentence > 1 && opensWithPronoun(first.e.Text) {
		if before := sec.hit(first.e.Sentence - 1); before != nil {
			chosen = append([]*scoredSentence{before}, chosen...)
		} else { // it matched nothing: quoted without bold
			chosen = append([]*scoredSentence{{e: all[first.e.Sentence-2]}}, chosen...)
		}
	}
	p := Passage{Report: best.e.Report, ReportTitle: best.e.ReportTitle, Heading: best.e.Heading,
		Section: best.e.Section, Score: round(sec.score)}
	var texts, highs []string
	for _, ss := range chosen {
		p.Sentences = append(p.Sentences, ss.e.Sentence)
		texts = append(texts, ss.e.Text)
		highs = append(highs, Highlight(ss.e.Text, ss.spans))
	}
	p.Text = strings.Join(texts, " ")
	p.Highlight = strings.Join(highs, " ")
	return p
}

func (sec *scoredSection) explain() ExplainHit {
	b := sec.sentences[0]
	h := ExplainHit{Heading: b.e.Heading, Sentence: b.e.Sentence, BM25: round(b.bm25), Norm: round(b.norm),
		Coverage: round(sec.coverage), Intent: b.intent, Score: round(sec.score), Attributed: sec.attributed}
	seen := map[string]bool{}
	for _, ss := range sec.sentences {
		for _, sp := range ss.spans {
			w := strings.ToLower(ss.e.Text[sp[0]:sp[1]])
			if !seen[w] {
				seen[w] = true
				h.Matched = append(h.Matched, w)
			}
		}
	}
	sort.Strings(h.Matched)
	return h
}

// spell writes analysed terms as the report spells them ("ceasefir" → "ceasefire"), from the
// first passage that has each; a term found nowhere is written as it is.
func (s *snapshot) spell(terms []string) string {
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = t
		for _, field := range []string{FieldText, FieldHeading} {
			// The first passage in document order, so that the spelling never depends on how
			// bleve orders hits of equal score.
			req := bleve.NewSearchRequestOptions(fieldTerm(field, t), 1, 0, false)
			req.SortBy([]string{"_id"})
			r, err := s.bleve.Search(req)
			if err != nil || len(r.Hits) == 0 {
				continue
			}
			if e := s.passages[r.Hits[0].ID]; e != nil {
				text := e.Text
				if field == FieldHeading {
					text = e.Heading
				}
				if sp := s.spelling(text, t); sp != "" {
					out[i] = sp
					break
				}
			}
		}
	}
	return strings.Join(out, " ")
}

func round(f float64) float64 { return math.Round(f*1000) / 1000 }

// headingsOf lists the headings of the first n sections.
func headingsOf(secs []*scoredSection, n int) []string {
	var out []string
	for _, sec := range secs {
		if len(out) == n {
			break
		}
		out = append(out, sec.sentences[0].e.Heading)
	}
	return out
}

// nearestHeadings suggests up to three headings for a refused question: the sections whose
// passages best match its known terms (none when it has none).
func (s *snapshot) nearestHeadings(terms []qterm) []string {
	var clauses []query.Query
	for _, t := range terms {
		if s.vocab[t.Term] == 0 {
			continue
		}
		for _, field := range []string{FieldText, FieldHeading} {
			q := fieldTerm(field, t.Term)
			q.SetBoost(t.Weight)
			clauses = append(clauses, q)
		}
	}
	var out []string
	seen := map[string]bool{}
	if len(clauses) > 0 {
		sr := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(clauses...), 30, 0, false)
		if r, err := s.bleve.Search(sr); err == nil {
			for _, h := range r.Hits {
				if e := s.passages[h.ID]; e != nil && !seen[e.Heading] && len(out) < 3 {
					seen[e.Heading] = true
					out = append(out, e.Heading)
				}
			}
		}
	}
	return out
}

// onlyNames finds a question about a name that asks for something the report lacks ("how old is
// Putin", "is Witkoff married"): every word the report knows is a name in it, and some other word
// is unknown and not a light word. It returns the names and the unknown words, or nils. (A light
// word the report knows, such as "come", keeps the question: "did Putin ask Trump to come to
// Moscow?" asks about an invitation in other words.)
func (s *snapshot) onlyNames(terms []qterm) (names, asks []string) {
	var known []string
	for _, t := range terms {
		switch {
		case t.Known && s.isName(t.Term):
			known = append(known, t.Term)
		case t.Known:
			return nil, nil
		case !t.Light && t.Weight > 0: // a word not searched asks nothing ("position" of a statement)
			asks = append(asks, t.Surface)
		}
	}
	if len(known) == 0 || len(asks) == 0 {
		return nil, nil
	}
	for _, t := range known { // spelled only for the refusal: spell reads the passages
		names = append(names, s.spell([]string{t}))
	}
	return names, asks
}

// onlyEverydayShared reports whether the words a question shares with the report are all everyday
// English words (among the commonWords most frequent; not names, nor words for the event) or the
// place of its title, and it has at least as many words the report lacks, and two or more: "can u
// recommend a good pizza place near me" shares "place" and "near", "who won the game last night"
// shares "won", "best pizza place in anchorage" shares "place" and the title's "Anchorage". Such
// a question is about something else.
func (s *snapshot) onlyEverydayShared(terms []qterm) bool {
	var known, unknown int
	for _, t := range terms {
		bare := bareWord(t.Surface)
		if t.Weight <= 0 || t.Light || numberWords[bare] { // "round two": a count, not a topic
			continue
		}
		if !t.Known {
			unknown += strings.Count(t.Surface, " ") + 1 // "press conference": two words
			continue
		}
		if s.isTitleName(t) && !s.isPerson(t.Term) {
			known++ // the title's place says where, not what about ("pizza place in Anchorage")
			continue
		}
		rank, everyday := everydayRank(bare)
		if !everyday || rank >= commonWords || s.isName(t.Term) || eventNouns[bare] || t.Specific {
			return false
		}
		known++
	}
	return known > 0 && unknown >= max(known, 2) // one word the report lacks may be a paraphrase ("any deal yet?")
}

// ledeFirst moves the lede section (a report's first) to the front when the question names only
// that report's topic ("tell me about the summit", "any news on the Trump Putin summit?", "what
// year was the summit?"): a news report sums itself up in its lede.
// dated says the question asks the date of the report's own event (datesEvent).
func (s *snapshot) ledeFirst(u understanding, secs []*scoredSection, dated bool) []*scoredSection {
	if !dated && !(len(u.Terms) > 0 && s.onlyTopicWords(u, secs[0].key.report, false)) {
		return secs
	}
	lede := sectionKey{secs[0].key.report, 0}
	j := slices.IndexFunc(secs, func(sc *scoredSection) bool { return sc.key == lede })
	if j <= 0 || secs[j].score < keepRatio*secs[0].score { // absent, first, or far behind
		return secs
	}
	first := secs[j]
	return append([]*scoredSection{first}, slices.Delete(slices.Clone(secs), j, j+1)...)
}

// datesEvent reports whether the question asks when the report's own event happened: a
// when-question that names the title and whose every other content word names the event ("when
// did Trump and Putin meet?", "when was the summit?"). Only the report's front matter can say
// (a sentence's "since 2019" dates another meeting); the caller refuses when it has no date.
func (s *snapshot) datesEvent(u understanding, report string) bool {
	if u.Intent != IntentWhen || asksClockTime(u.Words) {
		return false // "what time did they meet?" asks a time of day, which a date does not give
	}
	// Another meeting than the report's: "when did they last meet?", "when will they meet again?".
	if slices.ContainsFunc(u.Words, func(w string) bool { return otherOccasion[w] }) {
		return false
	}
	// With one report, a word for the event alone names it too ("when was the meeting?").
	title := s.titleTerms[report]
	return slices.ContainsFunc(u.Terms, func(t qterm) bool {
		return title[t.Term] || len(s.corpus.Reports) == 1 && eventNouns[bareWord(t.Surface)]
	}) && s.onlyTopicWords(u, report, true)
}

// otherOccasion are words that point a when-question at another occasion than the report's.
var otherOccasion = map[string]bool{"last": true, "previous": true, "previously": true, "before": true,
	"again": true, "next": true, "first": true, "future": true, "upcoming": true, "will": true,
	"ago": true, "since": true, "earlier": true, "later": true, "another": true}

// titleInText reports whether the (single) report uses a word of its title in its text, so that
// reading a question as its title finds something.
func (s *snapshot) titleInText() bool {
	for t := range s.titleTerms[s.corpus.Reports[0].ID] {
		if s.vocab[t] > 0 {
			return true
		}
	}
	return false
}

// onlyTopicWords reports whether every content word of the question (light words aside) is a
// word of the report's title, or with event set also one that names the event ("meet", "talks")
// or, beside such a word, its participants ("the two leaders"): then the question asks about the
// report's topic, or its event, as a whole.
func (s *snapshot) onlyTopicWords(u understanding, report string, event bool) bool {
	title := s.titleTerms[report]
	named := event && slices.ContainsFunc(u.Terms, s.namesEvent)
	return !slices.ContainsFunc(u.Terms, func(t qterm) bool {
		return !t.Light && t.Weight > 0 && !title[t.Term] && !s.relatesTo(t, title) && !(event && s.namesEvent(t)) &&
			!(named && eventParticipants[bareWord(t.Surface)])
	})
}

// relatesTo reports whether a question term the report lacks is related by the variants table
// to one word of terms ("alaska" ~ anchorage, a word of the title; "chat" ~ talks, a word for the
// event).
func (s *snapshot) relatesTo(t qterm, terms map[string]bool) bool {
	return s.vocab[t.Term] == 0 && slices.ContainsFunc(t.Related, func(p []string) bool { return len(p) == 1 && terms[p[0]] })
}

// namesEvent reports whether a question term names the report's event: a word for it
// (eventNouns), or one the report lacks that the variants table relates to such a word ("in the
// room" ~ meeting).
func (s *snapshot) namesEvent(t qterm) bool {
	if eventNouns[bareWord(t.Surface)] {
		return true
	}
	return s.relatesTo(t, s.eventTerms())
}

// eventTerms returns the analysed terms of eventNouns ("meeting" → "meet"), built once: the
// analyzer is the same for every snapshot.
func (s *snapshot) eventTerms() map[string]bool {
	eventTermsOnce.Do(func() {
		eventTermsSet = map[string]bool{}
		for w := range eventNouns {
			if toks := s.analyzer.Analyze([]byte(w)); len(toks) == 1 {
				eventTermsSet[string(toks[0].Term)] = true
			}
		}
	})
	return eventTermsSet
}

// The analysed event nouns (eventTerms).
var (
	eventTermsOnce sync.Once
	eventTermsSet  map[string]bool
)

// notAboutReason is the refusal for a question whose verb (u.Terms[v]) the report tells only of
// others than the people at subject.
func notAboutReason(s *snapshot, u understanding, v int, subject []int) string {
	return fmt.Sprintf("The report does not say so: its passages with “%s” are not about %s.", u.Terms[v].Surface, joinWordsAnd(s.spellAll(u, subject)))
}

// firstKept returns the index of the first section among those kept (scoring at least keepRatio of
// the best) for which ok holds, or -1.
func firstKept(secs []*scoredSection, ok func(*scoredSection) bool) int {
	return slices.IndexFunc(secs, func(sc *scoredSection) bool { return sc.score >= keepRatio*secs[0].score && ok(sc) })
}

// saysItself reports whether sec has the question term u.Terms[i] itself, not only a related
// word: in a sentence's text, or in its heading ("Talks Yield Progress").
func (s *snapshot) saysItself(sec *scoredSection, u understanding, i int) bool {
	return slices.ContainsFunc(sec.sentences, func(ss *scoredSentence) bool { return ss.inText[i] && ss.matched[i] >= 1 }) ||
		s.headingHas(sec, u.Terms[i].Term)
}

// headingHas reports whether the heading of sec has the analysed term.
func (s *snapshot) headingHas(sec *scoredSection, term string) bool {
	es := s.sections[sec.key]
	if len(es) == 0 {
		return false
	}
	return slices.ContainsFunc(s.analyzer.Analyze([]byte(es[0].Heading)), func(t *analysis.Token) bool { return string(t.Term) == term })
}

// bringFirst returns secs with secs[i] moved to the front, the others in their order, as a new
// slice.
func bringFirst(secs []*scoredSection, i int) []*scoredSection {
	return append([]*scoredSection{secs[i]}, slices.Delete(slices.Clone(secs), i, i+1)...)
}

// askedTerms returns the indices in u.Terms of the words that say what a question asks beyond
// the report's topic: known, not light, not a word for the event, and not among the words of
// the report's title.
func (s *snapshot) askedTerms(u understanding, report string) []int {
	title := s.titleTerms[report]
	var out []int
	for i, t := range u.Terms {
		if t.Known && !t.Light && t.Weight > 0 && !title[t.Term] && !eventNouns[bareWord(t.Surface)] {
			out = append(out, i)
		}
	}
	return out
}

// absentName returns, spelled as the report spells it, a name the question asks about that sec
// does not mention, or "". The names checked are the corpus's people and its acronyms ("NATO").
// Exempt are the people of the report's title and lede (its topic: a question about "Trump" is
// often about the summit as a whole), places ("US", see isPlace), and a question about what
// someone said (answerType checks that).
func (s *snapshot) absentName(u understanding, sec *scoredSection) string {
	if len(u.Actor) > 0 {
		return ""
	}
	topic := s.topicNames[sec.key.report]
	for i, t := range u.Terms {
		if !t.Known || s.vocab[t.Term] == 0 || topic[t.Term] || sec.matched[i] > 0 {
			continue
		}
		if !s.isPerson(t.Term) && !s.isName(t.Term) {
			continue
		}
		name := s.spell([]string{t.Term})
		if !s.isPerson(t.Term) && !(isAcronym(name) && !isPlace(strings.ToLower(name))) {
			continue
		}
		// sec.matched holds what bleve returned, and a very common term is not searched in a large
		// corpus (buildQuery): look in the section itself.
		inSection := slices.ContainsFunc(s.sections[sec.key], func(e *entry) bool {
			return slices.ContainsFunc(s.analyzer.Analyze([]byte(e.Text)), func(tok *analysis.Token) bool {
				return string(tok.Term) == t.Term
			})
		})
		if !inSection {
			return name
		}
	}
	return ""
}

// isAcronym reports whether name is written in capitals, two or more ("NATO", "EU").
func isAcronym(name string) bool {
	return utf8.RuneCountInString(name) >= 2 && strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// isPlace reports whether a name (lower case) is in the proper-noun list (places, peoples and
// given names), or the variants table relates it to one ("us" ~ "america"). Questions name
// countries as actors ("was trade between the US and Russia discussed?") where the answer names
// neither.
func isPlace(name string) bool {
	return properNouns[name] || properNouns[variants.equiv[name]] || variantNames[name] || placeRelated[name]
}

// placeRelated are the words the variants table relates to a proper noun, either way round.
var placeRelated = func() map[string]bool {
	m := map[string]bool{}
	for w, rs := range variants.related {
		for _, r := range rs {
			if properNouns[r] {
				m[w] = true
			}
			if properNouns[w] {
				m[r] = true
			}
		}
	}
	return m
}()

// usesWord reports whether some passage of the corpus has the word w (lower case) as written.
func (s *snapshot) usesWord(w string) bool {
	for _, e := range s.passages {
		if e != nil && hasWord(e.Text, w) {
			return true
		}
	}
	return false
}

// searchBoth answers a message that asks two questions ("how long was the meeting and was
// Zelenskiy there?", see splitQuestion). The whole is searched as one question, and each part on
// its own: the answer to the whole leads, and each part adds its best passage when it is not yet
// quoted (up to req.Limit) or, when the report does not cover it, says so in the Note. When the
// whole is refused, a part the report covers is answered; only when neither is, the message is
// refused, with the whole's reason.
func (s *snapshot) searchBoth(ctx context.Context, req Request, first, second string) (Result, error) {
	whole := req
	whole.whole = true
	res, err := s.search(ctx, whole)
	if err != nil {
		return Result{}, err
	}
	// Each part once, not split again: a long message costs three searches at most.
	r1, err := s.search(ctx, Request{Text: first, Limit: req.Limit, whole: true})
	if err != nil {
		return Result{}, err
	}
	r2, err := s.search(ctx, Request{Text: second, Limit: req.Limit, whole: true})
	if err != nil {
		return Result{}, err
	}
	if !res.Answered {
		// Each part on its own: one the report covers is answered, the other said in the Note.
		switch {
		case r1.Answered:
			res.Answered, res.Reason, res.Nearest, res.Passages, res.Note = true, "", nil, r1.Passages, r1.Note
			res.Readings = append(res.Readings, r1.Readings...)
			r1 = Result{}
		case r2.Answered:
			res.Answered, res.Reason, res.Nearest, res.Passages, res.Note = true, "", nil, r2.Passages, r1.Reason
			res.Readings = append(res.Readings, r2.Readings...)
			return res, nil
		default:
			return res, nil
		}
	}
	// When both parts are answered and the whole's best section answers neither, the parts' own
	// answers lead ("where did they meet and how long did they talk?": the whole finds the
	// further talks).
	same := func(a, b Passage) bool { return a.Report == b.Report && a.Section == b.Section }
	if r1.Answered && r2.Answered && len(res.Passages) > 0 && len(r1.Passages) > 0 && len(r2.Passages) > 0 &&
		!same(res.Passages[0], r1.Passages[0]) && !same(res.Passages[0], r2.Passages[0]) {
		lead := []Passage{r1.Passages[0]}
		if !same(r1.Passages[0], r2.Passages[0]) {
			lead = append(lead, r2.Passages[0])
		}
		rest := slices.DeleteFunc(slices.Clone(res.Passages), func(p Passage) bool { return slices.ContainsFunc(lead, func(q Passage) bool { return same(p, q) }) })
		res.Passages = append(lead, rest...)
	}
	// The answer to the whole leads; each part adds its best passage if not yet quoted, or says
	// in the Note that the report does not cover it.
	for _, r := range []Result{r1, r2} {
		switch {
		case r.Query == "":
		case !r.Answered:
			if !strings.Contains(res.Note, r.Reason) {
				res.Note = strings.TrimSpace(res.Note + " " + r.Reason)
			}
		case !slices.ContainsFunc(res.Passages, func(q Passage) bool { return q.Report == r.Passages[0].Report && q.Section == r.Passages[0].Section }):
			res.Passages = slices.Insert(res.Passages, min(1, len(res.Passages)), r.Passages[0])
		}
	}
	if len(res.Passages) > req.Limit {
		res.Passages = res.Passages[:req.Limit]
	}
	return res, nil
}

// soleName returns the one capitalised word of a question other than its first, when it names
// who went with someone or the subject after an auxiliary ("Who went with Putin" → Putin, "What
// did Putin say" → Putin; not "Who brought Lavrov", where "he" is the unnamed bringer), or "".
func soleName(text string) string {
	ws := words(text)
	name, k := "", -1
	for i := 1; i < len(ws); i++ {
		if !capitalised(ws[i]) || ws[i] == "I" {
			continue
		}
		if name != "" && name != ws[i] {
			return ""
		}
		name, k = ws[i], i
	}
	if k < 0 {
		return ""
	}
	if prev := strings.ToLower(ws[k-1]); prev != "with" && !yesNoAuxiliaries[prev] {
		return ""
	}
	return name
}

// splitQuestion returns the two questions of a message that asks two, joined by "and" or a
// comma or question mark, the second opening with a question word or an auxiliary ("how long
// was the meeting and was Zelenskiy there", "Who were Putin's advisers, and how did Russia view
// the event?"), or first = text and second = "". Each must have at least three words and the
// second must not lean on the first for its subject ("…and why?", "…and what did he say?").
func splitQuestion(text string) (first, second string) {
	spans := wordSpans(text)
	opener := func(w string) bool { return questionWords[questionWord(w)] || yesNoStarts[w] }
	opens := func(k int) bool { return opener(strings.ToLower(text[spans[k][0]:spans[k][1]])) }
	for k := 3; k+3 <= len(spans); k++ {
		if !opens(k) {
			continue
		}
		prev := strings.ToLower(text[spans[k-1][0]:spans[k-1][1]])
		gap := text[spans[k-1][1]:spans[k][0]]
		if prev != "and" && !strings.ContainsAny(gap, ",?;") {
			continue
		}
		end := k
		if prev == "and" {
			end = k - 1
		}
		a := strings.TrimRight(strings.TrimSpace(text[:spans[end-1][1]]), ",;")
		b := strings.TrimSpace(text[spans[k][0]:])
		// The first part must be a question too: "While the leaders were talking, were there
		// alerts?" and "Besides the war, what else came up?" ask one. Its last sentence, or what
		// follows its last colon, opens with a question word or an auxiliary ("Hey, quick one:
		// did Zelenskiy agree…").
		lw := words(strings.ToLower(a[strings.LastIndexAny(a, ".!?:")+1:]))
		if i := firstWord(lw); i < 0 || !opener(lw[i]) {
			continue
		}
		// The second leans on the first when its subject points back ("…and what did he say?");
		// a pronoun after its own subject and verb ("…and did Putin invite him to Moscow?")
		// does not.
		aw := words(strings.ToLower(a))
		bw := words(strings.ToLower(b))
		if len(spans)-k < 3 || end < 3 || !slices.ContainsFunc(bw, contentWord) { // "…and what did they have?" asks nothing of its own
			continue
		}
		if leansOn(bw, aw) && !slices.Contains(bw, "there") {
			// "Who went with Putin and did he invite Trump anywhere?": "he" is the one person
			// the first part names, by a capitalised name; otherwise the second leans on it
			name := soleName(a)
			if name == "" || slices.ContainsFunc(bw[:min(len(bw), 5)], func(w string) bool { return refersBack([]string{w}) && w != "he" && w != "she" }) {
				continue
			}
			for _, sp := range wordSpans(b) {
				if w := strings.ToLower(b[sp[0]:sp[1]]); w == "he" || w == "she" {
					b = b[:sp[0]] + name + b[sp[1]:] // the first only
					break
				}
			}
		}
		return a, b
	}
	return text, ""
}

// asksReportDate reports whether a question (its words, lower case) asks when the report itself
// was written: a word for it (reportNouns, also possessive) and "date", "when" or a word of
// publishing
// ("what's the date of the report?", "when was this article published?").
func asksReportDate(ws []string) bool {
	if i := firstWord(ws); i >= 0 && questionWord(ws[i]) == "who" {
		return false // "who wrote this report?" asks its author
	}
	return slices.ContainsFunc(ws, func(w string) bool { return reportNouns[bareWord(w)] }) && // "the report's date"
		slices.ContainsFunc(ws, func(w string) bool { return w == "date" || w == "when" || publishWords[w] || publishWords[bareWord(w)] })
}

// publishWords tell when a text was written.
var publishWords = set(`dated published publish publication written write wrote released posted`)

// contentWord reports whether a word (lower case) may say what a question asks: not a question
// word, auxiliary, pronoun, determiner, filler or light verb.
func contentWord(w string) bool {
	return len(w) > 2 && !lightWords[w] && !fillerWords[w] && !questionWords[questionWord(w)] && !yesNoAuxiliaries[w] &&
		!beForms[w] && !referringBack[w] && !subjectPronouns[w] && !definites[w]
}

// leansOn reports whether the second part of a message (its words, lower case) points back at
// the first for its subject or what it asks about ("…and what did he say?", "…what exactly was
// it?"): a word of referringBack among its first three, or among its first five other than an
// object pronoun ("…and did Putin invite him to Moscow?" has a subject of its own), that the
// first part (its words, first) does not use too ("where did they meet and how long did they
// talk?" asks both of the same "they").
func leansOn(ws, first []string) bool {
	leans := func(w string) bool { return refersBack([]string{w}) && !slices.Contains(first, w) }
	return slices.ContainsFunc(ws[:min(len(ws), 5)], func(w string) bool { return w != "him" && w != "them" && w != "her" && leans(w) }) ||
		slices.ContainsFunc(ws[:min(len(ws), 3)], leans)
}

// refersToEvent returns the word by which a question refers to the report's event without naming
// it, or "": "it" or "they" in a question ("how did it go?"), which stands for the event (stands
// is true); "happen…" in a question ("what happened?"); or a request for an account ("summary",
// "news"). Small talk with the bot ("how's it going?", "what time is it?", anything to "you")
// refers to no event.
func refersToEvent(text string) (word string, stands bool) {
	ws := words(strings.ToLower(text))
	for i, w := range ws {
		switch {
		case w == "you" || w == "your" || w == "u" || w == "ya":
			return "", false // small talk with the bot ("can you do it?", "how's it going?")
		case w == "it" && (i+1 < len(ws) && ws[i+1] == "going" || i >= 2 && timeNouns[ws[i-2]]):
			return "", false // "how's it going", "what time is it"
		}
	}
	for _, w := range ws {
		if requestWords[w] {
			return w, false
		}
	}
	// "What is this article about?": a request for an account of the report.
	if slices.Contains(ws, "about") {
		if i := slices.IndexFunc(ws, func(w string) bool { return reportNouns[w] }); i >= 0 {
			return ws[i], false
		}
	}
	if !slices.ContainsFunc(ws, func(w string) bool { return questionWords[questionWord(w)] || yesNoStarts[questionWord(w)] }) {
		return "", false
	}
	for _, w := range ws {
		switch w {
		case "it", "they", "them":
			return w, true
		case "happen", "happened", "happening":
			return w, false
		}
	}
	return "", false
}

// questionWords open a wh-question.
var questionWords = map[string]bool{"what": true, "how": true, "when": true, "where": true,
	"who": true, "why": true, "which": true, "what's": true, "whats": true, "how's": true}

// hasWord reports whether text contains word as a whole word, ignoring case.
func hasWord(text, word string) bool {
	for _, w := range words(strings.ToLower(text)) {
		if w == word {
			return true
		}
	}
	return false
}

// joinWordsAnd joins words with "and": "a", "a and b", "a, b and c".
func joinWordsAnd(ws []string) string {
	if len(ws) <= 1 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// joinWords quotes and joins words: "a", "a" and "b", "a", "b" and "c". Long words are cut to
// 40 characters and only the first five are listed, so a pasted wall of text is not echoed back.
func joinWords(ws []string) string {
	more := 0
	if len(ws) > 5 {
		ws, more = ws[:5], len(ws)-5
	}
	q := make([]string, len(ws))
	for i, w := range ws {
		if r := []rune(w); len(r) > 40 {
			w = string(r[:39]) + "…"
		}
		q[i] = "“" + w + "”"
	}
	if more > 0 {
		q[len(q)-1] += fmt.Sprintf(" (and %d more)", more)
	}
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	default:
		return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
	}
}
